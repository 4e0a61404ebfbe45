# Runtime: tf2.21
# Runtime: tf1.15
# Requires: savedmodel/builder_tf1.py
# Route 3: straight from a SavedModel directory; the tag picks the MetaGraph inside it.
python -m tensorflow.python.tools.freeze_graph \
    --input_saved_model_dir=builder_model/1 --saved_model_tags=serve \
    --output_node_names=probs \
    --output_graph=frozen_sm.pb

python - <<'PY'
import numpy as np
import tensorflow as tf
x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)
# TF1 style (a Session), so that this check runs on TF 1.15 too.
with tf.Graph().as_default(), tf.compat.v1.Session() as sess:
    tf.compat.v1.saved_model.loader.load(sess, ["serve"], "builder_model/1")
    expected = sess.run("probs:0", {"features:0": x})
graph_def = tf.compat.v1.GraphDef()
with open("frozen_sm.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default(), tf.compat.v1.Session() as sess:
    tf.graph_util.import_graph_def(graph_def, name="")
    probs = sess.run("probs:0", {"features:0": x})
print("nodes:", [n.name for n in graph_def.node])
print("max abs diff:", np.abs(probs - expected).max())
assert np.allclose(probs, expected)
PY
