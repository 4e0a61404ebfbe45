import os
import shutil

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable(2.0, name="w")
saver = tf.train.Saver()  # save_relative_paths=False, the default
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saver.save(sess, "rel/model.ckpt")  # a relative prefix
    saver.save(sess, os.path.abspath("abs/model.ckpt"))  # an absolute prefix

for folder in ("rel", "abs"):
    with open(os.path.join(folder, "checkpoint")) as f:
        print(f"{folder}/checkpoint: {f.readline().strip()}")

# Move both folders: only the relative entry still leads to the checkpoint.
for folder in ("rel", "abs"):
    shutil.move(folder, f"moved_{folder}")
    try:
        found = tf.train.latest_checkpoint(f"moved_{folder}")
    except tf.errors.NotFoundError as e:  # TF 1.15 looks for the old folder and raises
        found = f"NotFoundError: {e.message}"
    print(f"latest_checkpoint('moved_{folder}'): {found}")
