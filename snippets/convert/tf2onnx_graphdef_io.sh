# Requires: freeze_training/train_op_float_ref_fixed_tf1.py
# tf2onnx on a frozen GraphDef, without naming its inputs and outputs.
python -m tf2onnx.convert --graphdef frozen.pb --output model.onnx
