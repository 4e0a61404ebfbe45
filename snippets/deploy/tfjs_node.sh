# Runtime: tfjs
# Requires: deploy/tfjs_convert.sh
# The graph model in Node.js with @tensorflow/tfjs (pure JavaScript, CPU backend). A reader runs
# `npm install @tensorflow/tfjs@4.22.0` in the folder; here make's `npm ci` in snippets/deploy/tfjs_node
# (pinned by its package-lock.json) is linked in.
ln -s "$(dirname "$0")/tfjs_node/node_modules" node_modules
cat > predict.mjs <<'JS'
import * as tf from "@tensorflow/tfjs";
import { readFileSync, writeFileSync } from "node:fs";

// Pure-JS tfjs has no file:// loader (@tensorflow/tfjs-node has one): hand it model.json and the weights.
function fromFolder(dir) {
  const json = JSON.parse(readFileSync(`${dir}/model.json`, "utf8"));
  const data = Buffer.concat(json.weightsManifest.flatMap((g) => g.paths.map((p) => readFileSync(`${dir}/${p}`))));
  return { load: async () => ({ ...json, weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
    weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }) };
}

const [kind, dir] = process.argv.slice(2);  // graph web_graph | layers web_layers
await tf.setBackend("cpu");
const x = tf.tensor(JSON.parse(readFileSync("x.json", "utf8")));
try {
  const model = kind === "graph" ? await tf.loadGraphModel(fromFolder(dir)) : await tf.loadLayersModel(fromFolder(dir));
  writeFileSync(`y_${kind}.json`, JSON.stringify(model.predict(x).arraySync()));
  console.log(`${dir}: tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}`);
} catch (e) {
  console.error(`${e.name}: ${e.message}`);
  process.exit(1);
}
JS
node predict.mjs graph web_graph 2>/dev/null  # tfjs asks on stderr to install tfjs-node: not needed here
python -c '
import json, numpy as np
d = np.abs(np.array(json.load(open("y_graph.json")), np.float32) - np.load("y.npy")).max()
print(f"graph model vs TensorFlow 2.21: max abs diff {d:.1e}")
assert d <= 1e-5
'
