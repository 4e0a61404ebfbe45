# Requires: security/make_malicious_savedmodel_tf2.py
# The security page's malicious SavedModel: calling its signature reads secret.txt and writes
# pwned.txt. Inspecting it reads its files and runs none of it.
import os

from what_is_this_model import main

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
main(["malicious_model"])
print("pwned.txt exists:", os.path.exists("pwned.txt"))
