import zipfile

import h5py
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="dense")])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
model.fit(np.ones((4, 3), np.float32), np.zeros((4, 2), np.float32), epochs=1, verbose=0)
# Adam's state: iteration count, learning rate, and m and v for each of the 2 weights.
print("optimizer variables in memory:", len(model.optimizer.variables))

path = tf.train.Checkpoint(model=model, optimizer=model.optimizer).save("ckpt/model")
tf.saved_model.save(model, "saved_model")
model.export("exported", verbose=False)  # Keras 3: a SavedModel for inference
model.save("model.keras")
model.save_weights("model.weights.h5")


def in_checkpoint(prefix):  # TensorFlow checkpoints, including a SavedModel's variables/
    return [k for k, _ in tf.train.list_variables(prefix)
            if "optimizer/_variables" in k or "optimizer/_iterations" in k
            or "optimizer/_learning_rate" in k]


def in_h5(f):
    return list(f["optimizer/vars"]) if "optimizer" in f else []


print("tf.train.Checkpoint:   ", len(in_checkpoint(path)))
print("tf.saved_model.save:   ", len(in_checkpoint("saved_model/variables/variables")))
print("model.export:          ", len(in_checkpoint("exported/variables/variables")))
with zipfile.ZipFile("model.keras") as z:
    z.extract("model.weights.h5", "unzipped")
with h5py.File("unzipped/model.weights.h5", "r") as f:
    print("model.save (.keras):   ", len(in_h5(f)))
with h5py.File("model.weights.h5", "r") as f:
    print("model.save_weights:    ", len(in_h5(f)))
