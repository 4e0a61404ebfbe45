# %% [markdown] lang="zh"
# # TF2 / Keras 3 全流程：训练 → 检查点 → SavedModel → ONNX 与 TFLite { #tf2-walkthrough }
#
# 用 Keras 3 训练一个小模型，保存为检查点（checkpoint / ckpt），导出 SavedModel，再从 SavedModel 转换成 ONNX（tf2onnx，用 onnxruntime 运行）和 TFLite（用 LiteRT 解释器运行）。每一步都把加载后的输出和训练好的模型比较：最大绝对误差（max abs diff）超出容差就直接报错。
#
# 本页的输出是构建网站时真实运行这个 notebook 得到的。所有文件都写在一个新建的临时空目录里。

# %% [markdown] lang="en"
# # TF2 / Keras 3 walkthrough: train → checkpoint → SavedModel → ONNX and TFLite { #tf2-walkthrough }
#
# A small Keras 3 model, trained, saved as a checkpoint, exported as a SavedModel, and converted
# from that SavedModel to ONNX (tf2onnx, run with onnxruntime) and to TFLite (run with the LiteRT
# interpreter). After every step the loaded model's output is compared with the trained
# model's: a max abs diff above the tolerance stops the notebook with an error.
#
# The outputs on this page come from running the notebook while the site was built. Every file
# goes to a new, empty temporary folder.

# %% [markdown] lang="zh"
# ## 准备 { #setup }
#
# onnxruntime 1.31 默认会在 `~/.cache/Microsoft/` 下写设备 ID 和事件数据库，`ORT_DISABLE_TELEMETRY` 必须在 `import onnxruntime` 之前设置。在 Colab 上，第一格会装上 Colab 没有预装的三个包（版本与本站相同）。

# %% [markdown] lang="en"
# ## Setup { #setup }
#
# onnxruntime 1.31 writes a device id and an event database under `~/.cache/Microsoft/` unless
# `ORT_DISABLE_TELEMETRY` is set before `import onnxruntime`. On Colab, the first cell installs
# the three packages Colab lacks (the versions this site uses).

# %%
import importlib.util
import os
import subprocess
import sys
import tempfile

if importlib.util.find_spec("google.colab"):
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "tf2onnx==1.17.0",
                    "onnxruntime==1.31.1", "ai-edge-litert==2.3.0"], check=True)
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.chdir(tempfile.mkdtemp())

# %%
import keras
import numpy as np
import tensorflow as tf

tf.get_logger().setLevel("ERROR")  # no INFO lines such as "Assets written to: ..."
print("TensorFlow", tf.__version__, " Keras", keras.__version__)


def compare(step, got, want, tol=1e-6):
    """Print the max abs diff between two outputs; stop if it is above tol."""
    diff = np.abs(np.asarray(got) - np.asarray(want)).max()
    print(f"{step}: max abs diff {diff:.1e}")
    assert diff <= tol, f"{step} changed the model's output"

# %% [markdown] lang="zh"
# ## 训练 { #train }
#
# 一个两层的小网络拟合 `y = sin(a) + b·c - 0.5d`。`make_model()` 只建结构、不带训练结果，后面恢复检查点时再调用一次，证明数字确实是从检查点里读回来的。

# %% [markdown] lang="en"
# ## Train { #train }
#
# A small two-layer network fits `y = sin(a) + b·c - 0.5d`. `make_model()` builds the structure
# only; it is called again to restore the checkpoint, which shows that the numbers really come
# back from the checkpoint.

# %%
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x_train = rng.normal(size=(512, 4)).astype("float32")
a, b, c, d = x_train.T
y_train = (np.sin(a) + b * c - 0.5 * d)[:, None]
x_test = rng.normal(size=(4, 4)).astype("float32")


def make_model():
    inputs = keras.Input(shape=(4,), name="x")
    hidden = keras.layers.Dense(16, activation="relu", name="hidden")(inputs)
    return keras.Model(inputs, keras.layers.Dense(1, name="y")(hidden))


model = make_model()
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
history = model.fit(x_train, y_train, epochs=40, batch_size=64, verbose=0)
print("loss: first epoch", round(history.history["loss"][0], 4), " last epoch", round(history.history["loss"][-1], 4))
y_trained = model.predict(x_test, verbose=0)
print("y_trained =", np.round(y_trained.ravel(), 4))

# %% [markdown] lang="zh"
# ## 检查点 { #checkpoint }
#
# `tf.train.Checkpoint` 按对象结构保存变量（优化器的状态也一起保存，续训要用）。恢复到一个新建的、权重随机的模型上；`assert_existing_objects_matched()` 确认新模型的每个变量都在检查点里找到了值，`expect_partial()` 表示有意不恢复优化器状态（只做推理），否则 TensorFlow 会在对象回收时打印警告。

# %% [markdown] lang="en"
# ## Checkpoint { #checkpoint }
#
# `tf.train.Checkpoint` saves the variables by object structure (the optimizer's state too, which
# resuming training needs). It is restored into a new model with random weights;
# `assert_existing_objects_matched()` confirms every variable of the new model found its value,
# and `expect_partial()` says the optimizer's state is left out on purpose (inference only);
# without it TensorFlow logs a warning when the checkpoint object is garbage-collected.

# %%
path = tf.train.Checkpoint(model=model, optimizer=model.optimizer).write("ckpt/model")
print("files:", sorted(os.listdir("ckpt")))

restored = make_model()
compare("new model, before restore", restored.predict(x_test, verbose=0), y_trained, tol=float("inf"))
status = tf.train.Checkpoint(model=restored).read(path)
status.assert_existing_objects_matched().expect_partial()  # the optimizer's state is not needed here
compare("checkpoint", restored.predict(x_test, verbose=0), y_trained)

# %% [markdown] lang="zh"
# ## SavedModel { #savedmodel }
#
# Keras 3 的 `model.export` 写出只用于推理的 SavedModel，签名（signature）是 `serving_default`。加载它只需要 TensorFlow，不需要 Keras，也不需要 `make_model()` 的代码。

# %% [markdown] lang="en"
# ## SavedModel { #savedmodel }
#
# Keras 3's `model.export` writes an inference-only SavedModel with a `serving_default`
# signature. Loading it needs TensorFlow only: neither Keras nor the code of `make_model()`.

# %%
model.export("savedmodel", verbose=False)
print("files:", sorted(os.listdir("savedmodel")))

loaded = tf.saved_model.load("savedmodel")
serve = loaded.signatures["serving_default"]
print("signature inputs: ", serve.structured_input_signature[1])
print("signature outputs:", serve.structured_outputs)
compare("SavedModel", serve(x=tf.constant(x_test))["output_0"], y_trained)

# %% [markdown] lang="zh"
# ## ONNX { #onnx }
#
# tf2onnx 没有 `from_saved_model` 函数：加载 SavedModel 后转换它的 `serve` 函数（`model.export` 写出的推理入口）。输入名由 `TensorSpec` 的 `name` 决定。

# %% [markdown] lang="en"
# ## ONNX { #onnx }
#
# tf2onnx has no `from_saved_model` function: load the SavedModel and convert its `serve`
# function (the endpoint `model.export` wrote). The input's name is the `TensorSpec`'s `name`.

# %%
import onnxruntime as ort
import tf2onnx

tf2onnx.convert.from_function(
    tf.function(loaded.serve), input_signature=[tf.TensorSpec([None, 4], tf.float32, name="x")],
    opset=15, output_path="model.onnx")

session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
print("inputs: ", [(i.name, i.shape) for i in session.get_inputs()])
print("outputs:", [(o.name, o.shape) for o in session.get_outputs()])
(y_onnx,) = session.run(None, {"x": x_test})
compare("ONNX", y_onnx, y_trained, tol=1e-5)

# %% [markdown] lang="zh"
# ## TFLite { #tflite }
#
# `TFLiteConverter.from_saved_model` 读同一个 SavedModel；`.tflite` 用 LiteRT 解释器（`pip install ai-edge-litert`）运行，按签名调用，输入输出的名字与 SavedModel 相同。

# %% [markdown] lang="en"
# ## TFLite { #tflite }
#
# `TFLiteConverter.from_saved_model` reads the same SavedModel; the `.tflite` file runs on the
# LiteRT interpreter (`pip install ai-edge-litert`), called by signature, with the same input and
# output names as the SavedModel.

# %%
from ai_edge_litert.interpreter import Interpreter

with open("model.tflite", "wb") as f:
    f.write(tf.lite.TFLiteConverter.from_saved_model("savedmodel").convert())

interpreter = Interpreter(model_path="model.tflite")
print("signatures:", interpreter.get_signature_list())
run = interpreter.get_signature_runner("serving_default")
compare("TFLite", run(x=x_test)["output_0"], y_trained, tol=1e-5)

# %% [markdown] lang="zh"
# ## 结果 { #result }
#
# 检查点、SavedModel、ONNX、TFLite 的输出都与训练好的模型一致（误差都在容差以内）。目录里留下的文件：

# %% [markdown] lang="en"
# ## Result { #result }
#
# The checkpoint, the SavedModel, ONNX and TFLite all give the trained model's output (every
# diff within its tolerance). The files left in the folder:

# %%
for root, _, names in sorted(os.walk(".")):
    for name in sorted(names):
        path = os.path.join(root, name)
        print(f"{os.path.getsize(path):>8,d}  {path[2:]}")
