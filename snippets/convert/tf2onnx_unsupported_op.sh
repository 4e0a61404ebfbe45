# A SavedModel with a tf.py_function: tf2onnx logs the op and still writes a file;
# onnxruntime then refuses it.
python - <<'PY'
import tensorflow as tf


class Twice(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": tf.py_function(lambda a: a * 2, [x], tf.float32)}


m = Twice()
tf.saved_model.save(m, "model", signatures=m.__call__)
PY
python -m tf2onnx.convert --saved-model model --output model.onnx 2>&1 | grep -o "ERROR - Unsupported.*"
ORT_DISABLE_TELEMETRY=1 python -c "
import onnxruntime as ort
ort.InferenceSession('model.onnx', providers=['CPUExecutionProvider'])"
