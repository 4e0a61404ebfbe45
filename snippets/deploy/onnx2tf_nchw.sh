# Runtime: onnx2tf
# Requires: deploy/onnx_nchw_model.py
# For an all-image model (4-D inputs with 3 channels) onnx2tf loads sample images, from this file in the
# current folder if it is there, else from github.com. Offline: any float32 data of that shape will do.
python -c 'import numpy as np
np.save("calibration_image_sample_data_20x128x128x3_float32.npy",
        np.random.default_rng(0).random((20, 128, 128, 3), dtype=np.float32))'
onnx2tf -i conv_nchw.onnx -o nhwc -n > /dev/null 2>&1            # the default: NHWC, TensorFlow's layout
onnx2tf -i conv_nchw.onnx -o nchw -n -k image > /dev/null 2>&1   # -k: keep this input NCHW
python - <<'PY' 2>/dev/null
import numpy as np
from ai_edge_litert.interpreter import Interpreter

x, y = np.load("x_nchw.npy"), np.load("y_nchw.npy")  # NCHW, from onnxruntime
for folder in ("nhwc", "nchw"):
    lite = Interpreter(model_path=f"{folder}/conv_nchw_float32.tflite")
    lite.allocate_tensors()
    inp, out = lite.get_input_details()[0], lite.get_output_details()[0]
    print(f"{folder}: input {inp['shape'].tolist()}, output {out['shape'].tolist()}")
    feed = x if folder == "nchw" else x.transpose(0, 2, 3, 1)  # NCHW -> NHWC
    lite.set_tensor(inp["index"], feed)
    lite.invoke()
    got = lite.get_tensor(out["index"]).transpose(0, 3, 1, 2)  # the output is NHWC in both: back to NCHW
    d = np.abs(got - y).max()
    print(f"{folder}: max abs diff vs onnxruntime {d:.1e}")
    assert d <= 1e-5
PY
