# Requires: errata/savedmodel_tf2.py
saved_model_cli show --dir export/1 --tag_set train
