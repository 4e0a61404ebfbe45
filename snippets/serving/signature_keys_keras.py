# A Keras 3 export, called the way a client who knows only the layer names would call it.
import keras
import tensorflow as tf

model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, name="score")])
model.export("export", verbose=False)
serving = tf.saved_model.load("export").signatures["serving_default"]
print("inputs: ", serving.structured_input_signature[1])
print("outputs:", serving.structured_outputs)
result = serving(tf.constant([[1.0, 2.0]]))
print(result["score"])
