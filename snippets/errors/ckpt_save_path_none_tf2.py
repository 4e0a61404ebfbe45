import tensorflow as tf

model = tf.Module()
model.w = tf.Variable(0.0, name="w")
path = tf.train.latest_checkpoint("checkpoints")  # no checkpoint there: None
# restore(None) does nothing, silently; the assertion says so.
tf.train.Checkpoint(model=model).restore(path).assert_consumed()
