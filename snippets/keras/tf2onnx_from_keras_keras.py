# tf2onnx's Keras entry point, given a Keras 3 model.
import keras
import tf2onnx

model = keras.Sequential([keras.Input((3,), name="x"), keras.layers.Dense(2)])
tf2onnx.convert.from_keras(model, output_path="model.onnx")
