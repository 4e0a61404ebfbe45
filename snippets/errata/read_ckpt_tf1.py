# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# 1) .index + .data-*: only variable values, looked up by the prefix "model.ckpt".
print("variables in the checkpoint:")
for name, shape in tf.train.list_variables("model.ckpt"):
    print(f"  {name} shape={shape} value={tf.train.load_variable('model.ckpt', name)}")

# 2) checkpoint: a small text file naming the latest prefix (used by latest_checkpoint).
print("--- checkpoint ---")
print(open("checkpoint").read(), end="")
print("latest_checkpoint('.') =", tf.train.latest_checkpoint("."))

# 3) .meta: the graph. Saver wrote it as a separate file (write_meta_graph=True).
with tf.Graph().as_default() as graph:
    tf.train.import_meta_graph("model.ckpt.meta")
    names = sorted(op.name for op in graph.get_operations())
model_ops = [n for n in names if not n.startswith("save/")]
print("ops in model.ckpt.meta:", len(names))
print("  model ops:", model_ops)
print("  ops added by Saver (save/...):", len(names) - len(model_ops))
