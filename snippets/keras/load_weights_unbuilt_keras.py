# Loading a .weights.h5 file into a subclassed model before it has been called once.
import keras
import numpy as np


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)


trained = Net()
trained(np.ones((1, 3)))
trained.save_weights("net.weights.h5")
Net().load_weights("net.weights.h5")  # no variables exist yet
