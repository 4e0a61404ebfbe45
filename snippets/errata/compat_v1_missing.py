# No _tf1/_tf2 suffix on purpose: it looks into tf.compat.v1 on TF 2.x without running TF1 code.
import tensorflow.compat.v1 as tf

print("TensorFlow", tf.__version__)
# TF1 APIs that tf.compat.v1 no longer provides: tf.contrib and tf.estimator are gone, and
# tf.layers / tf.nn.rnn_cell are loaded from Keras, whose version 3 (TF 2.16+) has none of them.
for name in ("contrib", "estimator", "layers.dense", "layers.conv2d", "layers.batch_normalization",
             "nn.rnn_cell.LSTMCell"):
    obj = tf
    try:
        for part in name.split("."):
            obj = getattr(obj, part)
        print(f"tf.compat.v1.{name}: present")
    except AttributeError as e:
        print(f"tf.compat.v1.{name}: AttributeError: {e}")
