# Requires: errata/savedmodel_builder_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    # The file inside the SavedModel, instead of the SavedModel directory itself.
    tf.saved_model.loader.load(sess, ["serve"], "export/1/saved_model.pb")
