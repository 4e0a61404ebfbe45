# TF-TRT's converter on the official CPU wheel of TensorFlow 2.21.
import tensorflow as tf
from tensorflow.python.compiler.tensorrt import trt_convert as trt


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return {"y": 2.0 * x}


tf.saved_model.save(Doubler(), "model")
trt.TrtGraphConverterV2(input_saved_model_dir="model")
