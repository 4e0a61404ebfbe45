# Requires: checkpoints/save_tf2.py
import tensorflow as tf


class Smaller(tf.Module):  # has w, but not b
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.zeros([3, 2]))


model = Smaller()
status = tf.train.Checkpoint(model=model).restore("ckpt/model-1")
print("w restored anyway:", bool(tf.reduce_any(model.w != 0)))
status.assert_consumed()  # fails: the checkpoint's model/b has nowhere to go
