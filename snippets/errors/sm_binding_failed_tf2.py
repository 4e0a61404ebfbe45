# Requires: errata/savedmodel_tf2.py
import tensorflow as tf

loaded = tf.saved_model.load("export/1")
# The function was saved with input_signature float32; these are int32.
loaded(tf.constant([1, 2]), tf.constant([3, 4]))
