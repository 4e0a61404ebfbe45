# Requires: keras2/save_keras2_tf2.py
# A .keras file written by tf_keras is not a Keras 3 file, despite the extension
# (this fails on purpose).
import keras
import tf_keras

tf_keras.models.load_model("keras2_savedmodel").save("from_tf_keras.keras")
keras.saving.load_model("from_tf_keras.keras")
