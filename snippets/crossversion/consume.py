# Runtime: tf2.21
# Runtime: tf2.15
# Runtime: tf1.15
# Requires: crossversion/produce.py
# Load every file produce.py wrote, the way code for this release loads it, and compare the output
# with the one the writer computed. tools/crossversion.py runs this with the files of another
# release (one format per process: `python consume.py savedmodel`). Python 3.7 code.
import os
import sys

import numpy as np
import tensorflow as tf

TF1 = tf.__version__.startswith("1.")
v1 = tf.compat.v1
X = np.load("x.npy")
FILES = {"tf1_ckpt": "tf1_ckpt", "tf2_ckpt": "tf2_ckpt", "savedmodel": "savedmodel",
         "frozen": "frozen/frozen.pb", "h5": "model.h5", "keras": "model.keras"}


def graph_with_variables():
    x = v1.placeholder(tf.float32, (None, 4), name="x")
    w, b = v1.Variable(tf.zeros((4, 3)), name="w"), v1.Variable(tf.zeros(3), name="b")
    return x, w, b, tf.nn.relu(tf.matmul(x, w) + b)


def tf1_ckpt():
    with tf.Graph().as_default(), v1.Session() as sess:
        x, _, _, y = graph_with_variables()
        v1.train.Saver().restore(sess, tf.train.latest_checkpoint("tf1_ckpt"))
        return sess.run(y, {x: X})


def tf2_ckpt():
    path = tf.train.latest_checkpoint("tf2_ckpt")
    if TF1:  # graph mode: the restore runs in a Session
        with tf.Graph().as_default(), v1.Session() as sess:
            x, w, b, y = graph_with_variables()
            tf.train.Checkpoint(w=w, b=b).restore(path).assert_consumed().run_restore_ops(sess)
            return sess.run(y, {x: X})
    w, b = tf.Variable(tf.zeros((4, 3))), tf.Variable(tf.zeros(3))
    tf.train.Checkpoint(w=w, b=b).restore(path).assert_consumed()
    return tf.nn.relu(tf.matmul(X, w) + b).numpy()


def savedmodel():
    if TF1:
        with tf.Graph().as_default(), v1.Session() as sess:
            sig = v1.saved_model.loader.load(sess, ["serve"], "savedmodel").signature_def["serving_default"]
            return sess.run(sig.outputs["y"].name, {sig.inputs["x"].name: X})
    return tf.saved_model.load("savedmodel").signatures["serving_default"](x=tf.constant(X))["y"].numpy()


def frozen():
    graph_def = v1.GraphDef()
    with open("frozen/frozen.pb", "rb") as f:
        graph_def.ParseFromString(f.read())
    with open("frozen/io.txt") as f:
        x_name, y_name = f.read().split()
    with tf.Graph().as_default(), v1.Session() as sess:
        v1.import_graph_def(graph_def, name="")
        return sess.run(y_name, {x_name: X})


def h5():
    return tf.keras.models.load_model("model.h5").predict(X, verbose=0)


def keras():
    return tf.keras.models.load_model("model.keras").predict(X, verbose=0)


for name in sys.argv[1:] or list(FILES):
    if not os.path.exists(FILES[name]):
        print(name + ": not written")
        continue
    try:
        diff = np.abs(globals()[name]() - np.load("y_" + name + ".npy")).max()
        print("{}: max abs diff {:.1e}".format(name, diff))
    except Exception as e:  # the cell of the table: the error's type and first line
        print("{}: {}: {}".format(name, type(e).__name__, (str(e).strip().splitlines() or [""])[0]))
