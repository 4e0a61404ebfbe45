# Dynamic-range quantization (Optimize.DEFAULT alone): which weight tensors become int8.
import keras
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((16,)),
                          keras.layers.Dense(64, name="big"),     # 16 x 64 = 1024 weights
                          keras.layers.Dense(63, name="medium"),  # 64 x 63 = 4032 weights
                          keras.layers.Dense(8, name="small")])   # 63 x 8  =  504 weights
model.export("model", verbose=False)
converter = tf.lite.TFLiteConverter.from_saved_model("model")
converter.optimizations = [tf.lite.Optimize.DEFAULT]
interpreter = Interpreter(model_content=converter.convert())
for t in interpreter.get_tensor_details():
    shape = tuple(int(d) for d in t["shape"])
    if len(shape) == 2 and shape[0] != 1:  # the weight matrices, not activations
        print(f"{t['dtype'].__name__:8s} {shape!s:10s} {shape[0] * shape[1]:5d} elements")
