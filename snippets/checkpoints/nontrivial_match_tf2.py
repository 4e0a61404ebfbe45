import tensorflow as tf

# The same model twice: save() adds a save_counter to the checkpoint, write() does not.
model = tf.Module()
model.w = tf.Variable([1.0, 2.0])
tf.train.Checkpoint(model=model).save("saved/ckpt")
tf.train.Checkpoint(model=model).write("written/ckpt")
for prefix in ("saved/ckpt-1", "written/ckpt"):
    nodes = {key.split("/")[0] for key, _ in tf.train.list_variables(prefix)} - {"_CHECKPOINTABLE_OBJECT_GRAPH"}
    print(f"{prefix:<13} top-level nodes: {sorted(nodes)}")

# A new module with only a c, which the checkpoint has no value for, attached as model= or other=.
print("assert_nontrivial_match():")
for attr in ("model", "other"):
    for prefix, load in (("saved/ckpt-1", "restore"), ("written/ckpt", "read")):
        new = tf.Module()
        new.c = tf.Variable(tf.zeros([4]))
        status = getattr(tf.train.Checkpoint(**{attr: new}), load)(prefix)
        try:
            status.assert_nontrivial_match()
            result = "passes"
        except AssertionError as e:
            result = f"AssertionError: {str(e).split('.')[0]}"
        status.expect_partial()  # the printed result is the report: no warnings at exit
        print(f"  Checkpoint({attr}=new).{load}({prefix!r}): {result}")
