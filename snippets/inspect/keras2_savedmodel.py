# Runtime: tf2.15
# TensorFlow 2.15 is the last release whose tf.keras is Keras 2: model.save("folder") there writes
# a SavedModel with keras_metadata.pb (Keras 3 cannot load_model it).
import tensorflow as tf
from what_is_this_model import main

model = tf.keras.Sequential([tf.keras.Input((4,), name="x"), tf.keras.layers.Dense(2, name="y")])
model.save("keras2_savedmodel")
main(["keras2_savedmodel"])
