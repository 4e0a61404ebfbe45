# ModelCheckpoint saving whole models (the default) to a path without the .keras extension.
import keras
import numpy as np

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("sgd", "mse")
save = keras.callbacks.ModelCheckpoint("ckpt/model-{epoch:02d}")
model.fit(np.ones((4, 3)), np.ones((4, 1)), epochs=2, verbose=0, callbacks=[save])
