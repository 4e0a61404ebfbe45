# Runtime: onnx2tf
# An ONNX model laid out as PyTorch exports images, NCHW (batch, channels, height, width): a 3x3
# convolution over a 3-channel 8x8 image. onnxruntime's output is the reference.
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # no device id under ~/.cache (see the convert page)
import onnxruntime as ort  # noqa: E402

rng = np.random.default_rng(0)
w = numpy_helper.from_array(rng.normal(0, 0.3, (4, 3, 3, 3)).astype(np.float32), "w")
b = numpy_helper.from_array(rng.normal(0, 0.1, 4).astype(np.float32), "b")
graph = helper.make_graph(
    [helper.make_node("Conv", ["image", "w", "b"], ["conv"], pads=[1, 1, 1, 1]),
     helper.make_node("Relu", ["conv"], ["features"])],
    "conv", [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 8, 8])],
    [helper.make_tensor_value_info("features", TensorProto.FLOAT, [1, 4, 8, 8])], initializer=[w, b])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
onnx.checker.check_model(model)
onnx.save(model, "conv_nchw.onnx")

x = np.random.default_rng(1).normal(size=(1, 3, 8, 8)).astype(np.float32)
(y,) = ort.InferenceSession("conv_nchw.onnx", providers=["CPUExecutionProvider"]).run(None, {"image": x})
np.save("x_nchw.npy", x)
np.save("y_nchw.npy", y)
print("image", x.shape, "-> features", y.shape)
