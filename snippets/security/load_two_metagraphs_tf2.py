# Requires: security/make_two_metagraphs_tf1.py
import os

import tensorflow as tf

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")

# The victim asks for the usual tag and calls the usual signature.
loaded = tf.saved_model.load("two_metagraphs", tags=["serve"])
y = loaded.signatures["serving_default"](x=tf.constant([1.0, 2.0, 3.0]))["y"]
print("y =", y.numpy())
print("pwned.txt exists:", os.path.exists("pwned.txt"))
