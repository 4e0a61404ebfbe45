import tensorflow as tf

scale = tf.Variable(2.0)  # a global variable, not an attribute of the model


class Model(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return x * scale


tf.saved_model.save(Model(), "export")
