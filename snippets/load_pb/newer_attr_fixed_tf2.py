# Uses compat.v1 graph export on purpose: strip_default_attrs is a MetaGraph/SavedModel-builder option.
# Writers can help older readers: attributes left at their default value are dropped by
# strip_default_attrs, so a reader whose op predates the attribute still accepts the node.
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    x = tf.compat.v1.placeholder(tf.float32, [None], name="x")
    tf.equal(x, 0.0, name="is_zero")  # Equal has incompatible_shape_error (default True) since TF 1.14
    for strip in (False, True):
        meta = tf.compat.v1.train.export_meta_graph(graph=graph, strip_default_attrs=strip)
        node = next(n for n in meta.graph_def.node if n.op == "Equal")
        print(f"strip_default_attrs={strip}: {sorted(node.attr)}")
