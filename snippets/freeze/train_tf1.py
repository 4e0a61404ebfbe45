import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A small classifier with a training step, as a TF1 project would have it.
tf.set_random_seed(0)
rng = np.random.RandomState(0)
data = rng.rand(64, 3).astype(np.float32)
labels = (data.sum(axis=1) > 1.5).astype(np.int64)

x = tf.placeholder(tf.float32, shape=(None, 3), name="x")  # name the inputs...
y = tf.placeholder(tf.int64, shape=(None,), name="labels")
w = tf.Variable(tf.zeros([3, 2]), name="w")
b = tf.Variable(tf.zeros([2]), name="b")
logits = tf.add(tf.matmul(x, w), b, name="logits")
probs = tf.nn.softmax(logits, name="probs")  # ...and the outputs
loss = tf.losses.sparse_softmax_cross_entropy(y, logits)
train_op = tf.train.GradientDescentOptimizer(0.5).minimize(loss, name="train")

saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(100):
        sess.run(train_op, {x: data, y: labels})
    saver.save(sess, "ckpt/model")  # writes ckpt/model.meta too
    tf.io.write_graph(sess.graph_def, ".", "graph.pbtxt")  # the graph alone, as text
    # What the model computes before freezing, for every freezing path to compare with.
    np.save("test_x.npy", data[:4])
    np.save("expected.npy", sess.run(probs, {x: data[:4]}))
    print("loss after training:", round(float(sess.run(loss, {x: data, y: labels})), 4))
    print("probs[:4]:\n", np.round(np.load("expected.npy"), 4))
