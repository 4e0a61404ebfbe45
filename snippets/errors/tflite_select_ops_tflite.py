import tensorflow as tf


class Parser(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.string)])
    def __call__(self, s):
        return tf.strings.to_number(s)  # string ops are not TFLite builtins


tf.saved_model.save(Parser(), "export")
tf.lite.TFLiteConverter.from_saved_model("export").convert()
