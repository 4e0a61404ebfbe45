# Requires: convert/tiny_model.py
# Legacy .h5 -> .keras: load the HDF5 file, save again in the native format.
import logging
import sys
import zipfile

import keras
import numpy as np
from tiny_model import inputs, keras_model

# Keras logs its warnings through absl (to stderr); echo them here so the page shows them.
logging.getLogger("absl").addHandler(logging.StreamHandler(sys.stdout))

before = keras_model()(inputs()).numpy()
keras_model().save("old.h5")          # what old code (and Keras 2) wrote
model = keras.saving.load_model("old.h5")
model.save("model.keras")
print("model.keras holds:", sorted(zipfile.ZipFile("model.keras").namelist()))

after = keras.saving.load_model("model.keras")(inputs()).numpy()
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
