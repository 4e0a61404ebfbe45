import os

import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0, name="w")

    # input_signature fixes the inputs' dtype/shape, so the function can be exported
    # as a signature; returning a dict names the output "z" (else it is "output_0").
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x"),
                                  tf.TensorSpec([None], tf.float32, name="y")])
    def __call__(self, x, y):
        return {"z": x * self.w + y}


model = Model()
x, y = tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0])
before = model(x, y)["z"].numpy()
print("before saving: z =", before)

tf.saved_model.save(model, "export/1", signatures={"serving_default": model.__call__})
written = []
for root, dirs, files in os.walk("export/1"):
    rel = os.path.relpath(root, "export/1")
    written += [os.path.normpath(os.path.join(rel, d)) + "/" for d in dirs]
    written += [os.path.normpath(os.path.join(rel, f)) for f in files]
print("export/1/ holds:", *sorted(written), sep="\n  ")

loaded = tf.saved_model.load("export/1")
serve = loaded.signatures["serving_default"]
result = serve(x=x, y=y)  # keyword arguments, named as in the signature
try:
    serve(x, y)
except TypeError:
    print("positional arguments: TypeError")
print("signature returns a", type(result).__name__, "with keys", sorted(result))
after = result["z"].numpy()
print("after loading: z =", after)
assert (before == after).all()
