# Requires: security/make_resource_savedmodel_tf2.py
import os

import tensorflow as tf

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
if os.path.exists("pwned_on_load.txt"):  # left by the attacker's save in this folder
    os.remove("pwned_on_load.txt")
print("pwned_on_load.txt before:", os.path.exists("pwned_on_load.txt"))

# The victim loads the model, a TF2 SavedModel this time, and calls nothing.
loaded = tf.saved_model.load("resource_model")

print("pwned_on_load.txt after load, no call:", os.path.exists("pwned_on_load.txt"))
with open("pwned_on_load.txt") as f:
    print("pwned_on_load.txt says:", f.read().strip())
