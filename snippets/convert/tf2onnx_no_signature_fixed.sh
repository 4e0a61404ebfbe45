# Save with an explicit signature (one input spec); tf2onnx converts it.
python - <<'PY'
import tensorflow as tf


class Scale(tf.Module):
    def __init__(self):
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": x * self.w}


m = Scale()
tf.saved_model.save(m, "model", signatures=m.__call__)
PY
python -m tf2onnx.convert --saved-model model --output model.onnx 2>&1 | grep -o "Model inputs: .*\|Model outputs: .*"
