# Requires: security/make_malicious_savedmodel_tf2.py
# Requires: security/make_clean_savedmodel_tf2.py
# Requires: security/make_two_metagraphs_tf1.py
# Needs op_allowlist.py (shown above) in the same folder.
import os

import tensorflow as tf

from op_allowlist import ALLOWED, unexpected_ops_in


def load_checked(path):
    """Load a SavedModel only if none of its graphs uses anything outside the allowlist."""
    bad = unexpected_ops_in(path, ALLOWED)  # reads the protobuf, runs nothing; CannotCheck: refuse
    if bad:
        raise ValueError(f"{path}: refusing to load, unexpected ops {bad}")
    return tf.saved_model.load(path)


with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
x = tf.constant([1.0, 2.0, 3.0])

for path in ("malicious_model", "two_metagraphs", "clean_model"):
    try:
        model = load_checked(path)
    except ValueError as e:
        print(e)
        continue
    y = model.signatures["serving_default"](x=x)["y"].numpy()
    print(f"{path}: loaded, y = {y}, max abs diff from 2x: {abs(y - 2 * x.numpy()).max()}")
print("pwned.txt exists:", os.path.exists("pwned.txt"))
