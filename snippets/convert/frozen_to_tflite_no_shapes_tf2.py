# Requires: convert/freeze_tf1.py
# input_shapes left out: x is (None, 32), and only a None beyond the batch dimension needs it.
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from tiny_model import inputs, keras_model

graph_def = tf.compat.v1.GraphDef()  # compat.v1 on purpose: frozen graphs have only the TF1 API
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
x = next(n for n in graph_def.node if n.name == "x")
print("x in the graph:", [d.size for d in x.attr["shape"].shape.dim])

converter = tf.compat.v1.lite.TFLiteConverter.from_frozen_graph(
    "frozen.pb", input_arrays=["x"], output_arrays=["y"])  # no input_shapes
interpreter = Interpreter(model_content=converter.convert())
detail = interpreter.get_input_details()[0]
print("converted input: shape", detail["shape"], "shape_signature", detail["shape_signature"])
interpreter.resize_tensor_input(detail["index"], [5, 32])  # the None batch became 1: resize it
interpreter.allocate_tensors()
interpreter.set_tensor(detail["index"], inputs())
interpreter.invoke()
after = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
d = np.abs(after - keras_model()(inputs()).numpy()).max()
print("output shape:", after.shape, f"max abs diff: {d:.1e}")
assert d <= 1e-5
