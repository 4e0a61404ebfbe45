import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable(1.0, name="w")
saver = tf.train.Saver()
os.makedirs("out/checkpoints", exist_ok=True)  # create the folder first
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(saver.save(sess, "out/checkpoints/model.ckpt"))
