import numpy as np
import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        self.w = tf.Variable(2.0, name="w")

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x"),
                                  tf.TensorSpec([None], tf.float32, name="y")])
    def __call__(self, x, y):
        return {"z": x * self.w + y}


# Ship a SavedModel: graph, variables and a named signature in one directory.
model = Model()
tf.saved_model.save(model, "saved_model", signatures=model.__call__)

# Any TF2 program can load it back and call the signature by its names.
loaded = tf.saved_model.load("saved_model")
serve = loaded.signatures["serving_default"]
print("signature inputs: ", sorted(serve.structured_input_signature[1]))
print("signature outputs:", sorted(serve.structured_outputs))
x = np.array([1.0, 2.0], np.float32)
y = np.array([3.0, 4.0], np.float32)
print("z =", serve(x=tf.constant(x), y=tf.constant(y))["z"].numpy())

# The same directory is what the TFLite converter takes. Its TF2 API has no
# frozen-graph entry point (from_frozen_graph is only in tf.compat.v1.lite).
print("tf.lite.TFLiteConverter:", [n for n in dir(tf.lite.TFLiteConverter) if n.startswith("from_")])
tflite_model = tf.lite.TFLiteConverter.from_saved_model("saved_model").convert()
with open("model.tflite", "wb") as f:
    f.write(tflite_model)
print("model.tflite is not empty:", len(tflite_model) > 0)
