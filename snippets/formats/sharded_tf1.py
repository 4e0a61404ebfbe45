import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# One process, two logical CPU devices: the Session creates /cpu:0 and /cpu:1.
config = tf.ConfigProto(device_count={"CPU": 2})


def save(prefix, devices):
    os.makedirs(os.path.dirname(prefix))  # a sharded Saver does not create it
    with tf.Graph().as_default():
        for i, device in enumerate(devices):
            with tf.device(device):
                tf.Variable(tf.ones([1000 * (i + 1)]), name=f"v{i}")
        # sharded=True: one .data file per device that holds variables.
        saver = tf.train.Saver(sharded=True)
        with tf.Session(config=config) as sess:
            sess.run(tf.global_variables_initializer())
            saver.save(sess, prefix)


save("one_device/model.ckpt", ["/cpu:0", "/cpu:0"])
save("two_devices/model.ckpt", ["/cpu:0", "/cpu:1"])
for folder in ("one_device", "two_devices"):
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".meta"):  # the graph, shown elsewhere
            print(f"{os.path.getsize(os.path.join(folder, name)):>8}  {folder}/{name}")
    print("  variables:", tf.train.list_variables(f"{folder}/model.ckpt"))
