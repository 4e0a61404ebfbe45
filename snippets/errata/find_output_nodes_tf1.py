# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The graph lives in model.ckpt.meta; import it into an empty graph and look.
graph = tf.Graph()
with graph.as_default():
    tf.train.import_meta_graph("model.ckpt.meta")
ops = graph.get_operations()

print("placeholders (inputs):")
for op in ops:
    if op.type == "Placeholder":
        t = op.outputs[0]
        print(f"  {op.name}  {t.dtype.name}  {t.shape}")

# Candidate outputs: ops whose results nothing consumes. Skip the Saver's own ops
# (name scope "save/") and the variable initializers (Assign, and the NoOp "init").
control_inputs = {c.name for op in ops for c in op.control_inputs}
print("nodes nothing consumes (candidate outputs):")
for op in ops:
    if op.name.startswith("save/") or op.type in ("Assign", "NoOp"):
        continue
    if op.name not in control_inputs and not any(t.consumers() for t in op.outputs):
        print(f"  {op.name}  (op type {op.type})")

# The article's own graph: z = tf.add(x, y), nothing named.
article = tf.Graph()
with article.as_default():
    a = tf.placeholder(tf.float32, shape=(None,))
    b = tf.placeholder(tf.float32, shape=(None,))
    tf.add(a, b)
print("article graph:", [(op.name, op.type) for op in article.get_operations()])
print("ops of type 'Add':", [op.name for op in article.get_operations() if op.type == "Add"])
