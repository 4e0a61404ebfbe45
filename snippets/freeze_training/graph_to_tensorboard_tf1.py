# Requires: freeze_training/train_op_float_ref_fixed_tf1.py
# Write a frozen GraphDef to a TensorBoard event file yourself (what the tool does for a SavedModel).
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
    writer = tf.summary.FileWriter("logs", graph=graph)
    writer.close()
print(len(os.listdir("logs")), "event file; view with: tensorboard --logdir logs")
