# Runtime: onnx2tf
# Requires: convert/savedmodel_to_onnx.sh
# Requires: deploy/reference_tf2.py
# The site's ONNX file back to TensorFlow: onnx2tf writes a SavedModel and TFLite files in one go.
# (It prints a page of progress and the SavedModel's capture ids, which change from run to run.)
onnx2tf -i model.onnx -o back -n > /dev/null 2>&1
ls back
python - <<'PY' 2>/dev/null
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

x, y = np.load("x.npy"), np.load("y.npy")  # TensorFlow 2.21's output on the site's SavedModel
serve = tf.saved_model.load("back").signatures["serving_default"]
print("SavedModel inputs:", serve.structured_input_signature[1])
y_sm = list(serve(tf.constant(x)).values())[0].numpy()
lite = Interpreter(model_path="back/model_float32.tflite")
lite.resize_tensor_input(lite.get_input_details()[0]["index"], x.shape)  # the file says batch 1
lite.allocate_tensors()
lite.set_tensor(lite.get_input_details()[0]["index"], x)
lite.invoke()
y_lite = lite.get_tensor(lite.get_output_details()[0]["index"])
print("onnx2tf's TensorFlow:", tf.__version__)
for name, out in (("SavedModel", y_sm), ("model_float32.tflite", y_lite)):
    d = np.abs(out - y).max()
    print(f"{name} vs TensorFlow 2.21: max abs diff {d:.1e}")
    assert d <= 1e-5
PY
