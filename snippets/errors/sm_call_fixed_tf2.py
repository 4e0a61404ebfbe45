# Requires: errata/savedmodel_tf2.py
import tensorflow as tf

serve = tf.saved_model.load("export/1").signatures["serving_default"]
# What the signature takes: keyword names, dtypes and shapes.
args, kwargs = serve.structured_input_signature
for name, spec in sorted(kwargs.items()):
    print(name, spec)
x = tf.cast(tf.constant([1, 2]), tf.float32)  # cast to the dtype it wants
y = tf.cast(tf.constant([3, 4]), tf.float32)
print(serve(x=x, y=y))
