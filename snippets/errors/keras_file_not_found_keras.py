import keras

keras.models.load_model("model.keras")  # no such file in this folder
