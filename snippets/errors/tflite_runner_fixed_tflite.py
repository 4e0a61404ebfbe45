# Requires: errors/tflite_make_model_tflite.py
import numpy as np
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")
print(interpreter.get_signature_list())  # signature keys, input and output names
runner = interpreter.get_signature_runner("serving_default")
x = np.ones((1, 2), np.float32)
y = runner(x=x)["y"]
print(y, "max abs diff:", float(np.abs(y - x * 2.0).max()))
