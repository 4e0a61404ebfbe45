# For inference the loss is not needed: compile=False skips it. To train on, pass it back.
import keras


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred))


model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile("adam", loss=my_loss)
model.save("model.keras")

for_inference = keras.models.load_model("model.keras", compile=False)
print("compile=False: compiled =", for_inference.compiled)
to_train = keras.models.load_model("model.keras", custom_objects={"my_loss": my_loss})
print("custom_objects: loss =", to_train.loss.__name__)
