# A SavedModel exported from Keras, loaded with tf.saved_model.load, then used like a Keras model.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.export("exported", verbose=False)

loaded = tf.saved_model.load("exported")
print(type(loaded).__name__, sorted(loaded.signatures))
loaded.predict(np.ones((1, 3), np.float32))  # not a Keras object: no predict, fit or summary
