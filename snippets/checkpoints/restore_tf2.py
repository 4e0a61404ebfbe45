# Requires: checkpoints/save_tf2.py
import numpy as np
import tensorflow as tf


class Model(tf.Module):  # the same class as in save_tf2.py; the values start as zeros
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.zeros([3, 2]), name="w")
        self.b = tf.Variable(tf.zeros([2]), name="b")

    def __call__(self, x):
        return x @ self.w + self.b


model = Model()
status = tf.train.Checkpoint(model=model).restore(tf.train.latest_checkpoint("ckpt"))
status.assert_consumed()  # every value in the checkpoint found its variable
restored = model(tf.ones((1, 3))).numpy()
print("y =", np.round(restored, 4))

reader = tf.train.load_checkpoint("ckpt/model-1")
expected = (reader.get_tensor("model/w/.ATTRIBUTES/VARIABLE_VALUE").sum(axis=0)
            + reader.get_tensor("model/b/.ATTRIBUTES/VARIABLE_VALUE"))
print("max abs diff:", np.abs(restored[0] - expected).max())
assert np.allclose(restored[0], expected)
