# Runtime: tf2.15
# A Keras 2 model trained and saved by TensorFlow 2.15 (the last release whose tf.keras is Keras 2),
# in the three ways Keras 2 code saved: .h5, SavedModel (model.save to a folder) and a TF2 checkpoint.
import os

import keras
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([
    tf.keras.Input(shape=(4,)),
    tf.keras.layers.Dense(8, activation="relu", name="hidden"),
    tf.keras.layers.Dense(2, name="out"),
])
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(16, 4)).astype(np.float32)
y = np.random.default_rng(1).normal(size=(16, 2)).astype(np.float32)
model.fit(x, y, epochs=2, verbose=0)

model.save("keras2.h5")
model.save("keras2_savedmodel")  # no extension: Keras 2 writes a SavedModel
tf.train.Checkpoint(model=model).save("keras2_ckpt/ckpt")
np.save("x.npy", x)
np.save("y.npy", y)
np.save("expected.npy", model.predict(x, verbose=0))  # what every loader below must give back

print("TensorFlow", tf.__version__, "/ Keras", keras.__version__)
for folder, _, files in sorted(os.walk(".")):
    for name in sorted(files):
        if folder != "." or name.startswith("keras2"):  # the model files, not the .npy check data
            print(os.path.join(folder, name)[2:])
