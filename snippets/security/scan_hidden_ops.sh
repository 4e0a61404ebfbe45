# Requires: security/make_hidden_ops_savedmodels_tf2.py
# Both commands list ops from the top-level graph and the functions it calls through
# (Stateful)PartitionedCall only: not tf.cond/tf.while_loop branches, not uncalled functions.
for model in branch_model hidden_model; do
    echo "\$ saved_model_cli scan --dir $model"
    saved_model_cli scan --dir "$model"
done
echo '$ saved_model_cli show --dir branch_model --all | grep "following ops"'
saved_model_cli show --dir branch_model --all | grep "following ops"
