# Requires: savedmodel/builder_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)
with tf.Graph().as_default() as graph, tf.Session() as sess:
    meta_graph = tf.saved_model.loader.load(sess, ["serve"], "builder_model/1")
    sig = meta_graph.signature_def["serving_default"]
    # Output node names from the signature: a tensor name minus its ":0".
    outputs = sorted(info.name.split(":")[0] for info in sig.outputs.values())
    print("freezing for outputs:", outputs)
    before = sess.run(sig.outputs["probs"].name, {sig.inputs["x"].name: x})
    frozen = tf.graph_util.convert_variables_to_constants(sess, graph.as_graph_def(), outputs)
tf.io.write_graph(frozen, ".", "frozen_sm.pb", as_text=False)

with tf.Graph().as_default(), tf.Session() as sess:
    tf.import_graph_def(frozen, name="")
    after = sess.run(sig.outputs["probs"].name, {sig.inputs["x"].name: x})
print("nodes:", [n.name for n in frozen.node])
print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after)
