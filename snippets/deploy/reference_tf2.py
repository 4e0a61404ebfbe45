# Requires: convert/keras_to_savedmodel_tf2.py
# What TensorFlow 2.21 computes with the site's SavedModel on the batch every snippet feeds: the
# reference each consumer below is compared with (x.npy, y.npy; x.json for JavaScript).
import json

import numpy as np
import tensorflow as tf

x = np.random.default_rng(1).normal(size=(5, 32)).astype(np.float32)  # tiny_model.inputs()
serve = tf.saved_model.load("savedmodel").signatures["serving_default"]
y = serve(x=tf.constant(x))["output_0"].numpy()
np.save("x.npy", x)
np.save("y.npy", y)
with open("x.json", "w") as f:
    json.dump(x.tolist(), f)
print("y[0] =", np.round(y[0], 4))
