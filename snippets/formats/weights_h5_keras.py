import os

import h5py
import keras
import numpy as np


def build():
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="dense")])


keras.utils.set_random_seed(0)
model = build()
model.save_weights("model.weights.h5")  # Keras 3 insists on the .weights.h5 suffix
print(f"{os.path.getsize('model.weights.h5'):>8}  model.weights.h5")

# An HDF5 file: groups and datasets, keyed by layer, no architecture.
with h5py.File("model.weights.h5", "r") as f:
    f.visititems(lambda name, obj: print("  ", name, getattr(obj, "shape", "(group)")))

# The code must rebuild the same model first, then fill it.
other = build()
other.load_weights("model.weights.h5")
x = np.ones((4, 3), np.float32)
before, after = model.predict(x, verbose=0), other.predict(x, verbose=0)
print("max abs diff:", np.abs(before - after).max())
assert np.array_equal(before, after)
