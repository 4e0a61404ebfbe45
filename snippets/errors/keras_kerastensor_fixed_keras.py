import keras

inputs = keras.Input((3,))
outputs = keras.ops.relu(inputs)  # keras.ops works on symbolic inputs (or wrap tf code in a Layer)
model = keras.Model(inputs, outputs)
print(model.output.shape)
