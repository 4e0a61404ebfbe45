import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The Graph Transform Tool's Python entry point, as TF 1.x tutorials import it.
from tensorflow.tools.graph_transforms import TransformGraph  # noqa: F401
