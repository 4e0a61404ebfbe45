# Requires: security/make_lambda_model_keras.py
import os

import keras

if os.path.exists("pwned_keras.txt"):  # written when the attacker built the model
    os.remove("pwned_keras.txt")

# safe_mode=True is the default: Keras refuses to turn stored bytecode back into code.
try:
    keras.saving.load_model("lambda_model.keras")
finally:
    print("pwned_keras.txt exists:", os.path.exists("pwned_keras.txt"))
