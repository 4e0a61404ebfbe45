import platform

import keras
import numpy as np
import tensorflow as tf

# The versions every snippet on this site was run with.
print("Python     ", ".".join(platform.python_version_tuple()[:2]))
print("TensorFlow ", tf.__version__)
print("Keras      ", keras.__version__)
print("NumPy      ", np.__version__)
print("GPUs       ", len(tf.config.list_physical_devices("GPU")))
