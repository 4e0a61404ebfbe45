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
expected = tf.saved_model.load("builder_model/1").signatures["serving_default"](x=tf.constant(x))["probs"]
graph_def = tf.compat.v1.GraphDef()
with open("frozen_sm.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
run = tf.compat.v1.wrap_function(lambda: tf.graph_util.import_graph_def(graph_def, name=""), [])
probs = run.prune("features:0", "probs:0")(tf.constant(x))
print("nodes:", [n.name for n in graph_def.node])
print("max abs diff:", np.abs(probs.numpy() - expected.numpy()).max())
assert np.allclose(probs, expected)
PY
