# Runtime: tf2.21
# The Graph Transform Tool's Python entry point, as TF 1.x tutorials import it.
from tensorflow.tools.graph_transforms import TransformGraph  # noqa: F401
