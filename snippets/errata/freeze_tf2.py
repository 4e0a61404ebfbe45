import tensorflow as tf

# Not public API: TF2 has nothing under tf.* that freezes a graph. The function lives in
# tensorflow.python, which carries no compatibility promise between releases.
from tensorflow.python.framework.convert_to_constants import (
    convert_variables_to_constants_v2,
)

print("public tf.graph_util:", [n for n in dir(tf.graph_util) if not n.startswith("_")])


class Model(tf.Module):
    def __init__(self):
        self.w = tf.Variable(2.0, name="w")

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x"),
                                  tf.TensorSpec([None], tf.float32, name="y")])
    def __call__(self, x, y):
        return {"z": x * self.w + y}


model = Model()
concrete = model.__call__.get_concrete_function()
frozen_func = convert_variables_to_constants_v2(concrete)
graph_def = frozen_func.graph.as_graph_def()
tf.io.write_graph(graph_def, ".", "frozen.pb", as_text=False)

print("inputs: ", [t.name for t in frozen_func.inputs])
print("outputs:", [t.name for t in frozen_func.outputs])
print("variable ops left:", [n.name for n in graph_def.node if n.op in ("VarHandleOp", "ReadVariableOp")])
print("nodes:", [(n.name, n.op) for n in graph_def.node])
# The dict key "z" is gone: the frozen function returns a plain list.
print("z =", frozen_func(x=tf.constant([1.0, 2.0]), y=tf.constant([3.0, 4.0]))[0].numpy())
