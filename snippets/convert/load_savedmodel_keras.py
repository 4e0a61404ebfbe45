# Requires: convert/keras_to_savedmodel_tf2.py
# Keras 3's load_model does not read SavedModel directories (this fails on purpose).
import keras

keras.saving.load_model("savedmodel")
