# Load the .h5 without its training configuration, compile again; better: move to .keras.
import keras
import numpy as np

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("adam", loss="mse")
model.save("model.h5")

restored = keras.models.load_model("model.h5", compile=False)
restored.compile("adam", loss="mse")
restored.save("model.keras")
print(keras.models.load_model("model.keras").loss)
x = np.ones((2, 3), np.float32)
print("same outputs:", np.allclose(model.predict(x, verbose=0), restored.predict(x, verbose=0)))
