# A Keras model built outside strategy.scope(), compiled inside it, then trained.
import re
import sys

import keras
import numpy as np
import tensorflow as tf

strategy = tf.distribute.MirroredStrategy(["/cpu:0"])
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])  # variables made here
with strategy.scope():
    model.compile(keras.optimizers.Adam(), "mse")
try:
    model.fit(np.ones((4, 3)), np.ones((4, 1)), verbose=0)
except RuntimeError as e:  # the message names the strategy object by its memory address
    sys.exit(re.sub(r"0x[0-9a-f]+", "0x…", str(e)))
