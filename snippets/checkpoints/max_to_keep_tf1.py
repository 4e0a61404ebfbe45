import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable(0.0, name="w")
increment = w.assign_add(1.0)
saver = tf.train.Saver(max_to_keep=2)  # the default is 5

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(1, 6):
        sess.run(increment)
        # global_step appends "-<step>" to the prefix.
        print("saved:", saver.save(sess, "ckpt/model.ckpt", global_step=step * 100))

for name in sorted(os.listdir("ckpt")):
    print("  ", name)
print(open("ckpt/checkpoint").read(), end="")
latest = tf.train.latest_checkpoint("ckpt")
print("latest_checkpoint:", latest, "w =", tf.train.load_variable(latest, "w"))
