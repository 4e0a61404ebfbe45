# tf.train.latest_checkpoint only knows TensorFlow checkpoints, not Keras `.weights.h5` files.
# Requires: keras/checkpoint_weights_only_fixed_keras.py
import glob

import tensorflow as tf

print("tf.train.latest_checkpoint:", tf.train.latest_checkpoint("ckpt"))
# The epoch is zero-padded in the file name, so sorting the names sorts the epochs.
latest = sorted(glob.glob("ckpt/cp-*.weights.h5"))[-1]
print("newest weights file:       ", latest)
