# Requires: checkpoints/save_tf1.py
# Requires: checkpoints/save_tf2.py
import numpy as np
import tensorflow as tf

# Works on any checkpoint prefix, name-based or object-based.
for prefix in ("model.ckpt", tf.train.latest_checkpoint("ckpt")):
    print(prefix)
    reader = tf.train.load_checkpoint(prefix)
    dtypes = reader.get_variable_to_dtype_map()
    for key, shape in tf.train.list_variables(prefix):
        if key == "_CHECKPOINTABLE_OBJECT_GRAPH":
            print(f"  {key}  (object graph, {len(reader.get_tensor(key))} bytes)")
            continue
        value = np.round(reader.get_tensor(key), 4)
        print(f"  {key}  {dtypes[key].name}{shape}  sum={value.sum():.4f}")
