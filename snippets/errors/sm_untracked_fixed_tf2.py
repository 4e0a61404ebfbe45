import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.scale = tf.Variable(2.0)  # an attribute: tracked, so it is saved

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return x * self.scale


model = Model()
x = tf.constant([1.0, 2.0])
tf.saved_model.save(model, "export")
loaded = tf.saved_model.load("export")
print("max abs diff:", float(tf.reduce_max(tf.abs(model(x) - loaded(x)))))
