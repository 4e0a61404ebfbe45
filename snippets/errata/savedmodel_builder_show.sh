# Requires: errata/savedmodel_builder_tf1.py
# The tag-set and the signature a server (e.g. TensorFlow Serving) will look up.
saved_model_cli show --dir export/1 --tag_set serve --signature_def serving_default
