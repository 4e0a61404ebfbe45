# Requires: errata/save_ckpt_tf2.py
import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(0.0, name="w")


# Ask the folder for its newest prefix instead of writing it by hand.
path = tf.train.latest_checkpoint("ckpt")
print("latest:", path)
model = Model()
tf.train.Checkpoint(model=model).restore(path).assert_consumed()
print("w =", model.w.numpy())
