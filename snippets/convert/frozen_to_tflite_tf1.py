# Requires: convert/freeze_tf1.py
# Frozen GraphDef -> TFLite with the TF1 converter API (TF 2.x: tf.compat.v1.lite).
import numpy as np
import tensorflow.compat.v1 as tf
from tiny_model import inputs

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with tf.io.gfile.GFile("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
with tf.Session(graph=graph) as sess:
    before = sess.run("y:0", feed_dict={"x:0": inputs()})

# Node names (no ":0"); a frozen graph has no signature, so the converter must be told.
converter = tf.lite.TFLiteConverter.from_frozen_graph(
    "frozen.pb", input_arrays=["x"], output_arrays=["y"], input_shapes={"x": [5, 32]})
with open("model.tflite", "wb") as f:
    f.write(converter.convert())

# tf.lite.Interpreter is what TF 1.15 has (TF 2.21 warns that it is deprecated; see the TF2 tab).
interpreter = tf.lite.Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], inputs())
interpreter.invoke()
after = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
