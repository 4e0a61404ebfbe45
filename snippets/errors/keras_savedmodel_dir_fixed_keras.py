import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.export("export", verbose=False)
# A SavedModel comes back into Keras 3 as an inference-only layer.
layer = keras.layers.TFSMLayer("export", call_endpoint="serve")
x = np.ones((1, 3), "float32")
print("max abs diff:", float(np.abs(model.predict(x, verbose=0) - layer(x).numpy()).max()))
