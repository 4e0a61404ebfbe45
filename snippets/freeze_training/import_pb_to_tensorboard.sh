# Requires: freeze_training/train_op_float_ref_fixed_tf1.py
# import_pb_to_tensorboard, given the frozen .pb its name suggests.
python -m tensorflow.python.tools.import_pb_to_tensorboard --model_dir frozen.pb --log_dir logs
