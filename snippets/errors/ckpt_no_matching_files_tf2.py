# Requires: errata/save_ckpt_tf2.py
import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(0.0, name="w")


# save() wrote ckpt/model-1: the "-1" is part of the prefix.
tf.train.Checkpoint(model=Model()).restore("ckpt/model")
