# Requires: keras2/save_keras2_tf2.py
# tf_keras (Keras 2 for TF 2.16+, pip install tf_keras) loads both Keras 2 formats back into a full
# model: architecture, weights, compiled loss and optimizer, ready to train on.
import numpy as np
import tf_keras

x, y, expected = np.load("x.npy"), np.load("y.npy"), np.load("expected.npy")
for path in ("keras2.h5", "keras2_savedmodel"):
    model = tf_keras.models.load_model(path)
    diff = np.abs(model.predict(x, verbose=0) - expected).max()
    print(f"{path}: {type(model).__name__}, loss {model.loss.__name__}, {type(model.optimizer).__name__} "
          f"at step {int(model.optimizer.iterations)}, max abs diff {diff:.1e}")
    before = [w.numpy().copy() for w in model.trainable_weights]
    model.fit(x, y, epochs=1, verbose=0)
    changed = sum(not np.array_equal(b, w.numpy()) for b, w in zip(before, model.trainable_weights))
    print(f"  after one more epoch: step {int(model.optimizer.iterations)}, "
          f"{changed} of {len(before)} trainable weights changed")
