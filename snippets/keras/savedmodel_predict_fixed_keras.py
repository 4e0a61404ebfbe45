# The same SavedModel, called two ways that work: its function, or wrapped in a Keras layer.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.export("exported", verbose=False)
x = np.ones((1, 3), np.float32)

loaded = tf.saved_model.load("exported")
print("serve():       ", np.round(loaded.serve(x).numpy(), 4))

layer = keras.layers.TFSMLayer("exported", call_endpoint="serve")
wrapped = keras.Sequential([keras.Input((3,)), layer])  # a Keras model again: predict works
print("TFSMLayer:     ", np.round(wrapped.predict(x, verbose=0), 4))
print("original model:", np.round(model.predict(x, verbose=0), 4))
