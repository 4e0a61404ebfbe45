# Runtime: tfjs
# Requires: convert/h5_to_keras_keras.py
# A Keras 3 .keras file without --output_format.
tensorflowjs_converter --input_format=keras_keras model.keras web_layers
