import zipfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,), name="x"),
                          keras.layers.Dense(4, activation="relu"),
                          keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
batch = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)
before = model.predict(batch, verbose=0)

# save(): the whole Keras model (architecture, weights, compile config) in one zip file.
model.save("model.keras")
print("model.keras holds:", sorted(zipfile.ZipFile("model.keras").namelist()))

restored = keras.models.load_model("model.keras")
print("restored:", type(restored).__name__, "optimizer:", type(restored.optimizer).__name__)
after = restored.predict(batch, verbose=0)
print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after)
