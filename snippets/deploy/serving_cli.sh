# Runtime: serving
# Requires: deploy/serving_requests.py
# Each request's tensors run through its signature with saved_model_cli, the way the server runs them.
for form in row column; do
    saved_model_cli run --dir models/tiny/2 --tag_set serve --signature_def serving_default \
        --inputs "x=${form}_x.npy" --outdir "out_$form" > /dev/null 2>&1
done
saved_model_cli run --dir models/tiny/2 --tag_set serve --signature_def from_bytes \
    --inputs raw=b64_raw.npy --outdir out_b64 > /dev/null 2>&1
python -c '
import numpy as np
ys = {form: np.load(f"out_{form}/y.npy") for form in ("row", "column", "b64")}
print("y[0] =", np.round(ys["row"][0], 4))
for form, y in ys.items():
    print(f"{form}: shape {y.shape}, max abs diff vs row {np.abs(y - ys['"'"'row'"'"']).max():.1e}")
' 2>/dev/null
