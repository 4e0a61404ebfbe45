import tensorflow as tf


class Doubler(tf.Module):
    """The honest twin of make_malicious_savedmodel_tf2.py: same signature, no file ops."""

    def __init__(self):
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def serve(self, x):
        return {"y": x * self.w}


model = Doubler()
tf.saved_model.save(model, "clean_model", signatures=model.serve)
print("saved clean_model/")
