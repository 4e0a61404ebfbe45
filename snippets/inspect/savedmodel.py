# Requires: convert/keras_to_savedmodel_tf2.py
# Put what_is_this_model.py in this folder. This is `python what_is_this_model.py savedmodel`:
from what_is_this_model import main

main(["savedmodel"])
