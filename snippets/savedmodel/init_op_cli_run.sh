# Requires: savedmodel/init_op_tampered_tf2.py
# saved_model_cli run loads with TF1's loader (as TF Serving's C++ loader does), which runs the init op.
saved_model_cli run --dir tf2_model --tag_set serve --signature_def serving_default \
    --input_exprs 'x=[1.0, 2.0]'
test -f init_op_ran.txt && echo "init_op_ran.txt after saved_model_cli run: True"
