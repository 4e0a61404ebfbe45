import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None, 2), name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
y = tf.matmul(x, w, name="y")
loss = tf.reduce_mean(tf.square(y))
train = tf.train.AdamOptimizer(0.01).minimize(loss)

saver = tf.train.Saver()  # all global variables: the model's and Adam's
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train, {x: np.ones((4, 2), np.float32)})
    saver.save(sess, "ckpt/model.ckpt")
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y"])

print("in the checkpoint:", [name for name, _ in tf.train.list_variables("ckpt/model.ckpt")])
# Freezing keeps only what "y" needs: Adam's slots and update ops are gone.
print("frozen graph nodes:", [n.name for n in frozen.node])
