"""The one model every snippet in convert/ starts from. Keep this file beside them.

y = relu(x @ kernel1 + bias1) @ kernel2 + bias2, with x of shape (batch, 32) and y of (batch, 4).
The weights are fixed numbers, so the Keras model and the TF1 graph built from them are the
same model, and every conversion can be checked against the same output.
"""
import numpy as np

N_IN, N_HIDDEN, N_OUT = 32, 64, 4


def weights():
    """kernel1 (32, 64), bias1 (64,), kernel2 (64, 4), bias2 (4,) as float32 numpy arrays."""
    rng = np.random.default_rng(0)
    return [rng.normal(0, 0.3, (N_IN, N_HIDDEN)).astype(np.float32),
            rng.normal(0, 0.1, N_HIDDEN).astype(np.float32),
            rng.normal(0, 0.3, (N_HIDDEN, N_OUT)).astype(np.float32),
            rng.normal(0, 0.1, N_OUT).astype(np.float32)]


def inputs():
    """The batch every snippet feeds: 5 rows of 32 features."""
    return np.random.default_rng(1).normal(size=(5, N_IN)).astype(np.float32)


def keras_model(with_weights=True):
    """The Keras 3 version; with_weights=False leaves Keras's random initial weights
    (to show that a restore really brings the numbers back)."""
    import keras

    x = keras.Input(shape=(N_IN,), name="x")
    h = keras.layers.Dense(N_HIDDEN, activation="relu", name="hidden")(x)
    y = keras.layers.Dense(N_OUT, name="y")(h)
    model = keras.Model(x, y, name="tiny")
    if with_weights:
        model.set_weights(weights())
    return model


if __name__ == "__main__":
    k1, b1, k2, b2 = weights()
    by_hand = np.maximum(inputs() @ k1 + b1, 0) @ k2 + b2  # the same model in plain numpy
    y = keras_model()(inputs()).numpy()
    print("y =")
    print(np.round(y, 4))
    print(f"max abs diff Keras vs numpy: {np.abs(y - by_hand).max():.1e}")
