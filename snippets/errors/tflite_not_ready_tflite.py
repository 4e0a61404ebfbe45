# Requires: errors/tflite_make_model_tflite.py
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")
interpreter.invoke()  # allocate_tensors() was not called
