# Runtime: onnx2tf
# onnx-tf, the other ONNX -> TensorFlow converter: its last release (1.10.0, 2022) installs beside
# onnx2tf's pins, then fails on import.
import onnx
import onnx_tf  # noqa: F401

print("onnx", onnx.__version__)
