# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    # The graph comes from the .meta file, the values of the variables from the checkpoint.
    saver = tf.train.import_meta_graph("model.ckpt.meta")
    saver.restore(sess, "./model.ckpt")
    graph_def = sess.graph.as_graph_def()
    # Replace every variable by a Const holding its current value and keep only
    # what "z" needs (the Saver's and the initializer's nodes are dropped).
    frozen = tf.graph_util.convert_variables_to_constants(sess, graph_def, ["z"])

tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)

print("nodes before:", len(graph_def.node))
print("nodes after: ", len(frozen.node))
print("variable ops left:", [n.name for n in frozen.node if n.op in ("VariableV2", "VarHandleOp")])
print("nodes:", [(n.name, n.op) for n in frozen.node])
w = next(n for n in frozen.node if n.name == "w")
print("w is now a constant:", tf.make_ndarray(w.attr["value"].tensor))
