# A model compiled with a plain Python loss function, saved and loaded elsewhere.
import keras


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred))


model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("adam", loss=my_loss)
model.save("model.keras")
del my_loss  # what a loading script that never defined it sees
keras.models.load_model("model.keras")
