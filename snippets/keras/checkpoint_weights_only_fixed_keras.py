# Keras 3 writes weights only to `.weights.h5` files and whole models only to `.keras` files.
import os

import keras
import numpy as np

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("sgd", "mse")
callbacks = [
    keras.callbacks.ModelCheckpoint("ckpt/cp-{epoch:02d}.weights.h5", save_weights_only=True),
    keras.callbacks.ModelCheckpoint("ckpt/best.keras", save_best_only=True, monitor="loss"),
]
model.fit(np.ones((4, 3)), np.ones((4, 1)), epochs=2, verbose=0, callbacks=callbacks)
print(sorted(os.listdir("ckpt")))
