# Requires: checkpoints/save_tf2.py
import gc
import logging

import tensorflow as tf


class Smaller(tf.Module):  # has w, but not b
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.zeros([3, 2]))


class Show(logging.Handler):  # print TensorFlow's warnings on stdout, to show them here
    def emit(self, record):
        print("  WARNING:", record.getMessage().split(". ")[0])


tf.get_logger().addHandler(Show())
for partial in (False, True):
    print("expect_partial():", partial)
    model = Smaller()
    status = tf.train.Checkpoint(model=model).restore("ckpt/model-1")
    if partial:
        status.expect_partial()  # "I know only part of the checkpoint is used"
    # The warning comes when the restore's bookkeeping is deleted (at the latest, at exit).
    del model, status
    gc.collect()
