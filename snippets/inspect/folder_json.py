# Requires: convert/freeze_tf1.py
# Requires: convert/keras_to_savedmodel_tf2.py
# A folder holding several models, read as JSON (`python what_is_this_model.py . --json`).
import contextlib
import io
import json

from what_is_this_model import main

out = io.StringIO()
with contextlib.redirect_stdout(out):
    main([".", "--json"])
report = json.loads(out.getvalue())
print(report["format_name"])
for model in report["models"]:
    written = ", ".join(f"{k}={v}" for k, v in sorted(model["written_by"].items()) if k != "tensorflow_git")
    print(f"  {model['path']:<11} {model['format']:<20} {written:<42} loads here: {model['load']['ok']}")
for other in report["other_files"]:
    print(f"  {other['path']:<11} not a model: {other['why']}")
