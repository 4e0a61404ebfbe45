# Runtime: tf1.15
# Runs on TF 1.15 only: what the plain `import tensorflow as tf` of TF1 code gives there, compared
# with the `import tensorflow.compat.v1 as tf` + `tf.disable_v2_behavior()` of this site's TF1 tabs.
import tensorflow as tf
from tensorflow.compat import v1

print("TensorFlow", tf.__version__, "| executing eagerly:", tf.executing_eagerly())
names = ["placeholder", "Session", "train.Saver", "saved_model.loader.load",
         "graph_util.convert_variables_to_constants", "gfile.FastGFile"]


def get(module, dotted):
    for part in dotted.split("."):
        module = getattr(module, part)
    return module


print("tf.X is tf.compat.v1.X for", len(names), "names used here:",
      all(get(tf, n) is get(v1, n) for n in names))
x = tf.placeholder(tf.float32, shape=(None,), name="x")
print("tf.add gives the op type:", tf.add(x, x).op.type)
