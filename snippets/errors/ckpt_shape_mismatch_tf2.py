import tensorflow as tf


class Model(tf.Module):
    def __init__(self, n):
        super().__init__()
        self.w = tf.Variable(tf.ones([n]), name="w")


tf.train.Checkpoint(model=Model(2)).write("ckpt/v1")
# The model grew: w now has 3 elements.
tf.train.Checkpoint(model=Model(3)).read("ckpt/v1")
