# The same computation written with TensorFlow ops: every op has an ONNX mapping.
python - <<'PY'
import tensorflow as tf


class Twice(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": x * 2}


m = Twice()
tf.saved_model.save(m, "model", signatures=m.__call__)
PY
python -m tf2onnx.convert --saved-model model --output model.onnx 2>&1 | grep -c "Unsupported" || true
ORT_DISABLE_TELEMETRY=1 python -c "
import numpy as np
import onnxruntime as ort
s = ort.InferenceSession('model.onnx', providers=['CPUExecutionProvider'])
print(s.run(None, {'x': np.array([1.0, 2.0], np.float32)})[0])"
