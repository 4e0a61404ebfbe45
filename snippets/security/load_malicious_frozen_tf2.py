# Requires: security/make_malicious_frozen_tf1.py
import os

import tensorflow as tf

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")

# compat.v1 in a TF2 snippet: GraphDef and wrap_function are the TF2 way to run a frozen graph.
graph_def = tf.compat.v1.GraphDef()
with open("malicious.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

wrapped = tf.compat.v1.wrap_function(lambda: tf.graph_util.import_graph_def(graph_def, name=""), [])
predict = wrapped.prune(feeds=wrapped.graph.as_graph_element("x:0"),
                        fetches=wrapped.graph.as_graph_element("y:0"))
print("imported and pruned, nothing called: pwned.txt exists:", os.path.exists("pwned.txt"))
print("y =", predict(tf.constant([1.0, 2.0, 3.0])).numpy())

with open("pwned.txt") as f:
    print("pwned.txt says:", f.read().strip())
