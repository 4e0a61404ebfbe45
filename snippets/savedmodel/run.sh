# Requires: savedmodel/save_tf2.py
# --input_exprs takes Python literals (ast.literal_eval), one per input key of the signature.
saved_model_cli run --dir tf2_model/1 --tag_set serve --signature_def serving_default \
    --input_exprs 'x=[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]'
