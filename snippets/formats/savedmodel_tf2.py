import os
import shutil

import tensorflow as tf

with open("vocab.txt", "w") as f:
    f.write("cat\ndog\nbird\n")


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        # A table initialized from a text file: the file becomes an asset of the SavedModel.
        init = tf.lookup.TextFileInitializer(
            "vocab.txt", tf.string, tf.lookup.TextFileIndex.WHOLE_LINE,
            tf.int64, tf.lookup.TextFileIndex.LINE_NUMBER)
        self.table = tf.lookup.StaticHashTable(init, default_value=-1)
        self.scale = tf.Variable(10, dtype=tf.int64)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.string, name="words")])
    def __call__(self, words):
        return {"ids": self.table.lookup(words) * self.scale}


model = Model()
words = tf.constant(["dog", "fish", "cat"])
before = model(words)["ids"].numpy()
tf.saved_model.save(model, "export", signatures=model.__call__)

paths = sorted(os.path.join(root, name) for root, _, files in os.walk("export") for name in files)
for path in paths:
    # fingerprint.pb holds a random uuid, new on every save: its encoded length changes from run to run.
    size = "varies" if path.endswith("fingerprint.pb") else os.path.getsize(path)
    print(f"{size:>8}  {path}")
print("assets/vocab.txt:", open("export/assets/vocab.txt").read().split())

# The SavedModel no longer needs the original file, nor the Model class.
os.remove("vocab.txt")
shutil.move("export", "moved")
loaded = tf.saved_model.load("moved")
print("signatures:", list(loaded.signatures))
after = loaded.signatures["serving_default"](words=words)["ids"].numpy()
print("before:", before, "after:", after, "max abs diff:", abs(before - after).max())
assert (before == after).all()
