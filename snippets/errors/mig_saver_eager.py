# No _tf1/_tf2 suffix: TF1's Saver used in a TF2 (eager) program.
import tensorflow as tf

w = tf.Variable(1.0, name="w")
saver = tf.compat.v1.train.Saver()
