# Load into the architecture that wrote the file, then copy the layers you want, by name.
import keras
import numpy as np

keras.utils.set_random_seed(0)
saved = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, name="hidden"),
                          keras.layers.Dense(2, name="head")])
saved.save_weights("two.weights.h5")

source = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, name="hidden"),
                           keras.layers.Dense(2, name="head")])
source.load_weights("two.weights.h5")
target = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, name="hidden"),
                           keras.layers.Dense(1, name="new_head")])
target.get_layer("hidden").set_weights(source.get_layer("hidden").get_weights())
same = all(np.array_equal(a, b) for a, b in zip(saved.get_layer("hidden").get_weights(),
                                                  target.get_layer("hidden").get_weights()))
print("hidden layer copied:", same)
