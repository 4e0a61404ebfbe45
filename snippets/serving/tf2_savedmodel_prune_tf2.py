# .prune, as TF1-era code calls it, on a SavedModel written by TF2.
import tensorflow as tf


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": 2.0 * x}


tf.saved_model.save(Doubler(), "tf2_model")
loaded = tf.saved_model.load("tf2_model")
loaded.prune("x:0", "y:0")
