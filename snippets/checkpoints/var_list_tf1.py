import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable([1.0, 2.0], name="dense/w")
b = tf.Variable([0.5], name="dense/b")
step = tf.Variable(7, name="step")

# A list: save only these variables, under their own names.
subset = tf.train.Saver(var_list=[w, b])
# A dict: the keys are the names written into the checkpoint.
renamed = tf.train.Saver(var_list={"layer1/kernel": w, "layer1/bias": b})

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    subset.save(sess, "subset/model.ckpt")
    renamed.save(sess, "renamed/model.ckpt")

print("list:", tf.train.list_variables("subset/model.ckpt"))
print("dict:", tf.train.list_variables("renamed/model.ckpt"))

# Restoring from the renamed checkpoint needs the same dict.
with tf.Session() as sess:
    renamed.restore(sess, "renamed/model.ckpt")
    print("restored dense/w:", sess.run(w))
