import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

# 定义模型

x = tf.placeholder(tf.float32, shape=(None,))

y = tf.placeholder(tf.float32, shape=(None,))

z = tf.add(x, y)

# 创建SavedModelBuilder对象

builder = tf.saved_model.builder.SavedModelBuilder('model.pb')

# 保存模型

with tf.Session() as sess:

    sess.run(tf.global_variables_initializer())

    builder.add_meta_graph_and_variables(sess, ['my_model'])

    builder.save()

# Our addition (not in the article): list what was written.
print("is 'model.pb' a directory?", tf.io.gfile.isdir("model.pb"))
for root, dirs, files in sorted(tf.io.gfile.walk("model.pb")):
    print(root + "/" + ("  (empty)" if not dirs and not files else ""))
    for name in sorted(files):
        path = root + "/" + name
        print(f"{tf.io.gfile.stat(path).length:>8}  {path}")
