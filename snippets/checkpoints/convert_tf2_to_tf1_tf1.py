# Requires: checkpoints/save_tf2.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Object-based -> name-based: variables with the names we choose, values from the keys.
source = tf.train.latest_checkpoint("ckpt")
reader = tf.train.NewCheckpointReader(source)
names = {"w": "model/w/.ATTRIBUTES/VARIABLE_VALUE", "b": "model/b/.ATTRIBUTES/VARIABLE_VALUE"}
variables = [tf.Variable(reader.get_tensor(key), name=name) for name, key in names.items()]

saver = tf.train.Saver(variables)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("saved:", saver.save(sess, "converted/model.ckpt"))
print(tf.train.list_variables("converted/model.ckpt"))

# Round trip: same numbers under the new names.
for name, key in names.items():
    diff = np.abs(tf.train.load_variable("converted/model.ckpt", name) - reader.get_tensor(key)).max()
    print(f"{name}: max abs diff {diff}")
    assert diff == 0
