# SavedModel keeps variables in variables/, outside the proto; for graphs that are still too big
# (large constants), SaveOptions(experimental_image_format=True) writes a chunked saved_model.cpb.
import os

import numpy as np
import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        self.table = tf.constant(np.arange(1000, dtype=np.float32))  # a constant, in the graph

    @tf.function(input_signature=[tf.TensorSpec([None], tf.int32)])
    def __call__(self, i):
        return tf.gather(self.table, i)


options = tf.saved_model.SaveOptions(experimental_image_format=True)
tf.saved_model.save(Model(), "model", options=options)
print(sorted(f for f in os.listdir("model") if "." in f))
loaded = tf.saved_model.load("model")
print(loaded(tf.constant([3, 999])).numpy())
