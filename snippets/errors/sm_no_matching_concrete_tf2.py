import tensorflow as tf


class Model(tf.Module):
    @tf.function  # no input_signature: only the traced calls are saved
    def __call__(self, x):
        return x * 2.0


model = Model()
model(tf.constant([1.0]))  # traced for float32, shape (1,)
tf.saved_model.save(model, "export")
loaded = tf.saved_model.load("export")
loaded(tf.constant([1, 2]))  # int32, shape (2,): no saved trace fits
