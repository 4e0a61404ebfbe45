# Requires: errors/tflite_make_model_tflite.py
import numpy as np
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")
inp = interpreter.get_input_details()[0]
out = interpreter.get_output_details()[0]
x = np.array([[1.0, 2.0], [3.0, 4.0]])
interpreter.resize_tensor_input(inp["index"], x.shape)  # a new shape before allocating
interpreter.allocate_tensors()  # then allocate, every time the shape changes
interpreter.set_tensor(inp["index"], x.astype(inp["dtype"]))  # the dtype it wants
interpreter.invoke()
y = interpreter.get_tensor(out["index"])
print(y, "max abs diff:", float(np.abs(y - x * 2.0).max()))
