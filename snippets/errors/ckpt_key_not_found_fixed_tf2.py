# Requires: errata/save_ckpt_tf2.py
import tensorflow as tf

# List the keys first: object path + /.ATTRIBUTES/VARIABLE_VALUE.
for key, shape in tf.train.list_variables("ckpt/model-1"):
    print(key, shape)
reader = tf.train.load_checkpoint("ckpt/model-1")
print(reader.get_tensor("model/w/.ATTRIBUTES/VARIABLE_VALUE"))
