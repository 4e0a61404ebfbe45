import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A graph written on a GPU machine: the model's nodes are pinned to the first GPU.
with tf.Graph().as_default() as graph:
    x = tf.placeholder(tf.float32, (None, 3), name="x")
    with tf.device("/device:GPU:0"):
        w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 10, name="w")
        probs = tf.nn.softmax(tf.matmul(x, w), name="probs")
    saver = tf.train.Saver()
    # Only soft placement lets this CPU-only machine run the graph to save it.
    config = tf.ConfigProto(allow_soft_placement=True)
    with tf.Session(config=config) as sess:
        sess.run(tf.global_variables_initializer())
        saver.save(sess, "gpu_ckpt/model")  # gpu_ckpt/model.meta keeps the device pins
        np.save("gpu_expected.npy", sess.run(probs, {x: np.ones((2, 3), np.float32)}))
        frozen = tf.graph_util.convert_variables_to_constants(sess, graph.as_graph_def(), ["probs"])
tf.io.write_graph(frozen, ".", "gpu_frozen.pb", as_text=False)

for node in frozen.node:
    print(f"{node.name:8} {node.op:12} device={node.device!r}")
