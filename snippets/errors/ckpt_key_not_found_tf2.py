# Requires: errata/save_ckpt_tf2.py
import tensorflow as tf

reader = tf.train.load_checkpoint("ckpt/model-1")
# The variable is called "w", but TF2 checkpoint keys are object paths.
print(reader.get_tensor("w"))
