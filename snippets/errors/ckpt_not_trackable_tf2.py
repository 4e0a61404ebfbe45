import tensorflow as tf

# A Python int is not state TensorFlow can save; a tf.Variable is.
ckpt = tf.train.Checkpoint(step=0)
