# Requires: convert/keras_to_savedmodel_tf2.py
# SavedModel -> Keras 3: only wrapped as a layer (TFSMLayer); load_model refuses it.
import keras
import numpy as np
from tiny_model import inputs, keras_model

layer = keras.layers.TFSMLayer("savedmodel", call_endpoint="serving_default")
x = keras.Input(shape=(32,), name="x")
model = keras.Model(x, layer(x))
after = model(inputs())["output_0"].numpy()  # the signature's output dict, as it is
d = np.abs(after - keras_model()(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
