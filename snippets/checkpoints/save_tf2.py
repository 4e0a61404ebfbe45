import numpy as np
import tensorflow as tf

tf.random.set_seed(0)


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.random.normal([3, 2]), name="w")
        self.b = tf.Variable(tf.zeros([2]), name="b")

    def __call__(self, x):
        return x @ self.w + self.b


model = Model()
print("y =", np.round(model(tf.ones((1, 3))).numpy(), 4))
print("saved:", tf.train.Checkpoint(model=model).save("ckpt/model"))
