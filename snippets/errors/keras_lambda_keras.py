import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda x: x + 1.0)])
model.save("model.keras")
keras.models.load_model("model.keras")
