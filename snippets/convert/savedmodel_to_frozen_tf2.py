# Requires: convert/keras_to_savedmodel_tf2.py
# SavedModel -> frozen GraphDef in TF2: freeze the serving signature's concrete function.
import numpy as np
import tensorflow as tf
from tiny_model import inputs

# Not public API (TF2 has no public freezing function); it may move between releases.
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

loaded = tf.saved_model.load("savedmodel")  # keep a reference: it owns the variables
serve = loaded.signatures["serving_default"]
before = serve(x=tf.constant(inputs()))["output_0"].numpy()
frozen_func = convert_variables_to_constants_v2(serve)
graph_def = frozen_func.graph.as_graph_def()
tf.io.write_graph(graph_def, ".", "frozen.pb", as_text=False)
# These names are what a user of frozen.pb has to know: nothing else records them.
print("inputs: ", [t.name for t in frozen_func.inputs])
print("outputs:", [t.name for t in frozen_func.outputs])

# Load frozen.pb back as load-pb.md shows: wrap_function + prune (compat.v1: TF1-era format).
loaded_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    loaded_def.ParseFromString(f.read())
wrapped = tf.compat.v1.wrap_function(lambda: tf.graph_util.import_graph_def(loaded_def, name=""), [])
predict = wrapped.prune(feeds=wrapped.graph.as_graph_element(frozen_func.inputs[0].name),
                        fetches=wrapped.graph.as_graph_element(frozen_func.outputs[0].name))
d = np.abs(predict(tf.constant(inputs())).numpy() - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
