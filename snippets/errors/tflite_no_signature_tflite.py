import tensorflow as tf


class Model(tf.Module):
    @tf.function  # no input_signature, so the SavedModel gets no signature
    def __call__(self, x):
        return x * 2.0


model = Model()
model(tf.constant([1.0, 2.0]))
tf.saved_model.save(model, "export")
tf.lite.TFLiteConverter.from_saved_model("export").convert()
