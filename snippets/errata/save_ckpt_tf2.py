import os

import tensorflow as tf


# The same model as errata/save_ckpt_tf1.py, as a trackable object: z = x * w + y.
class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0, name="w")

    @tf.function
    def __call__(self, x, y):
        return x * self.w + y


model = Model()
print("z =", model(tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0])).numpy())

# Saves the values of the variables reachable from `model` (no graph, no code).
ckpt = tf.train.Checkpoint(model=model)
path = ckpt.save("ckpt/model")
print("save() returned the prefix:", path)
print("is it a file?", os.path.exists(path))
for name in sorted(os.listdir("ckpt")):
    print(f"{os.path.getsize(os.path.join('ckpt', name)):>8}  ckpt/{name}")
# What is inside: variable values keyed by object path, plus the save counter.
for key, shape in tf.train.list_variables(path):
    print(f"  {key}  shape={shape}")
