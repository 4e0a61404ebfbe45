# Requires: convert/keras_to_savedmodel_tf2.py
# The SavedModel that Keras 3's export() wrote on TF 2.21. TF1 style, so this runs on TF 1.15.5
# too, against that same SavedModel (a prerequisite runs on its own release).
import tensorflow.compat.v1 as tf
from what_is_this_model import main

tf.disable_v2_behavior()

print("this TensorFlow:", tf.__version__)
main(["savedmodel"])
