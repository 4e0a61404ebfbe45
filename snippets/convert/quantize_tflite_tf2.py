# Requires: convert/keras_to_savedmodel_tf2.py
# SavedModel -> TFLite with dynamic-range quantization: int8 weights, float32 inputs/outputs.
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from tiny_model import inputs, keras_model

source = keras_model()(inputs()).numpy()
for name, optimizations in [("float32.tflite", []), ("quantized.tflite", [tf.lite.Optimize.DEFAULT])]:
    converter = tf.lite.TFLiteConverter.from_saved_model("savedmodel")
    converter.optimizations = optimizations
    flatbuffer = converter.convert()
    with open(name, "wb") as f:
        f.write(flatbuffer)
    interpreter = Interpreter(model_path=name)
    after = interpreter.get_signature_runner("serving_default")(x=inputs())["output_0"]
    weights = sorted(f"{t['name'].split('/')[1]} {t['dtype'].__name__}"
                     for t in interpreter.get_tensor_details() if t["name"].endswith("/MatMul"))
    d = np.abs(after - source).max()
    print(f"{name}: {len(flatbuffer)} bytes, kernels {weights}, max abs diff: {d:.1e}")
    assert d <= (1e-5 if not optimizations else 0.1)
