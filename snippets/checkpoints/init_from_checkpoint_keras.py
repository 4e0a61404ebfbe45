# Requires: checkpoints/save_tf1.py
# The point is a compat API: tf.compat.v1.train.init_from_checkpoint, run eagerly from Keras 3 code.
import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
dense = model.layers[0]
print("checkpoint:", tf.train.list_variables("model.ckpt"))

# Checkpoint name -> the tf.Variable behind each Keras variable (.value). Executing eagerly, the
# values are assigned at once; in a TF1 graph they would wait for the initializer.
tf.compat.v1.train.init_from_checkpoint("model.ckpt", {"w": dense.kernel.value, "b": dense.bias.value})
print("y =", np.round(model(np.ones((1, 3), np.float32)).numpy(), 4))
diff = np.abs(dense.kernel.numpy() - tf.train.load_variable("model.ckpt", "w")).max()
print("kernel vs checkpoint's w: max abs diff", diff)
assert diff == 0

# Keep it in a format Keras 3 reads directly.
model.save_weights("model.weights.h5")
print("saved: model.weights.h5")
