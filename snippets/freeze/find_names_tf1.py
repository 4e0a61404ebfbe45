# Requires: freeze/train_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.train.import_meta_graph("ckpt/model.meta")
graph_def = tf.get_default_graph().as_graph_def()

# Inputs: the placeholders.
print("placeholders:", [(n.name, tf.as_dtype(n.attr["dtype"].type).name)
                       for n in graph_def.node if n.op == "Placeholder"])

# Output candidates: nodes whose output no other node reads ("^name" is a control input).
consumed = {i.lstrip("^").split(":")[0] for n in graph_def.node for i in n.input}
sinks = [(n.name, n.op) for n in graph_def.node if n.name not in consumed]
print(len(sinks), "nodes have no consumer; leaving out gradients/, save/ and Const/Shape helpers:")
for name, op in sorted(sinks):
    if not name.startswith(("gradients/", "save/")) and op not in ("Const", "Shape"):
        print(f"  {name:40} {op}")
