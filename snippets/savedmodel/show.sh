# Requires: savedmodel/save_tf2.py
# Not `show --all`: its line "contains the following ops: {...}" prints a Python set,
# whose order changes from run to run. These narrower flags print the same in a stable order.
echo '$ saved_model_cli show --dir tf2_model/1'
saved_model_cli show --dir tf2_model/1
echo '$ saved_model_cli show --dir tf2_model/1 --tag_set serve'
saved_model_cli show --dir tf2_model/1 --tag_set serve
for sig in serving_default logits_only; do
    echo "\$ saved_model_cli show --dir tf2_model/1 --tag_set serve --signature_def $sig"
    saved_model_cli show --dir tf2_model/1 --tag_set serve --signature_def "$sig"
done
