import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The article's graph plus what it lacked: a variable, so there is something to save.
x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = tf.placeholder(tf.float32, shape=(None,), name="y")
w = tf.Variable(2.0, name="w")
z = tf.add(x * w, y, name="z")

saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("z =", sess.run(z, feed_dict={x: [1.0, 2.0], y: [3.0, 4.0]}))
    prefix = saver.save(sess, "./model.ckpt")

print("save() returned the prefix:", prefix)
print("is 'model.ckpt' a file?", os.path.exists("model.ckpt"))
for name in sorted(os.listdir(".")):
    print(f"{os.path.getsize(name):>8}  {name}")
