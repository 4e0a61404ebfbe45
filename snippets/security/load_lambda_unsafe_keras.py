# Requires: security/make_lambda_model_keras.py
import os

import keras
import numpy as np

os.remove("pwned_keras.txt")  # written when the attacker built the model

# DANGER, for demonstration only: safe_mode=False runs the stored Python code.
model = keras.saving.load_model("lambda_model.keras", safe_mode=False)
print("pwned_keras.txt exists after load:", os.path.exists("pwned_keras.txt"))
print("y =", model.predict(np.array([[1.0, 2.0, 3.0]]), verbose=0))
with open("pwned_keras.txt") as f:
    print("pwned_keras.txt says:", f.read().strip())
