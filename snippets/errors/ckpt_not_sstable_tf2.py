# Requires: errata/save_ckpt_tf2.py
import tensorflow as tf

# A file of the checkpoint, not its prefix "ckpt/model-1".
tf.train.load_checkpoint("ckpt/model-1.data-00000-of-00001")
