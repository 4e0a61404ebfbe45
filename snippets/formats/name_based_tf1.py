import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None, 2), name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
b = tf.Variable([0.5], name="b")
y = tf.add(tf.matmul(x, w), b, name="y")

saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saver.save(sess, "ckpt/model.ckpt")

for name in sorted(os.listdir("ckpt")):
    print(f"{os.path.getsize(os.path.join('ckpt', name)):>8}  ckpt/{name}")

# .index + .data-*: variable values only, looked up by name.
print("values:", tf.train.list_variables("ckpt/model.ckpt"))
# .meta: a MetaGraphDef, i.e. the graph (with the Saver's own ops), and no signature.
meta = tf.MetaGraphDef()
with open("ckpt/model.ckpt.meta", "rb") as f:
    meta.ParseFromString(f.read())
print(".meta nodes:", len(meta.graph_def.node), "signatures:", len(meta.signature_def))
