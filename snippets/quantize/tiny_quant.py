"""Shared by the quantization snippets: a small trained regression model and its data."""
import keras
import numpy as np


def data(n=256, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (n, 16)).astype(np.float32)
    y = np.sin(x[:, :4].sum(axis=1, keepdims=True)).astype(np.float32)
    return x, y


def trained_model():
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((16,)), keras.layers.Dense(64, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile("adam", "mse")
    x, y = data()
    model.fit(x, y, epochs=30, batch_size=32, verbose=0)
    return model
