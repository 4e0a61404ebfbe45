# Requires: convert/freeze_tf1.py
# A frozen graph records no signature: the inputs and outputs below are the script's guess.
from what_is_this_model import main

main(["frozen.pb"])
