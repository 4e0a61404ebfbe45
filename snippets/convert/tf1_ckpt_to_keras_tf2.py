# Requires: convert/save_ckpt_tf1.py
# TF1 name-based checkpoint -> Keras: read each variable by its name, set the Keras weights.
import keras
import numpy as np
import tensorflow as tf
from tiny_model import inputs, keras_model

reader = tf.train.load_checkpoint("model.ckpt")  # reads TF1 and TF2 checkpoints alike
names = ["hidden/kernel", "hidden/bias", "y/kernel", "y/bias"]  # in model.get_weights() order
model = keras_model(with_weights=False)
model.set_weights([reader.get_tensor(name) for name in names])
model.save("model.keras")

before = np.load("y_tf1.npy")  # what the TF1 graph computed (save_ckpt_tf1.py)
after = keras.saving.load_model("model.keras")(inputs()).numpy()
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
