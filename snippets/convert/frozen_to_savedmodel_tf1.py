# Requires: convert/freeze_tf1.py
# Frozen GraphDef -> SavedModel: import the graph, name its input and output in a signature.
import numpy as np
import tensorflow.compat.v1 as tf
from tiny_model import inputs

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with tf.io.gfile.GFile("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
    x, y = graph.get_tensor_by_name("x:0"), graph.get_tensor_by_name("y:0")
    with tf.Session(graph=graph) as sess:
        before = sess.run(y, feed_dict={x: inputs()})
        builder = tf.saved_model.builder.SavedModelBuilder("savedmodel")
        # No variables to save: the weights are constants inside the graph.
        builder.add_meta_graph_and_variables(
            sess, [tf.saved_model.SERVING],
            signature_def_map={"serving_default": tf.saved_model.signature_def_utils.predict_signature_def(
                inputs={"x": x}, outputs={"y": y})})
        builder.save()

with tf.Graph().as_default(), tf.Session() as sess:
    sig = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], "savedmodel").signature_def["serving_default"]
    after = sess.run(sig.outputs["y"].name, feed_dict={sig.inputs["x"].name: inputs()})
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
