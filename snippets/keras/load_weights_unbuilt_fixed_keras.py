# Build the model (call it once, or model.build(shape)) so its variables exist, then load.
import keras
import numpy as np


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)


keras.utils.set_random_seed(0)
x = np.ones((1, 3), np.float32)
trained = Net()
trained(x)
trained.save_weights("net.weights.h5")

fresh = Net()
fresh(x)  # one call on real data creates every variable the weights file expects
fresh.load_weights("net.weights.h5")
print("same outputs:", np.allclose(trained(x).numpy(), fresh(x).numpy()))
