# Requires: convert/keras_to_savedmodel_tf2.py
export ORT_DISABLE_TELEMETRY=1  # onnxruntime: no device id / event files under ~/.cache

# SavedModel -> ONNX on the command line. tf2onnx logs to stderr; keep only its summary lines.
python -m tf2onnx.convert --saved-model savedmodel --opset 15 --output model.onnx 2>&1 \
    | grep -E "Using tensorflow|Model (inputs|outputs)|ONNX model is saved" | sed 's/^.* - INFO - //'

# Compare with the SavedModel on the batch tiny_model.inputs() makes.
python -c '
import numpy as np, onnxruntime as ort, tensorflow as tf
x = np.random.default_rng(1).normal(size=(5, 32)).astype(np.float32)
loaded = tf.saved_model.load("savedmodel")
before = loaded.serve(x).numpy()
(after,) = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"]).run(None, {"x": x})
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
'
