# Requires: convert/tiny_model.py
# Keras 3 -> TFLite directly from the model object.
import contextlib
import io

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from tiny_model import inputs, keras_model

model = keras_model()
converter = tf.lite.TFLiteConverter.from_keras_model(model)
# The converter exports a SavedModel to a temporary folder first, and Keras prints a summary
# of it (temporary path, object ids) that changes every run; keep it off the output.
with contextlib.redirect_stdout(io.StringIO()):
    flatbuffer = converter.convert()
with open("model.tflite", "wb") as f:
    f.write(flatbuffer)

run = Interpreter(model_path="model.tflite").get_signature_runner("serving_default")
after = run(x=inputs())["output_0"]
d = np.abs(after - model(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
