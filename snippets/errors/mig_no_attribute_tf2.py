import tensorflow as tf

# TF1 names that TF 2.21 no longer has at the top level.
for name in ["placeholder", "Session", "gfile", "GraphDef", "get_variable",
             "global_variables_initializer", "contrib", "estimator"]:
    try:
        getattr(tf, name)
    except AttributeError as e:
        print(f"AttributeError: {e}")
    print(f"  tf.compat.v1.{name} exists:", hasattr(tf.compat.v1, name))
