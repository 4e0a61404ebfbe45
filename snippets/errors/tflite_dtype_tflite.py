# Requires: errors/tflite_make_model_tflite.py
import numpy as np
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
inp = interpreter.get_input_details()[0]
interpreter.set_tensor(inp["index"], np.array([[1.0, 2.0]]))  # NumPy's default is float64
