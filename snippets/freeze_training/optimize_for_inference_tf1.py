# What the pip wheel does have: optimize_for_inference_lib (folds batch norm into the weights,
# drops Identity and CheckNumerics). A frozen conv + batch-norm graph, before and after.
import numpy as np
import tensorflow.compat.v1 as tf
from tensorflow.python.tools import optimize_for_inference_lib

tf.disable_v2_behavior()
rng = np.random.default_rng(0)
x = tf.placeholder(tf.float32, [1, 4, 4, 1], name="x")
kernel = tf.constant(rng.normal(size=(3, 3, 1, 2)).astype(np.float32))
conv = tf.nn.conv2d(x, kernel, [1, 1, 1, 1], "SAME")
y, _, _ = tf.nn.fused_batch_norm(conv, scale=[1.0, 2.0], offset=[0.1, 0.2], mean=[0.5, -0.5],
                                 variance=[1.0, 4.0], is_training=False)
y = tf.identity(y, name="y")
graph_def = tf.get_default_graph().as_graph_def()
optimized = optimize_for_inference_lib.optimize_for_inference(
    graph_def, ["x"], ["y"], tf.float32.as_datatype_enum)
image = rng.normal(size=(1, 4, 4, 1)).astype(np.float32)
for name, g in (("before", graph_def), ("after", optimized)):
    with tf.Graph().as_default() as graph:
        tf.import_graph_def(g, name="")
        with tf.Session(graph=graph) as sess:
            out = sess.run("y:0", {"x:0": image})
    print(f"{name:6s} {len(g.node):2d} nodes {sorted({n.op for n in g.node})} sum={out.sum():.4f}")
