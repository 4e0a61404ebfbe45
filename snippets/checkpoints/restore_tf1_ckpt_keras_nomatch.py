# No _keras suffix on purpose: it writes a name-based checkpoint with tf.compat.v1.train.Saver and
# restores it through tf.train.Checkpoint, and TensorFlow logs deprecation notices for both.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)], name="sequential")
# The name of the tf.Variable under each Keras 3 variable.
names = {v.value.name.split(":")[0]: v for v in model.weights}
print("variable names:", sorted(names))

# A name-based (TF1 Saver) checkpoint whose keys are exactly those names; every value is 1.
ones = {name: tf.Variable(tf.ones(v.shape)) for name, v in names.items()}
tf.compat.v1.train.Saver(var_list=ones).save(None, "ones.ckpt")
print("checkpoint keys:", [key for key, _ in tf.train.list_variables("ones.ckpt")])

status = tf.train.Checkpoint(model=model).restore("ones.ckpt")  # no error, no warning on stdout
print("kernel is all ones:", bool(np.all(model.layers[0].kernel.numpy() == 1)))
status.assert_existing_objects_matched()  # only the assert says that nothing was restored
