# A subclassed keras.Model with a constructor argument and no get_config.
import keras
import numpy as np


class Net(keras.Model):
    def __init__(self, units):
        super().__init__()
        self.dense = keras.layers.Dense(units)

    def call(self, x):
        return self.dense(x)


net = Net(2)
net(np.ones((1, 3)))
net.save("net.keras")
