import tensorflow as tf

# Every tf.* name the article's code uses, in order of appearance.
ARTICLE_NAMES = [
    "placeholder",
    "float32",
    "add",
    "train.Saver",
    "Session",
    "global_variables_initializer",
    "saved_model.builder.SavedModelBuilder",
    "Graph",
    "gfile.FastGFile",
    "GraphDef",
    "import_graph_def",
]


def exists(module, dotted):
    """True if module.<dotted> resolves (attribute lookup only, nothing is called)."""
    obj = module
    for part in dotted.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return False
    return True


print(f"TensorFlow {tf.__version__}")
print(f"{'name in the article':<42} {'tf':<4} tf.compat.v1")
for name in ARTICLE_NAMES:
    in_tf = "yes" if exists(tf, name) else "NO"
    # The table's point is the compat module, so this TF2 snippet looks into it on purpose.
    in_v1 = "yes" if exists(tf.compat.v1, name) else "NO"
    print(f"{'tf.' + name:<42} {in_tf:<4} {in_v1}")
