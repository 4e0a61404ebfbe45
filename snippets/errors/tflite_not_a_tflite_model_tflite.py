import tensorflow as tf

# A Git LFS pointer: what a clone without `git lfs pull` leaves in place of the real file.
with open("model.tflite", "w") as f:
    f.write("version https://git-lfs.github.com/spec/v1\n"
            "oid sha256:0000000000000000000000000000000000000000000000000000000000000000\n"
            "size 1234\n")
tf.lite.Interpreter(model_path="model.tflite")
