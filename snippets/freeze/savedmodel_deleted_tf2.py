# Requires: savedmodel/save_tf2.py
import tensorflow as tf

# Not public API: tensorflow.python carries no compatibility promise between releases.
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

# One line too clever: nothing keeps the loaded object, so its variables are already
# freed when the signature's graph is read. Keep `loaded = tf.saved_model.load(...)`.
serve = tf.saved_model.load("tf2_model/1").signatures["serving_default"]
convert_variables_to_constants_v2(serve)
