# saved_model_cli run with two --inputs separated by ';' and no quotes.
python - <<'PY'
import numpy as np
import tensorflow as tf


class Add(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="a"),
                                  tf.TensorSpec([None], tf.float32, name="b")])
    def __call__(self, a, b):
        return {"sum": a + b}


tf.saved_model.save(Add(), "add")
np.save("a.npy", np.array([1.0, 2.0], np.float32))
np.save("b.npy", np.array([10.0, 20.0], np.float32))
PY
# The shell ends the command at the ';': saved_model_cli sees only a=a.npy.
saved_model_cli run --dir add --tag_set serve --signature_def serving_default \
    --inputs a=a.npy;b=b.npy
