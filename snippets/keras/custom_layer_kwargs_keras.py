# A custom layer whose __init__ takes only its own argument: saving works, loading does not.
import keras


@keras.saving.register_keras_serializable()
class Scale(keras.layers.Layer):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


model = keras.Sequential([keras.Input((2,)), Scale(3.0)])
model.save("scale.keras")
print("saved")
keras.models.load_model("scale.keras")
