import os

import tensorflow as tf

w = tf.Variable(0.0)
ckpt = tf.train.Checkpoint(w=w, step=tf.Variable(0))
manager = tf.train.CheckpointManager(ckpt, "ckpt", max_to_keep=2, checkpoint_name="model")

for _ in range(5):
    w.assign_add(1.0)
    ckpt.step.assign_add(100)
    # checkpoint_number: the number in the file name (default: save_counter).
    print("saved:", manager.save(checkpoint_number=int(ckpt.step)))

for name in sorted(os.listdir("ckpt")):
    print("  ", name)
print("checkpoints:", manager.checkpoints)
print("latest_checkpoint:", manager.latest_checkpoint, "=", tf.train.latest_checkpoint("ckpt"))

# Restore the latest into fresh variables.
fresh = tf.train.Checkpoint(w=tf.Variable(0.0), step=tf.Variable(0))
fresh.restore(manager.latest_checkpoint).assert_consumed()
print("restored w =", fresh.w.numpy(), "step =", fresh.step.numpy())
assert fresh.w.numpy() == w.numpy()
