import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.save("my_model")  # no extension: Keras 3 wants .keras or .h5
