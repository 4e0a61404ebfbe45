# Runtime: opencv
# Requires: deploy/opencv_graphs_tf1.py
# A graph frozen from training code: dropout is still in it.
import cv2
import numpy as np

net = cv2.dnn.readNetFromTensorflow("train.pb")
net.setInput(np.load("x.npy"))
net.forward()
