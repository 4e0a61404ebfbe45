# Requires: errata/save_ckpt_tf2.py
import gc
import logging

import tensorflow as tf

records = []
handler = logging.Handler()
handler.emit = records.append
logging.getLogger("tensorflow").addHandler(handler)


class Other(tf.Module):
    pass


# expect_partial(): "I know only part of the checkpoint is used", so no warning.
status = tf.train.Checkpoint(model=Other()).restore("ckpt/model-1").expect_partial()
del status
gc.collect()
print("warnings logged:", len(records))
