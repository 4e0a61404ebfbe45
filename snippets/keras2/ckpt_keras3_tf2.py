# Requires: keras2/save_keras2_tf2.py
# The Keras 2 checkpoint restored into the same model built with Keras 3: restore() returns without
# error, yet restores no weight. Only an assert on its status says so.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(1)
model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu", name="hidden"),
    keras.layers.Dense(2, name="out"),
])
print("Keras 2 wrote:", [k for k, _ in tf.train.list_variables("keras2_ckpt") if "/kernel/" in k])
ours = tf.train.Checkpoint(model=model).write("keras3_ckpt/ckpt")
print("Keras 3 keys: ", [k for k, _ in tf.train.list_variables(ours) if "kernel" in k])

status = tf.train.Checkpoint(model=model).restore(tf.train.latest_checkpoint("keras2_ckpt"))
x, expected = np.load("x.npy"), np.load("expected.npy")
print(f"max abs diff after restore: {np.abs(model.predict(x, verbose=0) - expected).max():.2f}")
try:
    status.assert_existing_objects_matched()
except AssertionError as e:  # the message goes on to list every unmatched variable
    print("assert_existing_objects_matched():", str(e).split(" Showing")[0])
