# Export a signature whose input and output keys are names you chose.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, name="score")])


@tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32, name="features")])
def serve(features):
    return {"score": model(features)}


export = tf.Module()
export.model = model  # keeps the variables in the SavedModel
tf.saved_model.save(export, "export", signatures={"serving_default": serve})

serving = tf.saved_model.load("export").signatures["serving_default"]
print("inputs: ", serving.structured_input_signature[1])
print("outputs:", serving.structured_outputs)
x = np.array([[1.0, 2.0]], np.float32)
print(np.round(serving(features=tf.constant(x))["score"].numpy(), 4), np.round(model(x).numpy(), 4))
