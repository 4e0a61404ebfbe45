# Requires: freeze/convert_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
    print("trainable variables:", tf.trainable_variables())
    print("w is a", graph.get_operation_by_name("w").type, "holding its trained value:")
    print(np.round(tf.make_ndarray(graph.get_operation_by_name("w").get_attr("value")), 4))
    # The loss and the labels were cut away; rebuild a loss and try to fine-tune.
    labels = tf.placeholder(tf.int64, [None])
    loss = tf.losses.sparse_softmax_cross_entropy(labels, graph.get_tensor_by_name("logits:0"))
    try:
        tf.train.GradientDescentOptimizer(0.5).minimize(loss)
    except ValueError as e:
        print("minimize():", e)
    # What is left of the interface: tensor names and placeholder shapes, no signature.
    print("x:", graph.get_tensor_by_name("x:0").shape, "probs:", graph.get_tensor_by_name("probs:0").shape)
