import os

import tensorflow as tf

ckpt = tf.train.Checkpoint(w=tf.Variable(1.0))
print("saved:", ckpt.save("no/such/dir/model"))  # tf.train.Checkpoint creates the folders
print(sorted(os.listdir("no/such/dir")))
