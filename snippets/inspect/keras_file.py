# Requires: convert/weights_h5_keras.py
# A .keras file is a zip archive: config.json and metadata.json are read, no layer is built.
from what_is_this_model import main

main(["model.keras"])
