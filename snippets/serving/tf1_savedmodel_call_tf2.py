# A TF1 SavedModel (simple_save, graph mode), loaded in TF2 and called like a TF2 one.
import subprocess
import sys

import tensorflow as tf

# Written by a TF1-style program in its own process (compat.v1, graph mode), as TF1 did.
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
print(type(loaded).__name__, sorted(loaded.signatures))
loaded(tf.constant([[1.0, 1.0]]))
