import tensorflow as tf

# Without the tensorflow-io package, TensorFlow has no file system for s3:// (nor hdfs://).
# No request leaves the machine: the scheme is refused before any network access.
tf.io.gfile.exists("s3://bucket/ckpt/model.index")
