import json
import zipfile

import h5py
import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="dense")])
model.compile(optimizer="adam", loss="mse")
x, y = np.ones((4, 3), np.float32), np.zeros((4, 2), np.float32)
model.fit(x, y, epochs=1, verbose=0)
model.save("model.keras")

# A .keras file is a zip archive.
with zipfile.ZipFile("model.keras") as z:
    for info in sorted(z.infolist(), key=lambda i: i.filename):
        # metadata.json holds the save date; its size is not fixed.
        size = "varies" if info.filename == "metadata.json" else info.file_size
        print(f"{size:>8}  {info.filename}")
    config = json.loads(z.read("config.json"))
    z.extract("model.weights.h5", "unzipped")
# config.json describes the architecture for Keras to rebuild; it is not a TensorFlow graph.
print("config.json:", config["class_name"], [l["class_name"] for l in config["config"]["layers"]])
print("compile_config:", sorted(config["compile_config"]))
with h5py.File("unzipped/model.weights.h5", "r") as f:
    f.visititems(lambda name, obj: print("  ", name, obj.shape)
                 if isinstance(obj, h5py.Dataset) else None)

loaded = keras.saving.load_model("model.keras")
before, after = model.predict(x, verbose=0), loaded.predict(x, verbose=0)
print("max abs diff:", np.abs(before - after).max())
assert np.array_equal(before, after)
