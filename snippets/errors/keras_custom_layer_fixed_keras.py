import keras
import numpy as np


# Registering the class lets Keras find it by name when loading.
@keras.saving.register_keras_serializable(package="demo")
class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2.0


model = keras.Sequential([keras.Input((3,)), Scale(name="scale")])
model.save("model.keras")
loaded = keras.models.load_model("model.keras")
# Without the decorator, pass the class instead: load_model(..., custom_objects={"Scale": Scale})
x = np.ones((1, 3), "float32")
print("max abs diff:", float(np.abs(model.predict(x, verbose=0) - loaded.predict(x, verbose=0)).max()))
