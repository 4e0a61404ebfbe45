# Requires: convert/keras_to_onnx_tf2onnx.py
# What onnxruntime writes outside the working folder when it opens a model.
# HOME and TMPDIR point into this folder, so the files are easy to see.
open_model='import onnxruntime as ort; ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])'

mkdir -p default/home default/tmp
HOME=$PWD/default/home TMPDIR=$PWD/default/tmp python -c "$open_model"
echo "without ORT_DISABLE_TELEMETRY:"
find default -type d | sort
find default -name deviceid -o -name onnxruntime.db -o -name .ses | sort

mkdir -p disabled/home disabled/tmp
ORT_DISABLE_TELEMETRY=1 HOME=$PWD/disabled/home TMPDIR=$PWD/disabled/tmp python -c "$open_model"
echo "with ORT_DISABLE_TELEMETRY=1:"
find disabled -mindepth 2 | sort
