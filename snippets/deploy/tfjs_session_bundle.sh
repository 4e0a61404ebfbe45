# Runtime: tfjs
# Requires: convert/keras_to_savedmodel_tf2.py
# Session bundles (the format before SavedModel) are no input format any more.
tensorflowjs_converter --input_format=tf_session_bundle savedmodel web_model
