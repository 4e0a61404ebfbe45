import tensorflow as tf


class Model(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([1, 2], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": x * 2.0}


model = Model()
tf.saved_model.save(model, "export", signatures={"serving_default": model.__call__})
with open("model.tflite", "wb") as f:
    f.write(tf.lite.TFLiteConverter.from_saved_model("export").convert())
print("model.tflite written")
