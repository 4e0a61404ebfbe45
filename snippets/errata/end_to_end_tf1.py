import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Data for y = 3x + 2, with a little noise; fixed seed so every run is the same.
rng = np.random.default_rng(0)
x_train = rng.uniform(-1, 1, 100).astype(np.float32)
y_train = (3 * x_train + 2 + rng.normal(0, 0.05, 100)).astype(np.float32)
x_test = np.array([-1.0, 0.0, 0.5, 2.0], np.float32)

# 1. Train: named input and output, so the frozen graph is easy to use later.
x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = tf.placeholder(tf.float32, shape=(None,), name="y")
w = tf.Variable(0.0, name="w")
b = tf.Variable(0.0, name="b")
pred = tf.add(x * w, b, name="pred")
loss = tf.reduce_mean(tf.square(pred - y))
train_op = tf.train.GradientDescentOptimizer(0.5).minimize(loss)

saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(100):
        sess.run(train_op, feed_dict={x: x_train, y: y_train})
    print("w, b =", np.round(sess.run([w, b]), 4))
    before = sess.run(pred, feed_dict={x: x_test})
    # 2. Checkpoint.
    saver.save(sess, "./model.ckpt")

# 3. Freeze: restore the checkpoint into a new graph, turn variables into constants.
with tf.Graph().as_default(), tf.Session() as sess:
    tf.train.import_meta_graph("model.ckpt.meta").restore(sess, "./model.ckpt")
    frozen = tf.graph_util.convert_variables_to_constants(
        sess, sess.graph.as_graph_def(), ["pred"])
tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)

# 4. Load the frozen graph into a fresh graph and predict.
graph_def = tf.GraphDef()
with tf.io.gfile.GFile("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
with tf.Session(graph=graph) as sess:
    after = sess.run("pred:0", feed_dict={"x:0": x_test})

print("before saving:", np.round(before, 4))
print("after loading:", np.round(after, 4))
print("max abs diff:", float(np.max(np.abs(before - after))))
assert np.allclose(before, after)
