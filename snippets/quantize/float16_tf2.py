# float16 quantization: weights stored as float16, computed in float32; size and error measured.
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from tiny_quant import data, trained_model

model = trained_model()
model.export("model", verbose=False)
sizes, errors = {}, {}
x, y = data(200, seed=2)
for name in ("float32", "float16"):
    converter = tf.lite.TFLiteConverter.from_saved_model("model")
    if name == "float16":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.target_spec.supported_types = [tf.float16]
    flatbuffer = converter.convert()
    interpreter = Interpreter(model_content=flatbuffer)
    interpreter.resize_tensor_input(0, x.shape)
    interpreter.allocate_tensors()
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
    interpreter.invoke()
    prediction = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
    weights = sorted({t["dtype"].__name__ for t in interpreter.get_tensor_details() if len(t["shape"]) == 2
                      and t["shape"][0] != x.shape[0]})
    print(f"{name}: {len(flatbuffer):6d} bytes, 2-D weight dtypes {weights}, "
          f"MSE {np.mean((prediction - y) ** 2):.4f}")
print(f"Keras float32 MSE:        {np.mean((model.predict(x, verbose=0) - y) ** 2):.4f}")
