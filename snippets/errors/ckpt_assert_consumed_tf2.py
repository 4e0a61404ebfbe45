# Requires: errata/save_ckpt_tf2.py
import tensorflow as tf


class Other(tf.Module):  # has no variable "w"
    pass


status = tf.train.Checkpoint(model=Other()).restore("ckpt/model-1")
status.assert_consumed()
