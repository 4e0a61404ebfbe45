import keras
import tensorflow as tf

inputs = keras.Input((3,))
outputs = tf.nn.relu(inputs)  # a TensorFlow function on a symbolic Keras input
