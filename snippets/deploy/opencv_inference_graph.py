# Runtime: opencv
# Requires: deploy/opencv_graphs_tf1.py
# The same layers frozen from an inference graph (built with dropout off): OpenCV reads it.
import cv2
import numpy as np

net = cv2.dnn.readNetFromTensorflow("infer.pb")
net.setInput(np.load("x.npy"))
d = np.abs(net.forward() - np.load("y_infer.npy")).max()
print(f"infer.pb: max abs diff {d:.1e}")
assert d <= 1e-5
