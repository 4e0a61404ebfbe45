# Requires: security/make_malicious_savedmodel_tf2.py
# --all: every signature, then every op type in the MetaGraph (functions included), then
# the tf.function objects. Reading the protobuf runs nothing.
saved_model_cli show --dir malicious_model --all
# scan: the same op list checked against a denylist (default: ReadFile, WriteFile, PrintV2).
saved_model_cli scan --dir malicious_model
