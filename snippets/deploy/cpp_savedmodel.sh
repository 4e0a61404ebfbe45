# Requires: convert/freeze_tf1.py
# Requires: deploy/reference_tf2.py
# The C++ API from the pinned wheel: ReadBinaryProto + Session for the frozen graph, LoadSavedModel for
# the SavedModel. Compiled once, linked twice: with TensorFlow's own link flags, then as it must be.
cat > load.cc <<'CC'
#include <cstdio>
#include <iostream>
#include <memory>
#include <vector>

#include "tensorflow/cc/saved_model/loader.h"
#include "tensorflow/core/framework/graph.pb.h"
#include "tensorflow/core/framework/tensor.h"
#include "tensorflow/core/platform/env.h"
#include "tensorflow/core/public/session.h"

using tensorflow::Tensor;

static void Check(const absl::Status& s, const char* what) {
  if (!s.ok()) {
    std::cerr << what << ": " << s << "\n";
    std::exit(1);
  }
}

static void Save(const Tensor& y, const char* path) {  // 5 x 4 float32
  std::FILE* f = std::fopen(path, "wb");
  std::fwrite(y.flat<float>().data(), sizeof(float), y.NumElements(), f);
  std::fclose(f);
}

int main() {
  Tensor x(tensorflow::DT_FLOAT, tensorflow::TensorShape({5, 32}));
  std::FILE* in = std::fopen("x.bin", "rb");
  if (!in || std::fread(x.flat<float>().data(), sizeof(float), 5 * 32, in) != 5 * 32) return 2;
  std::vector<Tensor> out;

  // A frozen graph: ReadBinaryProto, a Session, tensors fed and fetched by name.
  tensorflow::GraphDef graph_def;
  Check(tensorflow::ReadBinaryProto(tensorflow::Env::Default(), "frozen.pb", &graph_def), "ReadBinaryProto");
  tensorflow::Session* raw = nullptr;
  Check(tensorflow::NewSession(tensorflow::SessionOptions(), &raw), "NewSession");
  std::unique_ptr<tensorflow::Session> session(raw);
  Check(session->Create(graph_def), "Session::Create");
  Check(session->Run({{"x:0", x}}, {"y:0"}, {}, &out), "Session::Run");
  Save(out[0], "y_frozen.bin");

  // A SavedModel: LoadSavedModel, then the tensor names its signature gives.
  tensorflow::SavedModelBundle bundle;
  Check(tensorflow::LoadSavedModel(tensorflow::SessionOptions(), tensorflow::RunOptions(), "savedmodel",
                                   {"serve"}, &bundle), "LoadSavedModel");
  const auto& sig = bundle.meta_graph_def.signature_def().at("serving_default");
  Check(bundle.session->Run({{sig.inputs().at("x").name(), x}}, {sig.outputs().at("output_0").name()}, {}, &out),
        "Session::Run (SavedModel)");
  Save(out[0], "y_savedmodel.bin");
  std::cout << "ran frozen.pb and savedmodel\n";
  return 0;
}
CC
python -c 'import numpy as np; np.load("x.npy").tofile("x.bin")'
read -r CFLAGS LDFLAGS TF < <(python -c 'import tensorflow as tf; s = tf.sysconfig
print(" ".join(s.get_compile_flags()).replace(" ", ","), " ".join(s.get_link_flags()).replace(" ", ","), s.get_lib())' 2>/dev/null)
g++ -c load.cc -o load.o -w ${CFLAGS//,/ }
echo "1. g++ load.o ${LDFLAGS//,/ }  (tf.sysconfig.get_link_flags())" | sed "s|$TF|<tensorflow>|g"
g++ load.o -o load ${LDFLAGS//,/ } -Wl,-rpath,"$TF"
# Its last line is the error. Protobuf prints the options differently from run to run (on purpose): elided.
./load 2>&1 | tail -n 1 | sed -E 's/\{target: [^}]*\}/{target: "" config: ...}/' || true
echo "2. g++ load.o ... -Wl,--no-as-needed -l:libtensorflow_cc.so.2"
g++ load.o -o load ${LDFLAGS//,/ } -Wl,--no-as-needed -l:libtensorflow_cc.so.2 -Wl,-rpath,"$TF"
./load 2>/dev/null
python -c '
import numpy as np
for name, ref in (("frozen", "y_tf1.npy"), ("savedmodel", "y.npy")):
    d = np.abs(np.fromfile(f"y_{name}.bin", np.float32).reshape(5, 4) - np.load(ref)).max()
    print(f"C++ {name} vs Python: max abs diff {d:.1e}")
    assert d <= 1e-6
'
