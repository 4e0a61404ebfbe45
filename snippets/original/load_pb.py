import tensorflow as tf

# 加载pb模型

graph = tf.Graph()

with tf.gfile.FastGFile('model.pb', 'rb') as f:

    graph_def = tf.GraphDef()

    graph_def.ParseFromString(f.read())

with graph.as_default():

    tf.import_graph_def(graph_def, name='')

# 使用pb模型进行预测

with tf.Session(graph=graph) as sess:

    inputs = graph.get_tensor_by_name('input:0')

    output = graph.get_tensor_by_name('Add:0')

    result = sess.run(output, feed_dict={inputs: [[1, 2]]})

    print(result)
