# Keras 3 writes a legacy .h5 file for a model compiled with loss="mse", then reads it back.
import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("adam", loss="mse")
model.save("model.h5")
keras.models.load_model("model.h5")
