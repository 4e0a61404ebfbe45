# Runtime: tfjs
# Requires: convert/freeze_tf1.py
# A frozen GraphDef (.pb): still an input format of tensorflowjs_converter 4.22.0; name the outputs.
tensorflowjs_converter --input_format=tf_frozen_model --output_node_names=y frozen.pb web_frozen 2>/dev/null
python -c "import json; m = json.load(open('web_frozen/model.json'))
print(m['format'], sorted(node['op'] for node in m['modelTopology']['node']))"
