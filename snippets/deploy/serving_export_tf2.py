# Requires: convert/keras_to_savedmodel_tf2.py
# The site's SavedModel laid out for TF Serving: models/<name>/<version>/, versions are integers and the
# highest is served. Two signatures: floats, and the same 32 floats sent as raw bytes (a tf.string).
import os
import shutil

import tensorflow as tf

loaded = tf.saved_model.load("savedmodel")  # what model.export wrote (convert page)
serve = loaded.signatures["serving_default"]


@tf.function(input_signature=[tf.TensorSpec([None, 32], tf.float32, name="x")])
def predict(x):
    return {"y": serve(x=x)["output_0"]}


@tf.function(input_signature=[tf.TensorSpec([None], tf.string, name="raw")])
def from_bytes(raw):  # each string: 128 bytes, 32 little-endian float32
    x = tf.reshape(tf.io.decode_raw(raw, tf.float32), [-1, 32])
    return {"y": serve(x=x)["output_0"]}


tf.saved_model.save(loaded, "models/tiny/1", signatures={"serving_default": predict, "from_bytes": from_bytes})
shutil.copytree("models/tiny/1", "models/tiny/2")  # a newer version: TF Serving loads 2 and unloads 1
for folder, dirs, files in sorted(os.walk("models")):
    dirs.sort()
    depth = folder.count(os.sep)
    print("  " * depth + os.path.basename(folder) + "/", *sorted(f for f in files if f != "fingerprint.pb"))
for name in ("serving_default", "from_bytes"):
    fn = tf.saved_model.load("models/tiny/2").signatures[name]
    print(name, fn.structured_input_signature[1], "->", fn.structured_outputs)
