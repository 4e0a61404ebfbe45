# Requires: errata/savedmodel_tf2.py
# List the tag sets first, then ask for one of them.
saved_model_cli show --dir export/1
saved_model_cli show --dir export/1 --tag_set serve
