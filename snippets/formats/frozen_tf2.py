import os

import numpy as np
import tensorflow as tf
# TF2 has no public freezing API; this internal module is what freezing uses.
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

w = tf.Variable([[1.0], [2.0]], name="w")
b = tf.Variable([0.5], name="b")


@tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
def predict(x):
    return tf.matmul(x, w) + b


frozen = convert_variables_to_constants_v2(predict.get_concrete_function())
graph_def = frozen.graph.as_graph_def()
tf.io.write_graph(graph_def, ".", "frozen.pb", as_text=False)

print(f"{os.path.getsize('frozen.pb'):>8}  frozen.pb")
# One GraphDef message: nodes only; there is no field for signatures or variables.
print("GraphDef fields:", [f.name for f in type(graph_def).DESCRIPTOR.fields])
print("nodes:", [(n.name, n.op) for n in graph_def.node])

feed = np.array([[1.0, 1.0], [2.0, 3.0]], np.float32)
before = predict(feed).numpy()
after = frozen(tf.constant(feed))[0].numpy()
print("max abs diff:", np.abs(before - after).max())
assert np.array_equal(before, after)
