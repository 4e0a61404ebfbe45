# Requires: deploy/reference_tf2.py
# The C API from the pinned wheel itself (pip install tensorflow-cpu): headers and the library are in it.
TF=$(python -c 'import importlib.util, os; print(os.path.dirname(importlib.util.find_spec("tensorflow").origin))')
ls "$TF/include/tensorflow/c/c_api.h" | sed "s|$TF|<tensorflow>|"
nm -D --defined-only "$TF/libtensorflow_cc.so.2" | grep -o ' T TF_LoadSessionFromSavedModel@@tensorflow'
# The tensor names behind the signature: the C API feeds and fetches graph operations.
saved_model_cli show --dir savedmodel --tag_set serve --signature_def serving_default 2>/dev/null | grep name:
cat > load_savedmodel.c <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <tensorflow/c/c_api.h>

static void check(TF_Status *status, const char *what) {
  if (TF_GetCode(status) != TF_OK) {
    fprintf(stderr, "%s: %s\n", what, TF_Message(status));
    exit(1);
  }
}

static void keep(void *data, size_t len, void *arg) {}  /* x is on the stack: nothing to free */

int main(int argc, char **argv) {  /* load_savedmodel DIR INPUT_OP OUTPUT_OP < 5 x 32 float32 */
  float x[5 * 32];
  if (argc != 4 || fread(x, sizeof x, 1, stdin) != 1) return 2;
  TF_Status *status = TF_NewStatus();
  TF_Graph *graph = TF_NewGraph();
  TF_SessionOptions *options = TF_NewSessionOptions();
  const char *tags[] = {"serve"};
  TF_Session *session = TF_LoadSessionFromSavedModel(options, NULL, argv[1], tags, 1, graph, NULL, status);
  check(status, "TF_LoadSessionFromSavedModel");
  TF_Output feed = {TF_GraphOperationByName(graph, argv[2]), 0};
  TF_Output fetch = {TF_GraphOperationByName(graph, argv[3]), 0};
  if (!feed.oper || !fetch.oper) return 3;
  int64_t dims[] = {5, 32};
  TF_Tensor *input = TF_NewTensor(TF_FLOAT, dims, 2, x, sizeof x, keep, NULL), *output = NULL;
  TF_SessionRun(session, NULL, &feed, &input, 1, &fetch, &output, 1, NULL, 0, NULL, status);
  check(status, "TF_SessionRun");
  fprintf(stderr, "TensorFlow C API %s\n", TF_Version());
  fwrite(TF_TensorData(output), TF_TensorByteSize(output), 1, stdout);  /* 5 x 4 float32 */
  TF_DeleteTensor(input);
  TF_DeleteTensor(output);
  TF_CloseSession(session, status);
  TF_DeleteSession(session, status);
  TF_DeleteGraph(graph);
  TF_DeleteSessionOptions(options);
  TF_DeleteStatus(status);
  return 0;
}
C
gcc -Wall load_savedmodel.c -o load_savedmodel -I"$TF/include" -L"$TF" -l:libtensorflow_cc.so.2 \
    -l:libtensorflow_framework.so.2 -Wl,-rpath,"$TF"
python -c 'import numpy as np, sys; sys.stdout.buffer.write(np.load("x.npy").tobytes())' \
    | ./load_savedmodel savedmodel serving_default_x StatefulPartitionedCall_1 2>c.log > y_c.bin
grep "C API" c.log
python -c '
import numpy as np
y = np.fromfile("y_c.bin", np.float32).reshape(5, 4)
print("y[0] =", np.round(y[0], 4))
d = np.abs(y - np.load("y.npy")).max()
print(f"C API vs Python: max abs diff {d:.1e}")
assert d <= 1e-6
'
