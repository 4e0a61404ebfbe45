import keras

small = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, kernel_initializer="ones")])
small.save_weights("model.weights.h5")
# The same architecture with 4 units instead of 2.
big = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, kernel_initializer="ones")])
big.load_weights("model.weights.h5")
