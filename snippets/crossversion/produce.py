# Runtime: tf2.21
# Runtime: tf2.15
# Runtime: tf1.15
# One model, y = relu(x @ w + b), saved in every format this TensorFlow writes, the way code for
# this release writes it; tools/crossversion.py then loads each file with the other releases.
# Python 3.7 code, so that it runs on TensorFlow 1.15 too.
import os

import numpy as np
import tensorflow as tf

TF1 = tf.__version__.startswith("1.")
W = np.random.RandomState(0).normal(size=(4, 3)).astype(np.float32)
B = np.random.RandomState(1).normal(size=3).astype(np.float32)
X = np.random.RandomState(2).normal(size=(5, 4)).astype(np.float32)
np.save("x.npy", X)
v1 = tf.compat.v1

# TF1 checkpoint (Saver) and frozen graph, from a graph of placeholders and variables.
with tf.Graph().as_default(), v1.Session() as sess:
    x = v1.placeholder(tf.float32, (None, 4), name="x")
    w, b = v1.Variable(W, name="w"), v1.Variable(B, name="b")
    y = tf.nn.relu(tf.matmul(x, w) + b, name="y")
    sess.run(v1.global_variables_initializer())
    v1.train.Saver().save(sess, "tf1_ckpt/model")
    np.save("y_tf1_ckpt.npy", sess.run(y, {x: X}))
    if TF1:  # TF 2.x code freezes a tf.function instead (below)
        frozen = v1.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y"])
        tf.io.write_graph(frozen, "frozen", "frozen.pb", as_text=False)
        with open("frozen/io.txt", "w") as f:  # the frozen graph's input and output tensors
            f.write("x:0 y:0")
        np.save("y_frozen.npy", sess.run(y, {x: X}))

if TF1:  # TF 1.15: object-based checkpoint and SavedModel from a graph, in a Session
    with tf.Graph().as_default(), v1.Session() as sess:
        x = v1.placeholder(tf.float32, (None, 4), name="x")
        w, b = v1.Variable(W, name="w"), v1.Variable(B, name="b")
        y = tf.nn.relu(tf.matmul(x, w) + b, name="y")
        sess.run(v1.global_variables_initializer())
        tf.train.Checkpoint(w=w, b=b).save("tf2_ckpt/ckpt", session=sess)
        np.save("y_tf2_ckpt.npy", sess.run(y, {x: X}))
        builder = v1.saved_model.builder.SavedModelBuilder("savedmodel")
        sig = v1.saved_model.signature_def_utils.predict_signature_def({"x": x}, {"y": y})
        builder.add_meta_graph_and_variables(sess, ["serve"], {"serving_default": sig})
        builder.save()
        np.save("y_savedmodel.npy", sess.run(y, {x: X}))
else:
    from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

    class Model(tf.Module):
        def __init__(self):
            super().__init__()
            self.w, self.b = tf.Variable(W, name="w"), tf.Variable(B, name="b")

        @tf.function(input_signature=[tf.TensorSpec((None, 4), tf.float32, name="x")])
        def __call__(self, x):
            return {"y": tf.nn.relu(tf.matmul(x, self.w) + self.b)}

    model = Model()
    tf.train.Checkpoint(w=model.w, b=model.b).save("tf2_ckpt/ckpt")
    np.save("y_tf2_ckpt.npy", model(X)["y"].numpy())
    tf.saved_model.save(model, "savedmodel", signatures=model.__call__.get_concrete_function())
    np.save("y_savedmodel.npy", model(X)["y"].numpy())
    frozen = convert_variables_to_constants_v2(model.__call__.get_concrete_function())
    tf.io.write_graph(frozen.graph.as_graph_def(), "frozen", "frozen.pb", as_text=False)
    with open("frozen/io.txt", "w") as f:  # the names convert_variables_to_constants_v2 gave them
        f.write(" ".join([frozen.inputs[0].name, frozen.outputs[0].name]))
    np.save("y_frozen.npy", model(X)["y"].numpy())

# Keras: .h5 everywhere, .keras where the release has it (Keras 2.13+, so not TF 1.15).
keras_model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(3, activation="relu")])
keras_model.set_weights([W, B])
keras_model.save("model.h5")
np.save("y_h5.npy", keras_model.predict(X, verbose=0))
if not TF1:
    keras_model.save("model.keras")
    np.save("y_keras.npy", keras_model.predict(X, verbose=0))

print("TensorFlow", tf.__version__, "wrote:")
for folder, _, files in sorted(os.walk(".")):
    for name in sorted(files):
        if folder != "." or name.startswith("model."):  # the model files, not the .npy check data
            print(" ", os.path.join(folder, name)[2:])
