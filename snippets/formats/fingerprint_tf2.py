import tensorflow as tf
from tensorflow.core.protobuf import fingerprint_pb2


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return {"y": x * self.w}


model = Model()
fingerprints = []
for folder in ("first", "second"):  # the same model saved twice, in this one process
    tf.saved_model.save(model, folder)
    fingerprint = fingerprint_pb2.FingerprintDef()
    with open(f"{folder}/fingerprint.pb", "rb") as f:
        fingerprint.ParseFromString(f.read())
    fingerprints.append(fingerprint)

first, second = fingerprints
for field in ("graph_def_program_hash", "signature_def_hash", "saved_object_graph_hash",
              "checkpoint_hash", "saved_model_checksum", "uuid"):
    same = getattr(first, field) == getattr(second, field)
    print(f"{field:<24} {'same' if same else 'differs'}")
# singleprint(): TF's canonical ID, built from the first four only.
print("singleprint() the same:", tf.saved_model.experimental.read_fingerprint("first").singleprint()
      == tf.saved_model.experimental.read_fingerprint("second").singleprint())
