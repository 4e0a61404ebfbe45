# Accept **kwargs and pass them on: Keras gives the layer back its name, dtype and trainable flag.
import keras
import numpy as np


@keras.saving.register_keras_serializable()
class Scale(keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


model = keras.Sequential([keras.Input((2,)), Scale(3.0)])
model.save("scale.keras")
restored = keras.models.load_model("scale.keras")
print(restored.layers[-1].factor, restored.predict(np.array([[1.0, 2.0]]), verbose=0))
