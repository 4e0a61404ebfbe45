import numpy as np
import tensorflow as tf

# ram:// is a file system built into TensorFlow that lives in this process's memory.
# Every TensorFlow file API goes through tf.io.gfile, so a checkpoint can be written there.
model = tf.Module()
model.w = tf.Variable([[1.0, -2.0, 3.0]])
path = tf.train.Checkpoint(model=model).write("ram://ckpt/model")
print("written:", path)
print("ram://ckpt/ holds:", sorted(tf.io.gfile.listdir("ram://ckpt/")))

restored = tf.Module()
restored.w = tf.Variable(tf.zeros([1, 3]))
tf.train.Checkpoint(model=restored).read(path).assert_consumed()
print("restored w:", restored.w.numpy(), "max abs diff:", float(np.abs(restored.w - model.w).max()))
print("supported schemes:", sorted(s for s in tf.io.gfile.get_registered_schemes() if s))
