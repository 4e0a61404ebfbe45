# Requires: errata/article_savedmodel_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Section 3 of the article parses a file as a GraphDef (a frozen graph). The "model.pb" of
# section 1.2 is a SavedModel directory whose saved_model.pb holds a SavedModel message, not a
# GraphDef: the two ".pb" files are different formats.
with tf.gfile.GFile("model.pb/saved_model.pb", "rb") as f:
    data = f.read()
graph_def = tf.GraphDef()
graph_def.ParseFromString(data)
