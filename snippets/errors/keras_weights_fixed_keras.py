import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.save_weights("model.weights.h5")  # Keras 3 wants this suffix
model.save("model.keras")  # the whole model: a .keras file
other = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
other.load_weights("model.weights.h5")
x = np.ones((1, 3), "float32")
print("max abs diff:", float(np.abs(model.predict(x, verbose=0) - other.predict(x, verbose=0)).max()))
