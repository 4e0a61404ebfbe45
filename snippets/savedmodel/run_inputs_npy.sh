# Requires: savedmodel/save_tf2.py
# For arrays, save them with numpy and pass the file with --inputs <key>=<file.npy>.
python -c "import numpy as np; np.save('x.npy', np.ones((2, 3), np.float32))"
saved_model_cli run --dir tf2_model/1 --tag_set serve --signature_def serving_default \
    --inputs 'x=x.npy'
