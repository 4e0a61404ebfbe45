# keras.layers.TFSMLayer on a SavedModel written by tf.saved_model.save, not by Keras.
import keras
import tensorflow as tf


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32)])
    def __call__(self, x):
        return {"y": 2.0 * x}


tf.saved_model.save(Doubler(), "not_keras")
keras.layers.TFSMLayer("not_keras")  # call_endpoint defaults to "serve", which Keras exports write
