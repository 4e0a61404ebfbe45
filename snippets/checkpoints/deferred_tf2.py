import keras
import numpy as np
import tensorflow as tf

# Save a built Dense layer.
source = keras.layers.Dense(2, kernel_initializer="ones", bias_initializer="zeros")
source.build((None, 3))
path = tf.train.Checkpoint(layer=source).save("ckpt/layer")

# Restore into a Dense layer that has no variables yet.
target = keras.layers.Dense(2)
status = tf.train.Checkpoint(layer=target).restore(path)
print("before build: built =", target.built, "weights =", len(target.weights))

# The values wait in the restore; variables created later get them at creation.
target.build((None, 3))
print("after build: kernel =", target.kernel.numpy().tolist())
status.assert_consumed()
x = np.ones((1, 3), np.float32)
print("max abs diff:", np.abs(source(x).numpy() - target(x).numpy()).max())
assert np.array_equal(source(x).numpy(), target(x).numpy())
