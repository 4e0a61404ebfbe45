import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function  # no input_signature: nothing to export as a signature
    def __call__(self, x):
        return x * self.w


model = Model()
model(tf.constant([1.0]))
tf.saved_model.save(model, "export")
loaded = tf.saved_model.load("export")
print("signatures:", list(loaded.signatures))
loaded.signatures["serving_default"]
