# Runtime: tf2.21
# Runtime: tf1.15
# Requires: errata/save_ckpt_tf1.py
# The graph comes from model.ckpt.meta (a binary proto, hence --input_binary=true);
# the output node is the one find_output_nodes_tf1.py found: z.
python -m tensorflow.python.tools.freeze_graph \
    --input_meta_graph=model.ckpt.meta --input_binary=true \
    --input_checkpoint=model.ckpt \
    --output_graph=frozen.pb --output_node_names=z

# What is in frozen.pb: the variable w has become a Const.
python -c '
import tensorflow as tf
graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
for node in graph_def.node:
    print(f"{node.name:8} {node.op}")
'
