import numpy as np
import tensorflow as tf

# Not public API: tensorflow.python carries no compatibility promise between releases.
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2


class Classifier(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 10, name="w")
        self.b = tf.Variable([0.5, -0.5], name="b")

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32, name="x")])
    def __call__(self, x):
        return tf.nn.softmax(tf.matmul(x, self.w) + self.b, name="probs")


model = Classifier()
concrete = model.__call__.get_concrete_function()  # the graph for this input signature
frozen_func = convert_variables_to_constants_v2(concrete)
graph_def = frozen_func.graph.as_graph_def()
tf.io.write_graph(graph_def, ".", "frozen_fn.pb", as_text=False)

print("before:", sorted({n.op for n in concrete.graph.as_graph_def().node}))
print("after: ", sorted({n.op for n in graph_def.node}))
print("inputs:", [t.name for t in frozen_func.inputs], "outputs:", [t.name for t in frozen_func.outputs])

x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [0.0, 0.0, 0.0]])
before = model(x).numpy()
after = frozen_func(x)[0].numpy()
print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after)
