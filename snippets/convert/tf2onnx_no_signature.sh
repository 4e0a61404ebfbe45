# tf2onnx's command line on a SavedModel saved without a signature.
python - <<'PY'
import tensorflow as tf


class Scale(tf.Module):
    def __init__(self):
        self.w = tf.Variable(2.0)

    @tf.function  # traced twice below, so the SavedModel gets no serving signature
    def __call__(self, x):
        return x * self.w


m = Scale()
m(tf.constant([1.0]))
m(tf.constant([[1.0]]))
tf.saved_model.save(m, "model")
PY
python -m tf2onnx.convert --saved-model model --output model.onnx
