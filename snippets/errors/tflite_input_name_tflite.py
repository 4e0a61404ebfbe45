# Requires: errors/tflite_make_model_tflite.py
import numpy as np
import tensorflow as tf

runner = tf.lite.Interpreter(model_path="model.tflite").get_signature_runner()
runner(input=np.ones((1, 2), np.float32))  # the signature's input is called "x"
