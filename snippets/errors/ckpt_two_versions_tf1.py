import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Two versions of one model, each saved with tf.train.Saver (checkpoint + .meta graph):
# v1: y = x * w, w of shape (2,); v2: w of shape (3,) and a new bias b.
for folder, n, with_bias in (("v1", 2, False), ("v2", 3, True)):
    with tf.Graph().as_default(), tf.Session() as sess:
        x = tf.placeholder(tf.float32, shape=(None, n), name="x")
        y = x * tf.Variable(tf.ones([n]), name="w")
        if with_bias:
            y = y + tf.Variable(tf.zeros([n]), name="b")
        tf.identity(y, name="y")
        sess.run(tf.global_variables_initializer())
        tf.train.Saver().save(sess, folder + "/model.ckpt")
    print(folder, tf.train.list_variables(folder + "/model.ckpt"))
