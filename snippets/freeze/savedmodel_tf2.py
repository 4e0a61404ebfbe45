# Requires: savedmodel/save_tf2.py
import numpy as np
import tensorflow as tf

# Not public API: tensorflow.python carries no compatibility promise between releases.
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

loaded = tf.saved_model.load("tf2_model/1")
serve = loaded.signatures["serving_default"]  # a ConcreteFunction
frozen_func = convert_variables_to_constants_v2(serve)
graph_def = frozen_func.graph.as_graph_def()
tf.io.write_graph(graph_def, ".", "frozen_tf2.pb", as_text=False)

print("inputs: ", [t.name for t in frozen_func.inputs])
print("outputs:", [t.name for t in frozen_func.outputs])
print("signature keys were:", sorted(serve.structured_outputs))
print("variables left:", [n.name for n in graph_def.node if n.op in ("VarHandleOp", "ReadVariableOp")])

x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
before = serve(x=x)
after = frozen_func(x)  # a list, in the order of frozen_func.outputs
print("max abs diff:", max(np.abs(before[k].numpy() - a.numpy()).max()
                           for k, a in zip(sorted(before), after)))
assert all(np.allclose(before[k], a) for k, a in zip(sorted(before), after))
