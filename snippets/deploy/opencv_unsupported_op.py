# Runtime: opencv
# Requires: deploy/opencv_graphs_tf1.py
# An op OpenCV's TensorFlow importer has no layer for: tf.cumsum.
import cv2
import numpy as np

net = cv2.dnn.readNetFromTensorflow("cumsum.pb")
net.setInput(np.load("x.npy"))
net.forward()
