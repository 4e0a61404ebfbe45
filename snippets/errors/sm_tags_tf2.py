# Requires: errata/savedmodel_tf2.py
import tensorflow as tf

# The SavedModel was exported with the tag "serve" only.
tf.saved_model.load("export/1", tags=["train"])
