# Keras 3's own exporters: model.export(format="onnx") (on the TensorFlow backend it passes the
# export's serve function to tf2onnx.convert.from_function, after patching tf2onnx; no SavedModel
# is written) and format="litert"; each file checked against Keras on the same input.
import os

import keras
import numpy as np
from ai_edge_litert.interpreter import Interpreter

# onnxruntime writes a device id and an event database under ~/.cache/Microsoft/ unless told not to.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
import onnxruntime as ort  # noqa: E402

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,), name="x"), keras.layers.Dense(2)])
x = np.array([[1.0, 2.0, 3.0]], np.float32)
expected = model.predict(x, verbose=0)

model.export("model.onnx", format="onnx", verbose=False)
session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
name = session.get_inputs()[0].name
print("onnx input:", name, "| same as Keras:", np.allclose(session.run(None, {name: x})[0], expected))

model.export("model.tflite", format="litert", verbose=False)
interpreter = Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
interpreter.invoke()
got = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
print("litert same as Keras:", np.allclose(got, expected, atol=1e-5))
