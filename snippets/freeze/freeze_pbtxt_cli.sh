# Runtime: tf2.21
# Runtime: tf1.15
# Requires: freeze/train_tf1.py
# Route 2: the graph written by tf.io.write_graph (text, so no --input_binary)
# plus the checkpoint prefix for the variables' values.
python -m tensorflow.python.tools.freeze_graph \
    --input_graph=graph.pbtxt \
    --input_checkpoint=ckpt/model \
    --output_node_names=probs \
    --output_graph=frozen_pbtxt.pb

python - <<'PY'
import numpy as np
import tensorflow as tf
graph_def = tf.compat.v1.GraphDef()
with open("frozen_pbtxt.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default(), tf.compat.v1.Session() as sess:  # TF1 style: runs on 1.15 too
    tf.graph_util.import_graph_def(graph_def, name="")
    probs = sess.run("probs:0", {"x:0": np.load("test_x.npy")})
print("ops:", sorted({n.op for n in graph_def.node}))
print("max abs diff:", np.abs(probs - np.load("expected.npy")).max())
assert np.allclose(probs, np.load("expected.npy"))
PY
