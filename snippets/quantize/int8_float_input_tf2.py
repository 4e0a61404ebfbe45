# Feeding float32 to a model converted with inference_input_type=tf.int8.
# Requires: quantize/int8_full_tf2.py
import numpy as np
from ai_edge_litert.interpreter import Interpreter

interpreter = Interpreter(model_path="model_int8.tflite")
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], np.zeros((1, 16), np.float32))
