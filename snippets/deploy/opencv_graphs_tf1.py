# Frozen graphs for the OpenCV snippets: the same two dense layers as training code builds them
# (dropout on, batch normalization with the batch's own statistics), as an inference graph, and
# with an op OpenCV has no layer for (cumsum). TensorFlow's outputs are saved beside them.
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

rng = np.random.default_rng(0)
w1 = rng.normal(0, 0.3, (32, 64)).astype(np.float32)
w2 = rng.normal(0, 0.3, (64, 4)).astype(np.float32)
x_value = np.random.default_rng(1).normal(size=(5, 32)).astype(np.float32)
np.save("x.npy", x_value)


def freeze(name, middle=None, after=None):
    with tf.Graph().as_default(), tf.Session() as sess:
        x = tf.placeholder(tf.float32, (None, 32), name="x")
        h = tf.nn.relu(tf.matmul(x, tf.Variable(w1)))
        h = middle(h) if middle else h
        logits = tf.matmul(h, tf.Variable(w2), name="logits")
        tf.identity(after(logits) if after else logits, name="y")
        sess.run(tf.global_variables_initializer())
        np.save(f"y_{name}.npy", sess.run("y:0", {x: x_value}))
        frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph.as_graph_def(), ["y"])
    tf.io.write_graph(frozen, ".", f"{name}.pb", as_text=False)
    return name


def batch_norm(training):
    def middle(h):  # fused_batch_norm wants NHWC: (batch, 1, 1, 64)
        h4 = tf.reshape(h, (-1, 1, 1, 64))
        ones, zeros = tf.constant(np.ones(64, np.float32)), tf.constant(np.zeros(64, np.float32))
        stats = {} if training else {"mean": tf.constant(np.full(64, 0.5, np.float32)),
                                     "variance": tf.constant(np.full(64, 0.25, np.float32))}
        h4, _, _ = tf.nn.fused_batch_norm(h4, ones, zeros, is_training=training, **stats)
        return tf.reshape(h4, (-1, 64))
    return middle


print("wrote:", [
    freeze("train", middle=lambda h: tf.nn.dropout(h, rate=0.5)),  # training graph: dropout on
    freeze("infer"),                                                # inference graph: no dropout
    freeze("bn_train", middle=batch_norm(training=True)),
    freeze("bn_infer", middle=batch_norm(training=False)),
    freeze("cumsum", after=lambda logits: tf.cumsum(logits, axis=1)),
])
