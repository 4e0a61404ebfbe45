# Requires: checkpoints/save_tf1.py
import numpy as np
import tensorflow as tf

# Name-based -> object-based: read every value by name, assign it into objects, save.
reader = tf.train.load_checkpoint("model.ckpt")
model = tf.Module()
model.w = tf.Variable(reader.get_tensor("w"))
model.b = tf.Variable(reader.get_tensor("b"))
path = tf.train.Checkpoint(model=model).save("converted/model")
print("saved:", path)
for key, shape in tf.train.list_variables(path):
    print("  ", key, shape)

# Round trip: the new checkpoint holds the same numbers.
new = tf.train.load_checkpoint(path)
for name in ("w", "b"):
    diff = np.abs(new.get_tensor(f"model/{name}/.ATTRIBUTES/VARIABLE_VALUE")
                  - reader.get_tensor(name)).max()
    print(f"{name}: max abs diff {diff}")
    assert diff == 0
