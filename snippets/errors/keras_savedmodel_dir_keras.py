import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.export("export", verbose=False)  # a TensorFlow SavedModel directory
keras.models.load_model("export")
