# Requires: distributed/mirrored_save_tf2.py
import numpy as np
import tensorflow as tf

# This time 3 logical CPUs: the checkpoint was written by 2 replicas.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 3)


class Linear(tf.Module):  # the same class as in mirrored_save_tf2.py
    def __init__(self):
        self.w = tf.Variable(tf.zeros([3, 1]), aggregation=tf.VariableAggregation.MEAN)
        self.b = tf.Variable(tf.zeros([1]), aggregation=tf.VariableAggregation.MEAN)

    def __call__(self, x):
        return x @ self.w + self.b


path = tf.train.latest_checkpoint("ckpt")
saved = tf.train.load_checkpoint(path)  # the stored values, read without any model
print("restoring", path)
print("keys:", sorted(k for k, _ in tf.train.list_variables(path) if not k.startswith("_")))

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1", "/cpu:2"])
with strategy.scope():
    mirrored = Linear()
    step = tf.Variable(0, aggregation=tf.VariableAggregation.ONLY_FIRST_REPLICA)
tf.train.Checkpoint(model=mirrored, step=step).restore(path).assert_existing_objects_matched()

plain = Linear()  # outside any strategy: ordinary variables on one device
tf.train.Checkpoint(model=plain).restore(path).expect_partial()  # no "step" here

w_saved = saved.get_tensor("model/w/.ATTRIBUTES/VARIABLE_VALUE")
copies = strategy.experimental_local_results(mirrored.w)
print("replicas:", strategy.num_replicas_in_sync, "step:", step.numpy())
print("w copies equal to the checkpoint:", [bool(np.array_equal(c.numpy(), w_saved)) for c in copies])
print("w (no strategy) equal to the checkpoint:", bool(np.array_equal(plain.w.numpy(), w_saved)))

x = tf.ones([1, 3])
p_mirrored, p_plain = mirrored(x).numpy(), plain(x).numpy()
print("prediction for [1, 1, 1]:", np.round(p_mirrored.ravel(), 4), np.round(p_plain.ravel(), 4))
print("max abs diff:", float(np.abs(p_mirrored - p_plain).max()))
assert np.array_equal(p_mirrored, p_plain)
