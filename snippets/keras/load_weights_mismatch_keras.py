# Weights saved from a two-layer model, loaded into models with one layer fewer and one more.
import keras

keras.utils.set_random_seed(0)
saved = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(2)])
saved.save_weights("two.weights.h5")

fewer = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)])
fewer.load_weights("two.weights.h5")
print("one layer fewer: loaded without a word")

more = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(2),
                         keras.layers.Dense(1)])
more.load_weights("two.weights.h5")
