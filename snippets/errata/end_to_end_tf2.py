import numpy as np
import tensorflow as tf

# Not public API: TF2 has no freezing function under tf.* (see the section on formats).
from tensorflow.python.framework.convert_to_constants import (
    convert_variables_to_constants_v2,
)

# Data for y = 3x + 2, with a little noise; fixed seed so every run is the same.
rng = np.random.default_rng(0)
x_train = rng.uniform(-1, 1, 100).astype(np.float32)
y_train = (3 * x_train + 2 + rng.normal(0, 0.05, 100)).astype(np.float32)
x_test = tf.constant([-1.0, 0.0, 0.5, 2.0])


class Linear(tf.Module):
    def __init__(self):
        self.w = tf.Variable(0.0)
        self.b = tf.Variable(0.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return x * self.w + self.b


# 1. Train with plain gradient descent.
model = Linear()
for _ in range(100):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(x_train) - y_train))
    for var, grad in zip([model.w, model.b], tape.gradient(loss, [model.w, model.b])):
        var.assign_sub(0.5 * grad)
print("w, b =", np.round([model.w.numpy(), model.b.numpy()], 4))
before = model(x_test).numpy()

# 2. Checkpoint (object-based).
tf.train.Checkpoint(model=model).write("./model.ckpt")

# 3. Freeze: restore into a new object, constant-fold its concrete function.
restored = Linear()
tf.train.Checkpoint(model=restored).read("./model.ckpt").assert_consumed()
frozen = convert_variables_to_constants_v2(restored.__call__.get_concrete_function())
tf.io.write_graph(frozen.graph.as_graph_def(), ".", "frozen.pb", as_text=False)
out_name = frozen.outputs[0].name

# 4. Load the frozen graph (GraphDef is public only under compat.v1) and predict.
graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
wrapped = tf.compat.v1.wrap_function(
    lambda: tf.graph_util.import_graph_def(graph_def, name=""), [])
predict = wrapped.prune(wrapped.graph.as_graph_element("x:0"),
                        wrapped.graph.as_graph_element(out_name))
after = predict(x_test).numpy()

print("before saving:", np.round(before, 4))
print("after loading:", np.round(after, 4))
print("max abs diff:", float(np.max(np.abs(before - after))))
assert np.allclose(before, after)
