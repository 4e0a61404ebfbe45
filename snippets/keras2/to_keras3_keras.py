# Requires: keras2/save_keras2_tf2.py
# Keras 2 SavedModel -> Keras 3: load it with tf_keras, save the weights, load them into the same
# architecture built with Keras 3, and save that as .keras.
import keras
import numpy as np
import tf_keras

old = tf_keras.models.load_model("keras2_savedmodel")
old.save_weights("keras2.weights.h5")  # the .weights.h5 layout Keras 3 reads

model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu", name="hidden"),
    keras.layers.Dense(2, name="out"),
])
model.load_weights("keras2.weights.h5")
model.compile(optimizer="adam", loss="mse")  # the optimizer starts afresh in Keras 3
model.save("model.keras")

x, expected = np.load("x.npy"), np.load("expected.npy")
reloaded = keras.saving.load_model("model.keras")
print("Keras", keras.__version__, "model:", [layer.name for layer in reloaded.layers])
print(f"max abs diff: {np.abs(reloaded.predict(x, verbose=0) - expected).max():.1e}")
