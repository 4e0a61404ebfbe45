import os
import shutil

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with open("vocab.txt", "w") as f:
    f.write("cat\ndog\nbird\n")

words = tf.placeholder(tf.string, shape=(None,), name="words")
# TextFileInitializer puts "vocab.txt" in the ASSET_FILEPATHS collection.
init = tf.lookup.TextFileInitializer(
    "vocab.txt", tf.string, tf.lookup.TextFileIndex.WHOLE_LINE,
    tf.int64, tf.lookup.TextFileIndex.LINE_NUMBER)
table = tf.lookup.StaticHashTable(init, default_value=-1)
scale = tf.Variable(10, dtype=tf.int64, name="scale")
ids = tf.identity(table.lookup(words) * scale, name="ids")

feed = {words: ["dog", "fish", "cat"]}
builder = tf.saved_model.Builder("export")
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.tables_initializer()])
    before = sess.run(ids, feed)
    signature = tf.saved_model.predict_signature_def({"words": words}, {"ids": ids})
    builder.add_meta_graph_and_variables(
        sess, [tf.saved_model.SERVING], signature_def_map={"serving_default": signature},
        # Copied into assets/ only if passed here; the loader rewrites the path to the copy.
        assets_collection=tf.get_collection(tf.GraphKeys.ASSET_FILEPATHS),
        main_op=tf.tables_initializer())  # run at load time: fills the table from the asset
builder.save()

paths = sorted(os.path.join(root, name) for root, _, files in os.walk("export") for name in files)
for path in paths:
    print(f"{os.path.getsize(path):>8}  {path}")
print("assets/vocab.txt:", open("export/assets/vocab.txt").read().split())

os.remove("vocab.txt")
shutil.move("export", "moved")
with tf.Graph().as_default(), tf.Session() as sess:
    meta = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], "moved")
    print("signatures:", list(meta.signature_def))
    sig = meta.signature_def["serving_default"]
    after = sess.run(sig.outputs["ids"].name, {sig.inputs["words"].name: feed[words]})
print("before:", before, "after:", after, "max abs diff:", abs(before - after).max())
assert (before == after).all()
