# Requires: convert/tiny_model.py
# The TF2 source: tiny_model's Keras model, saved as an object-based checkpoint.
import numpy as np
import tensorflow as tf
from tiny_model import inputs, keras_model

model = keras_model()
path = tf.train.Checkpoint(model=model).write("ckpt/tiny")
print("saved:", path)
for name, shape in tf.train.list_variables(path):
    print(f"  {name} {shape}")
np.save("y_tf2.npy", model(inputs()).numpy())  # the source's output, to compare with
