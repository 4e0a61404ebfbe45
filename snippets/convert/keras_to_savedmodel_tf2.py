# Requires: convert/tiny_model.py
# Keras 3 -> SavedModel: model.export writes an inference-only SavedModel (no training state).
import numpy as np
import tensorflow as tf
from tiny_model import inputs, keras_model

model = keras_model()
before = model(inputs()).numpy()
model.export("savedmodel", verbose=False)  # verbose=True would print object ids

loaded = tf.saved_model.load("savedmodel")
serve = loaded.signatures["serving_default"]
print("signature inputs: ", serve.structured_input_signature[1])
print("signature outputs:", serve.structured_outputs)
after = serve(x=tf.constant(inputs()))["output_0"].numpy()
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
