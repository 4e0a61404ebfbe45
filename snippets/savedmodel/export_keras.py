import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,), name="x"),
                          keras.layers.Dense(4, activation="relu"),
                          keras.layers.Dense(2, activation="softmax")])
batch = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)
before = model.predict(batch, verbose=0)

# export(): a SavedModel for inference only (no optimizer, no Keras config).
model.export("exported/1", verbose=False)

loaded = tf.saved_model.load("exported/1")
print("endpoints:", sorted(loaded.signatures.keys()))
serve_default = loaded.signatures["serving_default"]
print("serving_default inputs:", serve_default.structured_input_signature[1])
print("serving_default returns:", sorted(serve_default(x=batch).keys()))  # bare tensor -> output_0
# loaded.serve is the tf.function itself: call it positionally, get a tensor back.
after = loaded.serve(batch).numpy()
print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after, atol=1e-6)
