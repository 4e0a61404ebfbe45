# Runtime: tf2.21
# Runtime: tf2.15
# An Input layer with batch_shape (Keras 3) or batch_size (both) carries the batch shape instead.
import tensorflow as tf

print("TensorFlow", tf.__version__)
inputs = tf.keras.Input(shape=(5, 7), batch_size=1)
outputs = tf.keras.layers.LSTM(4, stateful=True)(inputs)
model = tf.keras.Model(inputs, outputs)
print(model.input_shape, "->", model.output_shape)
