# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# First list what the checkpoint holds ...
print(tf.train.list_variables("./model.ckpt"))
# ... then map its names to this graph's variables (here "w" was renamed "weight").
weight = tf.Variable(0.0, name="weight")
saver = tf.train.Saver({"w": weight})
with tf.Session() as sess:
    saver.restore(sess, "./model.ckpt")
    print("weight =", sess.run(weight))
