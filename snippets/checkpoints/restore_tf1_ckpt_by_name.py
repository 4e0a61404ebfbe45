# Requires: checkpoints/save_tf1.py
# No _tf2 suffix on purpose: this is TF2 code, but restoring a name-based checkpoint through
# tf.train.Checkpoint makes TensorFlow log a deprecation notice, and that notice is shown here.
import logging

import numpy as np
import tensorflow as tf


class Show(logging.Handler):  # copy TensorFlow's log messages to stdout, to show them
    def emit(self, record):
        for sentence in record.getMessage().replace(":\n", ". ").split(". "):
            if sentence.startswith(("Restoring", "Prefer")):  # what it does, what to do instead
                print("  TF says:", sentence.rstrip(".") + ".")


tf.get_logger().addHandler(Show())


class Model(tf.Module):  # the TF1 model's variables, with the same names: "w" and "b"
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.zeros([3, 2]), name="w")
        self.b = tf.Variable(tf.zeros([2]), name="b")

    def __call__(self, x):
        return x @ self.w + self.b


model = Model()
checkpoint = tf.train.Checkpoint(model=model)
status = checkpoint.restore("model.ckpt")  # written by tf.compat.v1.train.Saver: no object graph
status.assert_existing_objects_matched()  # every variable of the model found its value by name
print("y =", np.round(model(tf.ones((1, 3))).numpy(), 4))

# Re-save in the object-based format, as TensorFlow advises; from now on restore() matches objects.
path = checkpoint.save("tf2/model")
print("saved:", path)
for key, shape in tf.train.list_variables(path):
    print("  ", key, shape)
