# Runtime: serving
# Requires: deploy/serving_export_tf2.py
# REST predict bodies for models/tiny, in row ("instances") and column ("inputs") form, and bytes sent as
# {"b64": ...}; each checked against the signature in saved_model.pb and turned into the gRPC
# PredictRequest of tensorflow-serving-api, the message the REST body stands for.
import base64
import json

import numpy as np
import tensorflow as tf
from tensorflow.core.protobuf import saved_model_pb2
from tensorflow_serving.apis import predict_pb2

x = np.round(np.random.default_rng(1).normal(size=(2, 32)), 2)  # two rows of 32 features
bodies = {
    "row": {"instances": x.tolist()},                      # one input: each instance is its value
    "column": {"inputs": {"x": x.tolist()}},               # input name -> the whole batch
    "b64": {"signature_name": "from_bytes",                # a tf.string input: binary data as base64
            "instances": [{"b64": base64.b64encode(row.astype("<f4").tobytes()).decode()} for row in x]},
}
with open("models/tiny/2/saved_model.pb", "rb") as f:
    signatures = saved_model_pb2.SavedModel.FromString(f.read()).meta_graphs[0].signature_def


def decode(value):  # JSON -> numpy, as the REST API's JSON mapping reads it
    if isinstance(value, dict):
        return base64.b64decode(value["b64"])
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


for form, body in bodies.items():
    with open(f"request_{form}.json", "w") as f:
        json.dump(body, f)
    sig_name = body.get("signature_name", "serving_default")
    inputs = signatures[sig_name].inputs
    values = body["inputs"] if "inputs" in body else {next(iter(inputs)): body["instances"]}
    request = predict_pb2.PredictRequest()
    request.model_spec.name, request.model_spec.signature_name = "tiny", sig_name
    for key, value in values.items():
        assert key in inputs, f"{key!r} is no input of {sig_name}: {list(inputs)}"
        spec = inputs[key]
        array = np.array(decode(value), dtype=object if spec.dtype == tf.string.as_datatype_enum else np.float32)
        want = [d.size for d in spec.tensor_shape.dim]
        assert len(want) == array.ndim and all(w in (-1, n) for w, n in zip(want, array.shape)), (want, array.shape)
        request.inputs[key].CopyFrom(tf.make_tensor_proto(array.tolist(), dtype=spec.dtype))
        np.save(f"{form}_{key}.npy", array.astype(np.float32 if array.dtype != object else "S128"))
    shown = json.dumps(body)
    print(f"{form}: {shown[:90]}{' ...' if len(shown) > 90 else ''}")
    tensors = [f"{k} {tf.dtypes.as_dtype(t.dtype).name}{[d.size for d in t.tensor_shape.dim]}"
               for k, t in request.inputs.items()]
    print(f"  -> PredictRequest {sig_name}: {', '.join(tensors)}, {request.ByteSize()} bytes")
