# Requires: convert/keras_to_savedmodel_tf2.py
# SavedModel -> TFLite, run with the LiteRT interpreter (pip package ai-edge-litert).
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from tiny_model import inputs, keras_model

converter = tf.lite.TFLiteConverter.from_saved_model("savedmodel")
with open("model.tflite", "wb") as f:
    f.write(converter.convert())

interpreter = Interpreter(model_path="model.tflite")
print("signatures:", interpreter.get_signature_list())
run = interpreter.get_signature_runner("serving_default")
after = run(x=inputs())["output_0"]
d = np.abs(after - keras_model()(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
