# get_config returns the constructor's arguments; registration lets load_model find the class.
import keras
import numpy as np


@keras.saving.register_keras_serializable(package="demo")
class Net(keras.Model):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dense = keras.layers.Dense(units)

    def call(self, x):
        return self.dense(x)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


keras.utils.set_random_seed(0)
net = Net(2)
x = np.ones((1, 3), np.float32)
before = net(x).numpy()
net.save("net.keras")
restored = keras.models.load_model("net.keras")
print(type(restored).__name__, restored.units)
print("same outputs:", np.allclose(before, restored(x).numpy()))
