# Requires: security/make_malicious_savedmodel_tf2.py
# --all: every signature, then the op types of the MetaGraph and of the functions it calls
# (not tf.cond/while branches, not uncalled functions: see below), then the tf.function objects.
# Reading the protobuf runs nothing.
saved_model_cli show --dir malicious_model --all
# scan: the same op list checked against a denylist (default: ReadFile, WriteFile, PrintV2).
saved_model_cli scan --dir malicious_model
