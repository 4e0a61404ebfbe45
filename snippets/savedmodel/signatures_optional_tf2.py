import tensorflow as tf

SPEC = [tf.TensorSpec([None], tf.float32, name="x")]


class One(tf.Module):  # one tf.function with an input_signature
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=SPEC)
    def double(self, x):
        return x * self.w


class Two(One):  # the same plus a second one
    @tf.function(input_signature=SPEC)
    def halve(self, x):
        return x / self.w


two = Two()
tf.saved_model.save(One(), "one_function")                        # signatures= left out
tf.saved_model.save(two, "two_functions")                         # signatures= left out
tf.saved_model.save(two, "two_functions_given", signatures={"serving_default": two.double})
for path in ("one_function", "two_functions", "two_functions_given"):
    loaded = tf.saved_model.load(path)
    print(f"{path:<20} signatures: {sorted(loaded.signatures)!s:<20}",
          "double(x):", loaded.double(tf.constant([1.0, 2.0])).numpy())
