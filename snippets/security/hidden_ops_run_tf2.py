# Requires: security/make_hidden_ops_savedmodels_tf2.py
# Needs op_allowlist.py (shown below) in the same folder.
import tensorflow as tf

from op_allowlist import ALLOWED, unexpected_ops_in

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
for path in ("branch_model", "hidden_model"):
    print(f"op_allowlist, {path}: unexpected ops {unexpected_ops_in(path, ALLOWED)}")

# What saved_model_cli scan passed, run: the branch through the signature, the hidden function by name.
branch = tf.saved_model.load("branch_model")
y = branch.signatures["serving_default"](x=tf.constant([1.0, 2.0]), flag=tf.constant(True))["y"]
print("branch_model: y =", y.numpy(), "| pwned.txt:", open("pwned.txt").read().strip())
hidden = tf.saved_model.load("hidden_model")
print("hidden_model.read('secret.txt'):", hidden.read(tf.constant("secret.txt")).numpy().decode().strip())
