# Requires: errata/savedmodel_tf2.py
import tensorflow as tf

# The file inside the SavedModel, instead of the SavedModel directory itself.
tf.saved_model.load("export/1/saved_model.pb")
