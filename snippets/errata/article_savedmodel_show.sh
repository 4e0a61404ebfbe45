# Runtime: tf2.21
# Runtime: tf1.15
# Requires: errata/article_savedmodel_tf1.py
# Which tag-sets does the SavedModel hold?
saved_model_cli show --dir model.pb
# Which signatures does the 'my_model' MetaGraph hold? (the list is empty)
saved_model_cli show --dir model.pb --tag_set my_model
