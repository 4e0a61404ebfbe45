# Requires: formats/name_based_tf1.py
# The checkpoint prefix ckpt/model.ckpt (no file has that name) with its .meta graph beside it.
# TF1 style, so it runs on TensorFlow 1.15.5 too: the checkpoint and the script run there.
import tensorflow.compat.v1 as tf
from what_is_this_model import main

tf.disable_v2_behavior()

main(["ckpt/model.ckpt"])
