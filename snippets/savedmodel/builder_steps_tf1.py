import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def listing(folder):
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs)


os.makedirs("empty/1")  # an existing but empty directory is accepted
with tf.Graph().as_default(), tf.Session() as sess:
    x = tf.placeholder(tf.float32, shape=(None,), name="x")
    y = tf.multiply(x, tf.Variable(2.0, name="w"), name="y")
    sess.run(tf.global_variables_initializer())
    builder = tf.saved_model.builder.SavedModelBuilder("empty/1")
    builder.add_meta_graph_and_variables(sess, [tf.saved_model.SERVING])
    print("after add_meta_graph_and_variables:", listing("empty/1"))
    builder.save()
    print("after save():                      ", listing("empty/1"))

# The check is in the constructor: the directory now exists and is not empty.
try:
    tf.saved_model.builder.SavedModelBuilder("empty/1")
except AssertionError as e:
    print("SavedModelBuilder('empty/1'): AssertionError:", str(e).split(".")[0])
