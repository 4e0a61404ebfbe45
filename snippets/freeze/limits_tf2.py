import numpy as np
import tensorflow as tf

# Not public API: tensorflow.python carries no compatibility promise between releases.
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 10, name="w")


@tf.function  # no input_signature: each call shape gets its own graph
def predict(x):
    return {"probs": tf.nn.softmax(tf.matmul(x, w))}


# Freezing works on one concrete function, i.e. on one traced shape: here batches of 2.
concrete = predict.get_concrete_function(tf.TensorSpec([2, 3], tf.float32))
frozen_func = convert_variables_to_constants_v2(concrete)
print("placeholder shape:", frozen_func.inputs[0].shape)
print("outputs:", [t.name for t in frozen_func.outputs], "(the key 'probs' is gone)")
print("trainable variables:", frozen_func.trainable_variables)

two = tf.ones([2, 3])
assert np.allclose(predict(two)["probs"], frozen_func(two)[0])
print("batch of 2: same numbers as before freezing")
# The shape is written into the GraphDef's placeholder; a Session feed checks it,
# the eager call of the converted function does not.
x_node = next(n for n in frozen_func.graph.as_graph_def().node if n.op == "Placeholder")
print("in the GraphDef:", x_node.name, tf.TensorShape(x_node.attr["shape"].shape))
print("eager call with a batch of 3 returns shape", frozen_func(tf.ones([3, 3]))[0].shape)
