# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The prefix is "model.ckpt"; "model" matches no file.
print(tf.train.list_variables("model"))
