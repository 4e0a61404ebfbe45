# Runtime: tf2.21
# Runtime: tf1.15
# Requires: checkpoints/save_tf1.py
# Print every variable of a checkpoint and its value (the argument is the prefix).
python -m tensorflow.python.tools.inspect_checkpoint --file_name=model.ckpt --all_tensors 2>/dev/null
