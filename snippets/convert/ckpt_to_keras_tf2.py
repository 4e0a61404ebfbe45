# Requires: convert/save_ckpt_tf2.py
# TF2 object-based checkpoint (written from a Keras model) -> .keras: restore, then model.save.
import keras
import numpy as np
import tensorflow as tf
from tiny_model import inputs, keras_model

model = keras_model(with_weights=False)
tf.train.Checkpoint(model=model).read("ckpt/tiny").assert_consumed()
model.save("model.keras")

after = keras.saving.load_model("model.keras")(inputs()).numpy()
d = np.abs(after - np.load("y_tf2.npy")).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
