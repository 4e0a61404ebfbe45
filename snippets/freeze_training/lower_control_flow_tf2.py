# convert_variables_to_constants_v2 on a function with a loop: lower_control_flow=True (default)
# rewrites the While op into TF1 control-flow ops; False keeps it.
import tensorflow as tf
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

v = tf.Variable(2.0)


@tf.function(input_signature=[tf.TensorSpec([], tf.float32)])
def cube_times(x):
    _, r = tf.while_loop(lambda i, r: i < 3, lambda i, r: (i + 1, r * v), [0, x])
    return r


concrete = cube_times.get_concrete_function()
for lower in (True, False):
    frozen = convert_variables_to_constants_v2(concrete, lower_control_flow=lower)
    graph_def = frozen.graph.as_graph_def()
    ops = {n.op for n in graph_def.node} | {n.op for f in graph_def.library.function for n in f.node_def}
    print(f"lower_control_flow={lower}: {sorted(ops)}")
    print("  result:", frozen(tf.constant(1.0))[0].numpy())
