# Runtime: opencv
# Requires: convert/freeze_tf1.py
# The site's frozen graph (frozen.pb: x:0 -> y:0) in OpenCV's dnn module. No TensorFlow here: this
# venv has only opencv-python-headless and numpy.
import cv2
import numpy as np

print("OpenCV", cv2.__version__, [name for name in dir(cv2.dnn) if name.startswith("readNetFrom")])
x = np.random.default_rng(1).normal(size=(5, 32)).astype(np.float32)  # the batch tiny_model.inputs() makes
net = cv2.dnn.readNetFromTensorflow("frozen.pb")
print("layers:", net.getLayerNames())
net.setInput(x)
y = net.forward()  # the output of the last layer: y
print("y[0] =", np.round(y[0], 4))
d = np.abs(y - np.load("y_tf1.npy")).max()  # what TensorFlow computed from the same checkpoint
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
