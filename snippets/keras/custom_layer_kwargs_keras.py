# A custom layer whose __init__ takes only its own argument: saving works, loading does not.
import sys

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
print("config keys:", sorted(Scale(3.0).get_config()))  # what load_model passes to __init__
model.save("scale.keras")
print("saved")
try:
    keras.models.load_model("scale.keras")
except TypeError as e:  # the message repeats the config, with object ids; its last line is the cause
    sys.exit(str(e).strip().splitlines()[-1])
