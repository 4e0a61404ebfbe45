# Runtime: tfjs
# Requires: deploy/tfjs_node.sh
# The layers model converted from the Keras 3 .keras file, loaded by the same script.
node predict.mjs layers web_layers
