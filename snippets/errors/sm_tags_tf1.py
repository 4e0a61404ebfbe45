# Requires: errata/savedmodel_builder_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    # The SavedModel was exported with the tag "serve" only.
    tf.saved_model.loader.load(sess, ["train"], "export/1")
