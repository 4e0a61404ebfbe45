# The folder TF Serving watches: <base path>/<model name>/<version number>/saved_model.pb
import os

import tensorflow as tf


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": 2.0 * x}


# Wrong for TF Serving: the SavedModel sits directly in the model's folder, with no version.
tf.saved_model.save(Doubler(), "wrong/doubler")
# Right: one numbered subfolder per version; the server loads the highest number.
tf.saved_model.save(Doubler(), "models/doubler/1")
for root in ("wrong", "models"):
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            print(os.path.join(folder, name))
