# Requires: errors/tflite_make_model_tflite.py
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
inp = interpreter.get_input_details()[0]
view = interpreter.tensor(inp["index"])()  # a NumPy view into the interpreter's memory
interpreter.allocate_tensors()  # may move that memory while the view still exists
