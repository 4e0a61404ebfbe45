# Which TFLite runtime a converted model needs: the converter records it in the model's metadata
# ("min_runtime_version"), and each operator's version in its opcode table.
import keras
import tensorflow as tf
from tensorflow.lite.python import schema_py_generated as schema

model = keras.Sequential([keras.Input((32,)), keras.layers.Dense(64, activation="softmax")])
model.export("model", verbose=False)
converter = tf.lite.TFLiteConverter.from_saved_model("model")
converter.optimizations = [tf.lite.Optimize.DEFAULT]  # int8 weights: newer kernel versions
flatbuffer = converter.convert()

m = schema.Model.GetRootAs(flatbuffer, 0)
names = {v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith("_")}
for i in range(m.MetadataLength()):
    if m.Metadata(i).Name() == b"min_runtime_version":
        raw = m.Buffers(m.Metadata(i).Buffer()).DataAsNumpy().tobytes()
        print("min_runtime_version:", raw.rstrip(b"\0").decode())
for i in range(m.OperatorCodesLength()):
    code = m.OperatorCodes(i)
    print(f"  {names[max(code.BuiltinCode(), code.DeprecatedBuiltinCode())]} version {code.Version()}")
