# Requires: errata/save_ckpt_tf1.py
# The article's flags, with the tool the wheel really ships. No flag says where the graph is.
python -m tensorflow.python.tools.freeze_graph --input_checkpoint=model.ckpt --output_graph=model.pb --output_node_names=Add
