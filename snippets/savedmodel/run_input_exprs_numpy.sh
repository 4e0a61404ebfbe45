# Requires: savedmodel/save_tf2.py
# --input_exprs takes Python literals only (it uses ast.literal_eval): a numpy expression fails.
saved_model_cli run --dir tf2_model/1 --tag_set serve --signature_def serving_default \
    --input_exprs 'x=np.ones((2, 3))'
