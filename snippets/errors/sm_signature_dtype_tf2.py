# Requires: errata/savedmodel_tf2.py
import tensorflow as tf

serve = tf.saved_model.load("export/1").signatures["serving_default"]
serve(x=tf.constant([1, 2]), y=tf.constant([3, 4]))  # int32, the signature wants float32
