# Requires: keras2/save_keras2_tf2.py
# Restore a Keras 2 checkpoint into Keras 3 by its keys: the n-th layer that has weights was saved
# as layer_with_weights-n, each weight under its own name (kernel, bias).
import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu", name="hidden"),
    keras.layers.Dense(2, name="out"),
])
reader = tf.train.load_checkpoint("keras2_ckpt")
wanted = {k for k in reader.get_variable_to_shape_map() if k.startswith("model/layer_with_weights-")}
used = set()
for n, layer in enumerate(layer for layer in model.layers if layer.weights):
    for weight in layer.weights:
        key = f"model/layer_with_weights-{n}/{weight.name}/.ATTRIBUTES/VARIABLE_VALUE"
        weight.assign(reader.get_tensor(key))  # a missing key or a wrong shape raises here
        used.add(key)
assert used == wanted, sorted(wanted - used)  # every weight of the checkpoint found its place
print(f"restored {len(used)} weights, optimizer slots left out")
x, expected = np.load("x.npy"), np.load("expected.npy")
print(f"max abs diff: {np.abs(model.predict(x, verbose=0) - expected).max():.1e}")
