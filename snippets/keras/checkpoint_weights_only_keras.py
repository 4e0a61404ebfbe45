# ModelCheckpoint with save_weights_only=True and a TF2-era file name.
import keras
import numpy as np

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("sgd", "mse")
save = keras.callbacks.ModelCheckpoint("ckpt/cp-{epoch:02d}.ckpt", save_weights_only=True)
model.fit(np.ones((4, 3)), np.ones((4, 1)), epochs=2, verbose=0, callbacks=[save])
