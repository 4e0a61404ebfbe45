# Requires: checkpoints/save_tf2.py
import re

import tensorflow as tf

# The checkpoint holds model/w (3x2), model/b (2,) and save_counter. Four models restore from it.
ASSERTS = ("assert_consumed", "assert_existing_objects_matched", "assert_nontrivial_match")


def module(**variables):
    m = tf.Module()
    for name, var in variables.items():
        setattr(m, name, var)
    return m


def w(shape=(3, 2), dtype=tf.float32):
    return tf.Variable(tf.zeros(shape, dtype), name="w")


cases = {
    "w and b (same)": module(w=w(), b=tf.Variable(tf.zeros([2]))),
    "w only": module(w=w()),
    "w, b and a new c": module(w=w(), b=tf.Variable(tf.zeros([2])), c=tf.Variable(tf.zeros([4]))),
    "only a new c": module(c=tf.Variable(tf.zeros([4]))),
}
print(f"{'model':<18}" + "".join(f"{a:<33}" for a in ASSERTS).rstrip())
for label, m in cases.items():
    status = tf.train.Checkpoint(model=m).restore("ckpt/model-1")  # no error in any of the four
    row = []
    for name in ASSERTS:
        try:
            getattr(status, name)()
            row.append("passes")
        except AssertionError:
            row.append("AssertionError")
    status.expect_partial()  # the table is the report: no warnings at exit
    print(f"{label:<18}" + "".join(f"{r:<33}" for r in row).rstrip())

# A value that does not fit its variable is another matter: restore() itself raises.
for label, var in (("w of shape (2, 3)", w(shape=(2, 3))), ("w as float64", w(dtype=tf.float64))):
    try:
        tf.train.Checkpoint(model=module(w=var)).restore("ckpt/model-1")
        print(f"{label}: restored")
    except (ValueError, tf.errors.InvalidArgumentError) as e:
        message = re.sub(r"\{\{[^}]*\}\}\s*", "", str(e).splitlines()[0])  # drop the op's location
        print(f"{label}: {type(e).__name__}: {message}")
