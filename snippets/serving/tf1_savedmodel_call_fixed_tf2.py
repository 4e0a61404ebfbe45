# A TF1 SavedModel has no __call__: call its signature by keyword, or prune its graph.
# The program in TF1 below is compat.v1 on purpose: it writes the TF1 SavedModel, as TF1 did.
import subprocess
import sys

import tensorflow as tf

TF1 = """
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable([[2.0], [3.0]], name="w")
y = tf.matmul(x, w, name="y")
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    tf.saved_model.simple_save(s, "tf1_model", {"x": x}, {"y": y})
"""
subprocess.run([sys.executable, "-c", TF1], check=True, capture_output=True)
loaded = tf.saved_model.load("tf1_model")
serving = loaded.signatures["serving_default"]
print("signature:", serving(x=tf.constant([[1.0, 1.0]]))["y"].numpy())
# TF1 SavedModels also get .prune (any feeds and fetches of the graph, by tensor name).
pruned = loaded.prune("x:0", "y:0")
print("prune:    ", pruned(tf.constant([[1.0, 1.0]])).numpy())
