import keras
import numpy as np

model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda x: x + 1.0)])
model.save("model.keras")
# Only for a file you trust: the lambda's bytecode is run on loading.
loaded = keras.models.load_model("model.keras", safe_mode=False)
x = np.ones((1, 3), "float32")
print("max abs diff:", float(np.abs(model.predict(x, verbose=0) - loaded.predict(x, verbose=0)).max()))
