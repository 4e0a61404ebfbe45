# Runtime: opencv
# Requires: deploy/cut_graph_tf1.py
# OpenCV runs the graph up to logits; numpy does the cumsum OpenCV could not.
import cv2
import numpy as np

net = cv2.dnn.readNetFromTensorflow("logits.pb")
net.setInput(np.load("x.npy"))
y = np.cumsum(net.forward(), axis=1)
d = np.abs(y - np.load("y_cumsum.npy")).max()
print(f"logits.pb + np.cumsum: max abs diff {d:.1e}")
assert d <= 1e-5
