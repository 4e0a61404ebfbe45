# Requires: errata/save_ckpt_tf2.py
import gc
import logging
import sys

import tensorflow as tf

# TensorFlow logs this warning on stderr; copy its log lines to stdout to show them.
logging.getLogger("tensorflow").addHandler(logging.StreamHandler(sys.stdout))


class Other(tf.Module):  # has no variable "w"
    pass


status = tf.train.Checkpoint(model=Other()).restore("ckpt/model-1")
del status
gc.collect()  # the warning comes when the restore's bookkeeping is deleted
