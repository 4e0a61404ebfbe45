# A representative dataset that yields NumPy's default dtype, float64.
import numpy as np
import tensorflow as tf
from tiny_quant import trained_model

trained_model().export("model", verbose=False)
converter = tf.lite.TFLiteConverter.from_saved_model("model")
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
converter.representative_dataset = lambda: ([np.random.rand(1, 16)] for _ in range(10))
converter.convert()
