# Requires: errata/savedmodel_tf2.py
import tensorflow as tf

serve = tf.saved_model.load("export/1").signatures["serving_default"]
serve(tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0]))  # positional arguments
