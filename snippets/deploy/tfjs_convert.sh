# Runtime: tfjs
# Requires: deploy/reference_tf2.py
# Requires: convert/h5_to_keras_keras.py
# SavedModel -> TensorFlow.js graph model; Keras 3 .keras file -> TensorFlow.js layers model.
# (tensorflowjs pulls in TensorFlow Decision Forests, which prints an advert on stderr: dropped here.)
tensorflowjs_converter --input_format=tf_saved_model --signature_name=serving_default \
    savedmodel web_graph 2>/dev/null
tensorflowjs_converter --input_format=keras_keras --output_format=tfjs_layers_model \
    model.keras web_layers 2>/dev/null
for dir in web_graph web_layers; do
    python -c "import json, sys; m = json.load(open(sys.argv[1] + '/model.json'))
print(sys.argv[1], m['format'], m['convertedBy'], sorted(m['weightsManifest'][0]['paths']))" "$dir"
done
