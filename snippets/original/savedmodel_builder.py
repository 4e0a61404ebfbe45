import tensorflow as tf

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
