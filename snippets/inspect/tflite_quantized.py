# Requires: convert/quantize_tflite_tf2.py
# Dynamic-range quantization: int8 weights, float32 inputs and outputs.
from what_is_this_model import main

main(["quantized.tflite"])
