# Requires: freeze_training/train_op_float_ref_fixed_tf1.py
# A GraphDef has no signature: name the tensors, with their ":0" output index.
python -m tf2onnx.convert --graphdef frozen.pb --inputs x:0 --outputs y:0 --output model.onnx \
    2>&1 | grep -o "Model inputs: .*\|Model outputs: .*"
