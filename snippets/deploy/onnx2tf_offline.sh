# Runtime: onnx2tf
# Requires: deploy/onnx_nchw_model.py
# onnx2tf on a machine that cannot reach github.com (no network here).
onnx2tf -i conv_nchw.onnx -o nhwc -n
