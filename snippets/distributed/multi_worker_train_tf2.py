# One worker of a MultiWorkerMirroredStrategy cluster; multi_worker_run.py starts two of them.
# Run alone (no TF_CONFIG) it is a cluster of one worker.
import json
import os

import numpy as np
import tensorflow as tf

strategy = tf.distribute.MultiWorkerMirroredStrategy()  # reads TF_CONFIG
task = json.loads(os.environ.get("TF_CONFIG", "{}")).get("task", {})
task_type, task_id = task.get("type"), task.get("index", 0)
is_chief = task_type in (None, "chief") or (task_type == "worker" and task_id == 0)

with strategy.scope():
    w = tf.Variable(tf.zeros([3, 1]), aggregation=tf.VariableAggregation.MEAN)
    step = tf.Variable(0, aggregation=tf.VariableAggregation.ONLY_FIRST_REPLICA)
ckpt = tf.train.Checkpoint(w=w, step=step)

# Every worker restores from the chief's checkpoint folder (a shared file system in real life).
latest = tf.train.latest_checkpoint("ckpt")
if latest:
    ckpt.restore(latest)
print("restored:", latest, "step", step.numpy())

x = np.random.default_rng(0).normal(size=(64, 3)).astype("float32")
y = x @ np.array([[1.0], [-2.0], [3.0]], "float32")
data = tf.data.Dataset.from_tensor_slices((x, y)).batch(16).repeat()
options = tf.data.Options()
options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
batches = iter(strategy.experimental_distribute_dataset(data.with_options(options)))


@tf.function
def train_step(it):
    def replica_step(xb, yb):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((xb @ w - yb) ** 2)
        w.assign_sub(0.1 * tape.gradient(loss, w))  # averaged over all replicas of all workers
        step.assign_add(1)
        return loss
    return strategy.reduce("MEAN", strategy.run(replica_step, args=next(it)), axis=None)


for _ in range(4):
    loss = train_step(batches)

# Every worker must call save (saving is a collective operation), but only the chief writes
# the real checkpoint; the others write to a temporary folder and delete it.
directory = "ckpt" if is_chief else f"ckpt_tmp_worker{task_id}"
manager = tf.train.CheckpointManager(ckpt, directory, max_to_keep=1)
saved = manager.save(checkpoint_number=step)
if not is_chief:
    tf.io.gfile.rmtree(directory)
print("step", step.numpy(), "loss", f"{loss.numpy():.4f}", "w", np.round(w.numpy().ravel(), 4))
print("saved:", saved if is_chief else f"{saved} (deleted)")
