# Runtime: opencv
# Requires: deploy/opencv_graphs_tf1.py
# Batch normalization frozen in training mode (is_training=True) loads without a word, and computes
# something else than TensorFlow; frozen in inference mode (mean and variance given) it matches.
import cv2
import numpy as np

for name in ("bn_train", "bn_infer"):
    net = cv2.dnn.readNetFromTensorflow(f"{name}.pb")
    net.setInput(np.load("x.npy"))
    y = net.forward()
    d = np.abs(y - np.load(f"y_{name}.npy")).max()
    print(f"{name}.pb: y[0] = {np.round(y[0], 4)}, max abs diff {d:.1e}")
