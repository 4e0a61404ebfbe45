# Requires: deploy/opencv_graphs_tf1.py
# The tool often suggested for OpenCV: it strips and folds, but dropout is no training-only node to it.
python -m tensorflow.python.tools.optimize_for_inference --input train.pb --output train_opt.pb \
    --input_names x --output_names y --frozen_graph True 2>/dev/null
python -c '
import tensorflow as tf
for name in ("train.pb", "train_opt.pb"):
    graph_def = tf.compat.v1.GraphDef.FromString(open(name, "rb").read())
    print(name, sorted({node.op for node in graph_def.node}))
' 2>/dev/null
