# Requires: convert/tiny_model.py
# .keras <-> .weights.h5: the weights file has no architecture; the code must rebuild the model.
import keras
import numpy as np
from tiny_model import inputs, keras_model

keras_model().save("model.keras")
keras.saving.load_model("model.keras").save_weights("model.weights.h5")

model = keras_model(with_weights=False)   # the architecture comes from code
model.load_weights("model.weights.h5")
model.save("again.keras")
d = np.abs(keras.saving.load_model("again.keras")(inputs()).numpy()
           - keras_model()(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
