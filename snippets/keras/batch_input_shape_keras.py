# Runtime: tf2.21
# Runtime: tf2.15
# Keras 2 code (tf.keras up to TF 2.15) that gives a layer its batch shape as an argument.
import tensorflow as tf

print("TensorFlow", tf.__version__)
layer = tf.keras.layers.LSTM(4, batch_input_shape=(1, 5, 7), stateful=True)
print(type(layer).__name__, "created")
