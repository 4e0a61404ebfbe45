import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": x * self.w}


model = Model()
x = tf.constant([1.0, 2.0])
before = model(x)["y"].numpy()
# Name the signature explicitly when saving.
tf.saved_model.save(model, "export", signatures={"serving_default": model.__call__})
loaded = tf.saved_model.load("export")
print("signatures:", list(loaded.signatures))
after = loaded.signatures["serving_default"](x=x)["y"].numpy()
print("before:", before, "after:", after, "max abs diff:", abs(before - after).max())
