# Name the endpoint the SavedModel has: list its signatures first.
import keras
import numpy as np
import tensorflow as tf


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32)])
    def __call__(self, x):
        return {"y": 2.0 * x}


tf.saved_model.save(Doubler(), "not_keras")
print(sorted(tf.saved_model.load("not_keras").signatures))
layer = keras.layers.TFSMLayer("not_keras", call_endpoint="serving_default")
print(layer(np.array([[1.0, 2.0]], np.float32)))
