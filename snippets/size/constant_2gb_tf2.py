# Freezing puts weights into the graph as constants; a GraphDef is one protobuf, 2 GB at most.
# A constant just over 2 GB, captured by a traced function (np.zeros allocates lazily: cheap).
import numpy as np
import tensorflow as tf

weights = np.zeros(2**29 + 1, np.float32)  # 2 GiB + 4 bytes
print(f"{weights.nbytes:,} bytes")


@tf.function
def f():
    return tf.constant(weights)


f.get_concrete_function()
