# Runtime: serving
# Requires: deploy/serving_requests.py
# A body keyed by a name the signature does not have (the Keras layer's name, say).
saved_model_cli run --dir models/tiny/2 --tag_set serve --signature_def serving_default --inputs input_1=row_x.npy
