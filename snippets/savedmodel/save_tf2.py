import numpy as np
import tensorflow as tf


class Classifier(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 10, name="w")
        self.b = tf.Variable([0.5, -0.5], name="b")

    # input_signature pins dtype and shape, so the function can become a signature.
    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32, name="x")])
    def predict(self, x):
        logits = tf.matmul(x, self.w) + self.b
        return {"probs": tf.nn.softmax(logits), "logits": logits}  # a dict: keys are kept

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32, name="x")])
    def logits(self, x):
        return tf.matmul(x, self.w) + self.b  # a bare tensor: the key becomes "output_0"


model = Classifier()
batch = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
tf.saved_model.save(model, "tf2_model/1", signatures={
    "serving_default": model.predict,
    "logits_only": model.logits,
})

loaded = tf.saved_model.load("tf2_model/1")
print("signatures:", sorted(loaded.signatures.keys()))
serve = loaded.signatures["serving_default"]
print("serving_default inputs:", serve.structured_input_signature[1])
print("serving_default returns:", {k: v.shape for k, v in sorted(serve(x=batch).items())})
print("logits_only returns:", {k: v.shape for k, v in loaded.signatures["logits_only"](x=batch).items()})

# The tf.functions themselves are restored too, with their Python return structure.
print("loaded.logits returns a", type(loaded.logits(batch)).__name__)

before = model.predict(batch)["probs"].numpy()
after = serve(x=batch)["probs"].numpy()
print("probs:\n", np.round(after, 4))
print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after)
assert np.allclose(model.logits(batch), loaded.signatures["logits_only"](x=batch)["output_0"])
