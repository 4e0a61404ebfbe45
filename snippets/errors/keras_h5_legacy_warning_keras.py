import logging
import sys

import keras

# Keras logs this through absl on stderr; copy it to stdout to show it.
logging.getLogger("absl").addHandler(logging.StreamHandler(sys.stdout))
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.save("model.h5")
