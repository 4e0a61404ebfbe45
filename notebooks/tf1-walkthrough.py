# %% [markdown] lang="zh"
# # TF1 全流程：训练 → 检查点 → 冻结图 → SavedModel → TFLite { #tf1-walkthrough }
#
# 用 TF1 风格（`tensorflow.compat.v1`，图 + 会话（Session））训练一个小模型，然后依次保存为检查点（checkpoint / ckpt）、冻结图（frozen GraphDef，`.pb`）、SavedModel 和 TFLite 模型。每一步都在新图里重新加载，把输出和训练后的模型逐个比较：最大绝对误差（max abs diff）超出容差就直接报错。
#
# 本页的输出是构建网站时真实运行这个 notebook 得到的。所有文件都写在一个新建的临时空目录里。

# %% [markdown] lang="en"
# # TF1 walkthrough: train → checkpoint → frozen graph → SavedModel → TFLite { #tf1-walkthrough }
#
# A small model trained in TF1 style (`tensorflow.compat.v1`, a graph and a Session), then saved
# as a checkpoint, a frozen GraphDef (`.pb`), a SavedModel and a TFLite model. After every step
# the model is loaded again in a new graph and its output compared with the trained model's:
# a max abs diff above the tolerance stops the notebook with an error.
#
# The outputs on this page come from running the notebook while the site was built. Every file
# goes to a new, empty temporary folder.

# %% [markdown] lang="zh"
# ## 准备 { #setup }
#
# compat.v1 的 API 会通过 Python 日志打印弃用提示，`tf.get_logger()` 把它们调到 ERROR，输出里只留下要看的数字。在 Colab 上，第一格会装上 Colab 没有预装的 LiteRT 解释器（版本与本站相同）。

# %% [markdown] lang="en"
# ## Setup { #setup }
#
# The compat.v1 APIs log deprecation notices through Python logging; `tf.get_logger()` turns
# them down to ERROR so that the outputs show only the numbers. On Colab, the first cell installs
# the LiteRT interpreter, which Colab lacks (the version this site uses).

# %%
import importlib.util
import os
import subprocess
import sys
import tempfile

if importlib.util.find_spec("google.colab"):
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "ai-edge-litert==2.3.0"], check=True)
os.chdir(tempfile.mkdtemp())

# %%
import numpy as np
import tensorflow.compat.v1 as tf

tf.get_logger().setLevel("ERROR")
tf.disable_v2_behavior()
print("TensorFlow", tf.__version__)


def compare(step, got, want, tol=1e-6):
    """Print the max abs diff between two outputs; stop if it is above tol."""
    diff = np.abs(np.asarray(got) - np.asarray(want)).max()
    print(f"{step}: max abs diff {diff:.1e}")
    assert diff <= tol, f"{step} changed the model's output"

# %% [markdown] lang="zh"
# ## 训练 { #train }
#
# 线性回归：数据由 `y = 2a - b + 0.5c + 0.3` 生成，训练后权重应当接近 `[2, -1, 0.5]`，偏置接近 `0.3`。输入、输出都起了名字（`x`、`y`），后面每种格式都靠这两个名字找到它们。`y_trained` 是训练好的模型在 4 行测试数据上的输出，后面每一步都和它比较。

# %% [markdown] lang="en"
# ## Train { #train }
#
# Linear regression on data made by `y = 2a - b + 0.5c + 0.3`: after training the weights should
# be close to `[2, -1, 0.5]` and the bias close to `0.3`. The input and output have names (`x`,
# `y`): every format below finds them by these names. `y_trained`, the trained model's output
# on 4 test rows, is what every later step is compared with.

# %%
rng = np.random.default_rng(0)
x_train = rng.normal(size=(256, 3)).astype(np.float32)
y_train = x_train @ np.array([[2.0], [-1.0], [0.5]], np.float32) + 0.3
x_test = rng.normal(size=(4, 3)).astype(np.float32)

x = tf.placeholder(tf.float32, [None, 3], name="x")
target = tf.placeholder(tf.float32, [None, 1], name="target")
w = tf.get_variable("w", [3, 1], initializer=tf.zeros_initializer())
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
y = tf.add(tf.matmul(x, w), b, name="y")
loss = tf.reduce_mean(tf.square(y - target))
train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
saver = tf.train.Saver()

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(101):
        _, value = sess.run([train_op, loss], {x: x_train, target: y_train})
        if step % 25 == 0:
            print(f"step {step:3d}  loss {value:.6f}")
    print("w =", np.round(sess.run(w).ravel(), 4), " b =", np.round(sess.run(b), 4))
    y_trained = sess.run(y, {x: x_test})
    prefix = saver.save(sess, "ckpt/model")
print("y_trained =", np.round(y_trained.ravel(), 4))

# %% [markdown] lang="zh"
# ## 检查点 { #checkpoint }
#
# `saver.save` 返回的是前缀（prefix），不是文件名：一个检查点由 `.index`、`.data-*` 两类文件组成，`.meta` 是图结构。恢复时先用 `import_meta_graph` 在新图里重建图，再用同一个前缀恢复变量。

# %% [markdown] lang="en"
# ## Checkpoint { #checkpoint }
#
# `saver.save` returns a prefix, not a file name: the checkpoint is the `.index` and `.data-*`
# files, and `.meta` holds the graph. To restore, `import_meta_graph` rebuilds the graph in a new
# one, then the same prefix restores the variables.

# %%
print("prefix:", prefix)
print("files: ", sorted(os.listdir("ckpt")))

with tf.Graph().as_default(), tf.Session() as sess:
    tf.train.import_meta_graph(prefix + ".meta").restore(sess, prefix)
    compare("checkpoint", sess.run("y:0", {"x:0": x_test}), y_trained)

# %% [markdown] lang="zh"
# ## 冻结图 { #freeze }
#
# `convert_variables_to_constants` 把变量换成常量，只保留计算 `y` 需要的节点：训练用的 `target`、损失和优化器都不在冻结图里。

# %% [markdown] lang="en"
# ## Frozen graph { #freeze }
#
# `convert_variables_to_constants` turns the variables into constants and keeps only the nodes
# that `y` needs: `target`, the loss and the optimizer are not in the frozen graph.

# %%
with tf.Graph().as_default(), tf.Session() as sess:
    tf.train.import_meta_graph(prefix + ".meta").restore(sess, prefix)
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph.as_graph_def(), ["y"])
tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)
print("nodes:", [(node.name, node.op) for node in frozen.node])

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
with tf.Session(graph=graph) as sess:
    compare("frozen .pb", sess.run("y:0", {"x:0": x_test}), y_trained)

# %% [markdown] lang="zh"
# ## SavedModel { #savedmodel }
#
# 冻结图没有签名（signature），要用 `SavedModelBuilder` 把输入、输出的名字写进一个 `serving_default` 签名。冻结图里已经没有变量，所以 `variables/` 是个空目录：里面一个检查点文件也没有（见下面的输出）。加载时像服务端那样按标签和签名找张量。

# %% [markdown] lang="en"
# ## SavedModel { #savedmodel }
#
# A frozen graph has no signature: `SavedModelBuilder` writes the input and output names into a
# `serving_default` signature. The frozen graph has no variables left, so `variables/` is an
# empty directory: no checkpoint file at all (see the output below). Loading finds the tensors the
# way a server does: by tag and signature.

# %%
with tf.Session(graph=graph) as sess:
    builder = tf.saved_model.builder.SavedModelBuilder("savedmodel")
    builder.add_meta_graph_and_variables(
        sess, [tf.saved_model.SERVING],
        signature_def_map={"serving_default": tf.saved_model.signature_def_utils.predict_signature_def(
            inputs={"x": graph.get_tensor_by_name("x:0")}, outputs={"y": graph.get_tensor_by_name("y:0")})})
    builder.save()
print("files:", sorted(os.listdir("savedmodel")), "| variables/:", sorted(os.listdir("savedmodel/variables")))

with tf.Graph().as_default(), tf.Session() as sess:
    meta = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], "savedmodel")
    sig = meta.signature_def["serving_default"]
    compare("SavedModel", sess.run(sig.outputs["y"].name, {sig.inputs["x"].name: x_test}), y_trained)

# %% [markdown] lang="zh"
# ## TFLite { #tflite }
#
# TF1 的转换器 `tf.lite.TFLiteConverter.from_saved_model` 直接读这个 SavedModel。运行 `.tflite` 用 LiteRT 解释器（`pip install ai-edge-litert`），它取代了 `tf.lite.Interpreter`。批大小在转换时固定为 1，所以先把输入改成 4 行再分配张量。

# %% [markdown] lang="en"
# ## TFLite { #tflite }
#
# The TF1 converter `tf.lite.TFLiteConverter.from_saved_model` reads this SavedModel. The
# `.tflite` file runs on the LiteRT interpreter (`pip install ai-edge-litert`), which replaces
# `tf.lite.Interpreter`. The converter fixes the batch size to 1, so the input is resized to
# 4 rows before the tensors are allocated.

# %%
from ai_edge_litert.interpreter import Interpreter

converter = tf.lite.TFLiteConverter.from_saved_model("savedmodel")
with open("model.tflite", "wb") as f:
    f.write(converter.convert())

interpreter = Interpreter(model_path="model.tflite")
(inp,), (out,) = interpreter.get_input_details(), interpreter.get_output_details()
print("input:", inp["name"], inp["shape"], " output:", out["name"], out["shape"])
interpreter.resize_tensor_input(inp["index"], list(x_test.shape))
interpreter.allocate_tensors()
interpreter.set_tensor(inp["index"], x_test)
interpreter.invoke()
compare("TFLite", interpreter.get_tensor(out["index"]), y_trained, tol=1e-5)

# %% [markdown] lang="zh"
# ## 结果 { #result }
#
# 四种格式给出的输出与训练好的模型一致（误差都在容差以内）。目录里留下的文件：

# %% [markdown] lang="en"
# ## Result { #result }
#
# All four formats give the trained model's output (every diff within its tolerance). The files
# left in the folder:

# %%
for root, _, names in sorted(os.walk(".")):
    for name in sorted(names):
        path = os.path.join(root, name)
        print(f"{os.path.getsize(path):>8,d}  {path[2:]}")
