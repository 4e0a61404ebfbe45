# Requires: convert/freeze_tf1.py
# Frozen GraphDef -> ONNX with tf2onnx: name the input and output tensors yourself.
import os

import numpy as np
import tensorflow as tf
import tf2onnx
from tiny_model import inputs

# onnxruntime 1.31 writes a device id and an event database under ~/.cache/Microsoft/
# unless this is set before it is imported (see the note on the page).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
import onnxruntime as ort  # noqa: E402

graph_def = tf.compat.v1.GraphDef()  # GraphDef is public only under compat.v1 in TF 2.x
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
tf2onnx.convert.from_graph_def(graph_def, input_names=["x:0"], output_names=["y:0"],
                               opset=15, output_path="model.onnx")

session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
print("onnx inputs: ", [(i.name, i.shape) for i in session.get_inputs()])
(after,) = session.run(None, {"x:0": inputs()})
d = np.abs(after - np.load("y_tf1.npy")).max()  # what the TF1 graph computed
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
