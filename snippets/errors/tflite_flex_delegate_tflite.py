import numpy as np
import tensorflow as tf


class Parser(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.string, name="s")])
    def __call__(self, s):
        return {"n": tf.strings.to_number(s)}


parser = Parser()
tf.saved_model.save(parser, "export", signatures={"serving_default": parser.__call__})
converter = tf.lite.TFLiteConverter.from_saved_model("export")
# Let ops without a TFLite kernel run with TensorFlow's kernel (the "Flex" delegate).
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
tflite_model = converter.convert()
print("converted with SELECT_TF_OPS")
# The tf.lite.Interpreter of the TensorFlow pip package has no Flex delegate linked in.
runner = tf.lite.Interpreter(model_content=tflite_model).get_signature_runner()
runner(s=np.array([b"1.5", b"2"]))
