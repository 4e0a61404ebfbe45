import keras


class Scale(keras.layers.Layer):  # a custom layer, not registered with Keras
    def call(self, x):
        return x * 2.0


# (dtype="float32" only keeps a memory address out of the error message)
model = keras.Sequential([keras.Input((3,)), Scale(name="scale", dtype="float32")])
model.save("model.keras")
keras.models.load_model("model.keras")  # Keras cannot find the class "Scale"
