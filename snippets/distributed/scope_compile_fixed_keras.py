# Create the model, its optimizer and compile it all inside the scope; save and restore as usual.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])
with strategy.scope():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(keras.optimizers.Adam(), "mse")
model.fit(np.ones((4, 3)), np.ones((4, 1)), verbose=0)
# model.weights[0] is Keras's own Variable either way; .value is the TensorFlow variable inside it.
print(type(model.weights[0]).__name__, type(model.weights[0].value).__name__)
model.save("model.keras")
restored = keras.models.load_model("model.keras")  # outside any scope: plain variables again
print(type(restored.weights[0]).__name__, type(restored.weights[0].value).__name__,
      np.allclose(model.predict(np.ones((1, 3)), verbose=0), restored.predict(np.ones((1, 3)), verbose=0)))
