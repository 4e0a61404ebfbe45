# A GraphDef records the GraphDef version of the TensorFlow that wrote it (versions.producer) and
# the oldest GraphDef version allowed to read it (versions.min_consumer): numbers, not releases.
# We raise it by hand, as a much newer writer would, to show the reader's message.
import sys

import tensorflow as tf


@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def f(x):
    return x + 1.0


graph_def = f.get_concrete_function().graph.as_graph_def()
print("producer:", graph_def.versions.producer, "min_consumer:", graph_def.versions.min_consumer)
print(f"TensorFlow {tf.__version__}: tf.version.GRAPH_DEF_VERSION = {tf.version.GRAPH_DEF_VERSION}")
graph_def.versions.min_consumer = 100000
with tf.Graph().as_default():
    try:
        tf.import_graph_def(graph_def, name="")
    except ValueError as e:  # the message only: the traceback passes through TF's argument checks
        sys.exit(str(e))
