# Full-integer (int8) quantization with a float32 representative dataset, int8 input and output,
# checked against the float model on held-out data.
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from tiny_quant import data, trained_model

model = trained_model()
model.export("model", verbose=False)
calibration, _ = data(100, seed=1)
converter = tf.lite.TFLiteConverter.from_saved_model("model")
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
converter.representative_dataset = lambda: ([row[None]] for row in calibration)
converter.inference_input_type = tf.int8
converter.inference_output_type = tf.int8
with open("model_int8.tflite", "wb") as f:
    f.write(converter.convert())

interpreter = Interpreter(model_path="model_int8.tflite")
interpreter.allocate_tensors()
inp, out = interpreter.get_input_details()[0], interpreter.get_output_details()[0]
print("input:", inp["dtype"].__name__, "scale, zero point:", np.round(inp["quantization"], 5))
x, y = data(200, seed=2)
in_scale, in_zero = inp["quantization"]
out_scale, out_zero = out["quantization"]
predictions = []
for row in x:  # int8 in: quantize with the input's scale and zero point; int8 out: dequantize
    q = np.clip(np.round(row / in_scale + in_zero), -128, 127).astype(np.int8)[None]
    interpreter.set_tensor(inp["index"], q)
    interpreter.invoke()
    predictions.append((interpreter.get_tensor(out["index"]).astype(np.float32) - out_zero) * out_scale)
int8 = np.concatenate(predictions)
float32 = model.predict(x, verbose=0)
print(f"float32 model MSE: {np.mean((float32 - y) ** 2):.4f}")
print(f"int8 model MSE:    {np.mean((int8 - y) ** 2):.4f}")
print(f"max |int8 - float32|: {np.abs(int8 - float32).max():.3f}")
