import re

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
source = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
source.export("exported", verbose=False)
loaded = tf.saved_model.load("exported")
print("attribute 'serve':", hasattr(loaded, "serve"), "| signatures:", sorted(loaded.signatures))

# TFSMLayer wraps the endpoint "serve" (its default call_endpoint); its weights are trainable.
layer = keras.layers.TFSMLayer("exported")
print("trainable weights:", [w.name for w in layer.trainable_weights])
x = keras.Input((3,))
model = keras.Model(x, layer(x))
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
features, targets = np.ones((8, 3), np.float32), np.full((8, 1), 5.0, np.float32)
history = model.fit(features, targets, epochs=3, verbose=0)
print("loss per epoch:", [round(loss, 4) for loss in history.history["loss"]])
# What is gone is the Keras model: its config holds a path, not the Dense layer.
print("config:", {k: v for k, v in layer.get_config().items() if k in ("filepath", "call_endpoint")})


class TwoArgs(tf.Module):  # an endpoint with two separate tensor arguments
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)] * 2)
    def add(self, a, b):
        return a + b


tf.saved_model.save(TwoArgs(), "two_args")
try:  # TFSMLayer passes one `inputs` argument: the list arrives as `a`, and `b` is missing
    keras.layers.TFSMLayer("two_args", call_endpoint="add")([np.ones(2, np.float32)] * 2)
except TypeError as e:
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(e))  # Keras colours its messages
    print("two arguments:", re.search(r"Binding inputs.*?`[^`]*`", message).group(0))
