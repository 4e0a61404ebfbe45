import keras


class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2.0


model = keras.Sequential([keras.Input((3,)), Scale(name="scale")])
model.save("model.h5")  # the legacy HDF5 format
keras.models.load_model("model.h5")
