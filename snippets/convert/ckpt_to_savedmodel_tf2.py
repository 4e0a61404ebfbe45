# Requires: convert/save_ckpt_tf2.py
# TF2 object-based checkpoint -> SavedModel: rebuild the object, restore, tf.saved_model.save.
import numpy as np
import tensorflow as tf
from tiny_model import inputs, keras_model

model = keras_model(with_weights=False)  # the same structure; the checkpoint has no code
tf.train.Checkpoint(model=model).read("ckpt/tiny").assert_consumed()


@tf.function(input_signature=[tf.TensorSpec([None, 32], tf.float32, name="x")])
def serve(x):
    return {"y": model(x)}


tf.saved_model.save(model, "savedmodel", signatures={"serving_default": serve})

loaded = tf.saved_model.load("savedmodel")  # no Python code of the model needed from here on
after = loaded.signatures["serving_default"](x=tf.constant(inputs()))["y"].numpy()
d = np.abs(after - np.load("y_tf2.npy")).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
