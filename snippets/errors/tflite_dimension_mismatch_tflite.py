# Requires: errors/tflite_make_model_tflite.py
import numpy as np
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
inp = interpreter.get_input_details()[0]
print(inp["name"], inp["shape"], inp["dtype"].__name__)
interpreter.set_tensor(inp["index"], np.ones((1, 3), np.float32))  # the model wants (1, 2)
