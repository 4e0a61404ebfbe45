# ONNX has the same 2 GB protobuf limit; weights can live in a file beside the .onnx instead.
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # onnxruntime: no files under ~/.cache
import onnxruntime as ort  # noqa: E402

w = np.arange(12, dtype=np.float32).reshape(3, 4)
graph = helper.make_graph(
    [helper.make_node("MatMul", ["x", "w"], ["y"])], "g",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])],
    initializer=[numpy_helper.from_array(w, "w")])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
onnx.save_model(model, "model.onnx", save_as_external_data=True, all_tensors_to_one_file=True,
                location="model.onnx.data", size_threshold=0)  # threshold 0: even this small one
print({f: os.path.getsize(f) for f in sorted(os.listdir(".")) if f.startswith("model")})
# Load by path, not from bytes: the runtime finds model.onnx.data next to model.onnx.
session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
print(session.run(None, {"x": np.ones((1, 3), np.float32)})[0])
