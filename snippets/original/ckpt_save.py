import tensorflow as tf

# 定义模型

x = tf.placeholder(tf.float32, shape=(None,))

y = tf.placeholder(tf.float32, shape=(None,))

z = tf.add(x, y)

# 创建Saver对象

saver = tf.train.Saver()

# 保存模型

with tf.Session() as sess:

    sess.run(tf.global_variables_initializer())

    saver.save(sess, 'model.ckpt')
