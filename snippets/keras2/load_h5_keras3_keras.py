# Requires: keras2/save_keras2_tf2.py
# Keras 3 reads a Keras 2 .h5, but not the training config a compiled Keras 2 model wrote into it:
# the loss "mse" was saved under a Keras 2 name (this fails on purpose).
import keras

keras.saving.load_model("keras2.h5")
