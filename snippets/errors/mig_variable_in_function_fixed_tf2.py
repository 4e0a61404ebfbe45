import tensorflow as tf


class Scale(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)  # created once, outside the function

    @tf.function
    def __call__(self, x):
        return x * self.w


scale = Scale()
print(scale(tf.constant(1.0)).numpy(), scale(tf.constant([1.0, 2.0])).numpy())
