import os

import numpy as np
import tensorflow as tf

# Before anything else touches the devices: split the CPU into 2 logical devices.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)


class Linear(tf.Module):
    def __init__(self):
        # MEAN: each replica's update is averaged across replicas, so the copies stay equal.
        self.w = tf.Variable(tf.zeros([3, 1]), aggregation=tf.VariableAggregation.MEAN)
        self.b = tf.Variable(tf.zeros([1]), aggregation=tf.VariableAggregation.MEAN)

    def __call__(self, x):
        return x @ self.w + self.b


strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print("replicas:", strategy.num_replicas_in_sync)
with strategy.scope():  # variables created here are mirrored, one copy per device
    model = Linear()
    step = tf.Variable(0, aggregation=tf.VariableAggregation.ONLY_FIRST_REPLICA)

x = np.random.default_rng(0).normal(size=(64, 3)).astype("float32")
y = x @ np.array([[1.0], [-2.0], [3.0]], "float32") + 0.5
batches = strategy.experimental_distribute_dataset(
    tf.data.Dataset.from_tensor_slices((x, y)).batch(16))  # 8 examples per replica


@tf.function
def train_step(xb, yb):
    def replica_step(xb, yb):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((model(xb) - yb) ** 2)
        for v, g in zip([model.w, model.b], tape.gradient(loss, [model.w, model.b])):
            v.assign_sub(0.1 * g)
        step.assign_add(1)
        return loss
    return strategy.reduce("MEAN", strategy.run(replica_step, args=(xb, yb)), axis=None)


ckpt = tf.train.Checkpoint(model=model, step=step)
manager = tf.train.CheckpointManager(ckpt, "ckpt", max_to_keep=2)
for epoch in range(3):
    for xb, yb in batches:
        loss = train_step(xb, yb)
    print(f"epoch {epoch}: loss {loss.numpy():.4f}, saved", manager.save(checkpoint_number=step))

print("files:", sorted(os.listdir("ckpt")))
print("w =", np.round(model.w.numpy().ravel(), 4), "b =", np.round(model.b.numpy(), 4))
print("prediction for [1, 1, 1]:", np.round(model(tf.ones([1, 3])).numpy().ravel(), 4))
