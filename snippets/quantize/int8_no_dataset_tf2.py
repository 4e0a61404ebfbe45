# Full-integer quantization asked for, without a representative dataset.
import tensorflow as tf
from tiny_quant import trained_model

trained_model().export("model", verbose=False)
converter = tf.lite.TFLiteConverter.from_saved_model("model")
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
converter.convert()
