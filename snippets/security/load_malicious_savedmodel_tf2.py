# Requires: security/make_malicious_savedmodel_tf2.py
import os

import tensorflow as tf

# A file that happens to be on the victim's machine.
with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
print("pwned.txt before:", os.path.exists("pwned.txt"))

# The victim only loads the model and calls its signature, as any serving code does.
loaded = tf.saved_model.load("malicious_model")
y = loaded.signatures["serving_default"](x=tf.constant([1.0, 2.0, 3.0]))["y"]
print("y =", y.numpy())

print("pwned.txt after: ", os.path.exists("pwned.txt"))
with open("pwned.txt") as f:
    print("pwned.txt says:", f.read().strip())
