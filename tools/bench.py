"""Benchmark the model formats: size on disk, cold start, latency, peak memory, output drift.

One CNN of about 1M parameters (32x32x3 input, weights from a fixed seed) is saved as every
format the site covers; then each format is measured in fresh processes, one process per format
per repeat, the formats interleaved so that a change in the machine's load hits them all alike.
Each worker process imports only the runtime its format needs (TensorFlow, LiteRT or ONNX
Runtime), so the import time it reports is the one a reader's service would pay.

    python tools/bench.py            # full run: bench/results.json and bench/plots/*.svg
    python tools/bench.py --quick    # tiny repeats, into a temporary folder (for trying it out)
    python tools/bench.py --plots-only   # redraw the plots from bench/results.json

The parent process needs only the standard library and matplotlib (for the plots); the workers
need the project's TensorFlow, tf2onnx, onnxruntime and ai-edge-litert.
"""

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PLOTS = ROOT / "bench" / "plots"
SEED = 0
INPUT_SHAPE = (32, 32, 3)
SCHEMA = 1

# id -> (label used in the plots, files or folder the format is made of, runtime it needs)
FORMATS = {
    "tf1_ckpt": "TF1 ckpt (Saver)",
    "tf2_ckpt": "TF2 ckpt",
    "savedmodel": "SavedModel (export)",
    "frozen_pb": "frozen .pb",
    "keras": ".keras",
    "tflite": "TFLite float32",
    "tflite_quant": "TFLite dyn. range",
    "onnx": "ONNX",
}
# Metrics every format has in results.json (tests/test_bench.py checks them all).
METRICS = ["size_bytes", "import_s", "load_s", "cold_s", "first_ms", "b1_ms", "b32_ms",
           "rss_mib", "max_abs_diff"]
PLOT_NAMES = ["size", "coldstart", "latency", "memory"]
PACKAGES = ["tensorflow-cpu", "keras", "numpy", "tf2onnx", "onnx", "onnxruntime", "ai-edge-litert",
            "matplotlib"]


# ---------------------------------------------------------------------------------------------
# The model (used by the builder and by the TF2-checkpoint worker, which must rebuild it).

def keras_cnn():
    import keras
    layers = keras.layers
    return keras.Sequential([
        keras.Input(INPUT_SHAPE, name="x"),
        layers.Conv2D(32, 3, padding="same", activation="relu", name="conv1"),
        layers.Conv2D(32, 3, padding="same", activation="relu", name="conv2"),
        layers.MaxPooling2D(name="pool1"),
        layers.Conv2D(64, 3, padding="same", activation="relu", name="conv3"),
        layers.Conv2D(64, 3, padding="same", activation="relu", name="conv4"),
        layers.MaxPooling2D(name="pool2"),
        layers.Conv2D(128, 3, padding="same", activation="relu", name="conv5"),
        layers.MaxPooling2D(name="pool3"),
        layers.Flatten(name="flatten"),
        layers.Dense(416, activation="relu", name="dense1"),
        layers.Dense(10, name="dense2"),
    ], name="cnn")


def seeded_weights(model):
    """He-scaled normal kernels and small random biases from one seed (like a trained model,
    not Keras's zero biases), set on the model; returns {layer: (kernel, bias)}."""
    import numpy as np
    rng = np.random.default_rng(SEED)
    weights = {}
    for layer in model.layers:
        if not layer.weights:
            continue
        kernel, bias = (w.shape for w in layer.weights)
        fan_in = int(np.prod(kernel[:-1]))
        k = (rng.standard_normal(kernel) * np.sqrt(2.0 / fan_in)).astype("float32")
        b = (rng.standard_normal(bias) * 0.05).astype("float32")
        layer.set_weights([k, b])
        weights[layer.name] = (k, b)
    return weights


def inputs():
    import numpy as np
    return np.random.default_rng(SEED + 1).random((32, *INPUT_SHAPE), dtype="float32")


# ---------------------------------------------------------------------------------------------
# Builder: one process writes every format.

def tf1_graph(weights, tf):
    """The same network in TF1 graph style; returns (x placeholder, logits, variables)."""
    v1 = tf.compat.v1
    x = v1.placeholder(tf.float32, [None, *INPUT_SHAPE], name="x")
    h, variables = x, {}
    for name, (k, b) in weights.items():
        with v1.variable_scope(name):
            kv = v1.get_variable("kernel", k.shape)
            bv = v1.get_variable("bias", b.shape)
        variables[name] = (kv, bv)
        if k.ndim == 4:
            h = tf.nn.relu(tf.nn.conv2d(h, kv, strides=1, padding="SAME") + bv)
            if name in ("conv2", "conv4", "conv5"):
                h = tf.nn.max_pool2d(h, 2, 2, "VALID")
        else:
            if h.shape.ndims == 4:
                h = tf.reshape(h, [-1, int(h.shape[1] * h.shape[2] * h.shape[3])])
            h = tf.matmul(h, kv) + bv
            if name != "dense2":
                h = tf.nn.relu(h)
    return x, tf.identity(h, name="logits"), variables


def build(workdir: Path):
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import contextlib
    import io

    import numpy as np
    import tensorflow as tf
    import tf2onnx

    model = keras_cnn()
    weights = seeded_weights(model)
    x = inputs()
    np.save(workdir / "x.npy", x)
    np.save(workdir / "y.npy", model(x, training=False).numpy())
    out = {}

    # TF1: a Saver checkpoint (with its .meta graph) and a frozen GraphDef, from one graph.
    v1 = tf.compat.v1
    with tf.Graph().as_default() as graph:
        _, _, variables = tf1_graph(weights, tf)
        with v1.Session(graph=graph) as sess:
            sess.run(v1.global_variables_initializer())
            for name, (kv, bv) in variables.items():
                kv.load(weights[name][0], sess)
                bv.load(weights[name][1], sess)
            (workdir / "tf1_ckpt").mkdir()
            v1.train.Saver().save(sess, str(workdir / "tf1_ckpt" / "model.ckpt"))
            frozen = v1.graph_util.convert_variables_to_constants(
                sess, graph.as_graph_def(), ["logits"])
    (workdir / "frozen_pb").mkdir()
    (workdir / "frozen_pb" / "model.pb").write_bytes(frozen.SerializeToString())

    (workdir / "tf2_ckpt").mkdir()
    tf.train.Checkpoint(model=model).write(str(workdir / "tf2_ckpt" / "ckpt"))
    with contextlib.redirect_stdout(io.StringIO()):  # export prints a summary of the endpoint
        model.export(str(workdir / "savedmodel"))
    (workdir / "keras").mkdir()
    model.save(workdir / "keras" / "model.keras")
    for name, optimizations in [("tflite", []), ("tflite_quant", [tf.lite.Optimize.DEFAULT])]:
        converter = tf.lite.TFLiteConverter.from_saved_model(str(workdir / "savedmodel"))
        converter.optimizations = optimizations
        (workdir / name).mkdir()
        (workdir / name / "model.tflite").write_bytes(converter.convert())
    (workdir / "onnx").mkdir()
    spec = [tf.TensorSpec([None, *INPUT_SHAPE], tf.float32, name="x")]
    # from_keras trips over a Keras 3 Sequential model's output names; a tf.function converts.
    tf2onnx.convert.from_function(tf.function(lambda x: {"logits": model(x, training=False)}),
                                  input_signature=spec, opset=17,
                                  output_path=str(workdir / "onnx" / "model.onnx"))
    for fmt in FORMATS:
        files = sorted(p for p in (workdir / fmt).rglob("*") if p.is_file())
        out[fmt] = {"size_bytes": sum(p.stat().st_size for p in files),
                    "files": [p.relative_to(workdir / fmt).as_posix() for p in files]}
    params = int(sum(np.prod(w.shape) for w in model.weights))
    print(json.dumps({"formats": out, "params": params}))


# ---------------------------------------------------------------------------------------------
# Worker: one process loads one format and times it.

def worker(fmt: str, workdir: Path, iters: int, iters32: int, warmup: int, threads: int):
    t0 = time.perf_counter()
    import numpy as np
    if fmt in ("tflite", "tflite_quant"):
        from ai_edge_litert.interpreter import Interpreter
    elif fmt == "onnx":
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before the import, or it writes ~/.cache
        import onnxruntime as ort
    else:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        import tensorflow as tf
        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(1)
        if fmt in ("keras", "tf2_ckpt"):
            import keras  # noqa: F401  (part of the import cost of these two)
    t_import = time.perf_counter()

    d = workdir / fmt
    if fmt == "tf1_ckpt":
        v1 = tf.compat.v1
        graph = tf.Graph()
        with graph.as_default():
            saver = v1.train.import_meta_graph(str(d / "model.ckpt.meta"))
        config = v1.ConfigProto(intra_op_parallelism_threads=threads, inter_op_parallelism_threads=1)
        sess = v1.Session(graph=graph, config=config)
        with graph.as_default():
            saver.restore(sess, str(d / "model.ckpt"))
        x_t, y_t = graph.get_tensor_by_name("x:0"), graph.get_tensor_by_name("logits:0")

        def make(batch):
            return lambda a: sess.run(y_t, {x_t: a})
    elif fmt == "frozen_pb":
        graph_def = tf.compat.v1.GraphDef()
        graph_def.ParseFromString((d / "model.pb").read_bytes())
        imported = tf.compat.v1.wrap_function(
            lambda: tf.compat.v1.import_graph_def(graph_def, name=""), [])
        fn = imported.prune("x:0", "logits:0")

        def make(batch):
            return lambda a: fn(tf.constant(a)).numpy()
    elif fmt == "savedmodel":
        loaded = tf.saved_model.load(str(d))

        def make(batch):
            return lambda a: loaded.serve(tf.constant(a)).numpy()
    elif fmt in ("keras", "tf2_ckpt"):
        if fmt == "keras":
            model = keras.models.load_model(d / "model.keras")
        else:  # a checkpoint holds only variables: the code that builds the model comes first
            model = keras_cnn()
            tf.train.Checkpoint(model=model).read(str(d / "ckpt")).assert_consumed()

        def make(batch):
            return lambda a: model(a, training=False).numpy()
    elif fmt in ("tflite", "tflite_quant"):
        interpreter = Interpreter(model_path=str(d / "model.tflite"), num_threads=threads)
        inp, out = interpreter.get_input_details()[0]["index"], interpreter.get_output_details()[0]["index"]

        def make(batch):
            interpreter.resize_tensor_input(inp, [batch, *INPUT_SHAPE])
            interpreter.allocate_tensors()

            def run(a):
                interpreter.set_tensor(inp, a)
                interpreter.invoke()
                return interpreter.get_tensor(out)
            return run
        make(1)  # a usable interpreter has its tensors allocated: part of loading
    elif fmt == "onnx":
        options = ort.SessionOptions()
        options.intra_op_num_threads, options.inter_op_num_threads = threads, 1
        session = ort.InferenceSession(str(d / "model.onnx"), options, providers=["CPUExecutionProvider"])
        name = session.get_inputs()[0].name

        def make(batch):
            return lambda a: session.run(None, {name: a})[0]
    else:
        raise SystemExit(f"unknown format {fmt!r}")
    t_load = time.perf_counter()

    x, y = np.load(workdir / "x.npy"), np.load(workdir / "y.npy")
    x1 = np.ascontiguousarray(x[:1])
    run1 = make(1)
    t = time.perf_counter()
    first = run1(x1)
    first_ms = (time.perf_counter() - t) * 1e3

    def timed(run, a, n):
        for _ in range(warmup):
            run(a)
        out = []
        for _ in range(n):
            t = time.perf_counter()
            run(a)
            out.append((time.perf_counter() - t) * 1e3)
        return out

    b1 = timed(run1, x1, iters)
    run32 = make(32)
    b32 = timed(run32, x, iters32)
    diff = max(float(np.abs(run32(x) - y).max()), float(np.abs(first - y[:1]).max()))
    print(json.dumps({
        "import_s": t_import - t0, "load_s": t_load - t_import, "first_ms": first_ms,
        "b1_ms": b1, "b32_ms": b32, "max_abs_diff": diff,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
    }))


# ---------------------------------------------------------------------------------------------
# Parent: orchestrate, summarise, plot.

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def versions() -> dict:
    out = {"python": platform.python_version()}
    for p in PACKAGES:
        try:
            out[p] = metadata.version(p)
        except metadata.PackageNotFoundError:
            out[p] = None
    return out


def summary(values) -> dict:
    values = sorted(values)
    if len(values) == 1:
        return {"median": values[0], "p10": values[0], "p90": values[0], "n": 1}
    q = statistics.quantiles(values, n=10, method="inclusive")
    return {"median": statistics.median(values), "p10": q[0], "p90": q[-1], "n": len(values)}


def child(args_list, env, what):
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args_list],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"bench.py: {what} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(args) -> dict:
    started = time.time()
    load = [os.getloadavg()]
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", ORT_DISABLE_TELEMETRY="1", PYTHONHASHSEED="0")
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="tf-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        if any(workdir.iterdir()):
            sys.exit(f"bench.py: --workdir {workdir} is not empty")
        print(f"building the model in every format in {workdir} ...", file=sys.stderr)
        built = child(["--build", str(workdir)], env, "building the formats")
        raw = {f: [] for f in args.formats}
        for r in range(args.repeats):
            for fmt in args.formats:
                print(f"repeat {r + 1}/{args.repeats}: {fmt}", file=sys.stderr)
                raw[fmt].append(child(
                    ["--worker", fmt, str(workdir), "--iters", str(args.iters), "--iters32",
                     str(args.iters32), "--warmup", str(args.warmup), "--threads", str(args.threads)],
                    env, f"measuring {fmt}"))
                load.append(os.getloadavg())
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    formats = {}
    for fmt, reps in raw.items():
        formats[fmt] = {
            "label": FORMATS[fmt],
            "size_bytes": built["formats"][fmt]["size_bytes"],
            "files": built["formats"][fmt]["files"],
            "import_s": summary([r["import_s"] for r in reps]),
            "load_s": summary([r["load_s"] for r in reps]),
            "cold_s": summary([r["import_s"] + r["load_s"] for r in reps]),
            "first_ms": summary([r["first_ms"] for r in reps]),
            "b1_ms": summary([v for r in reps for v in r["b1_ms"]]),
            "b32_ms": summary([v for r in reps for v in r["b32_ms"]]),
            "rss_mib": summary([r["rss_mib"] for r in reps]),
            "max_abs_diff": max(r["max_abs_diff"] for r in reps),
        }
    return {
        "schema": SCHEMA,
        "generated": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "command": " ".join(["python tools/bench.py", *args.argv]),
        "duration_s": round(time.time() - started, 1),
        "machine": {
            "cpu": cpu_model(),
            "cores": os.cpu_count(),
            "usable_cores": len(os.sched_getaffinity(0)),
            "system": f"{platform.system()} {platform.release()} {platform.machine()}",
            "loadavg_1min": {"start": load[0][0], "end": load[-1][0],
                             "max": max(l[0] for l in load), "samples": len(load)},
        },
        "versions": versions(),
        "settings": {"repeats": args.repeats, "iters_batch1": args.iters, "iters_batch32": args.iters32,
                     "warmup": args.warmup, "threads": args.threads, "seed": SEED, "quick": args.quick},
        "model": {"params": built["params"], "input_shape": list(INPUT_SHAPE), "batch_sizes": [1, 32]},
        "formats": formats,
    }


def plot(data: dict, out_dir: Path):
    """Language-neutral SVG plots (format names and units only); the pages caption them."""
    import matplotlib
    matplotlib.use("svg")
    import matplotlib.pyplot as plt
    plt.rcParams.update({"svg.hashsalt": "tf-model-persistence-bench", "svg.fonttype": "path",
                         "font.size": 10, "axes.spines.top": False, "axes.spines.right": False})
    meta = {"Date": None, "Creator": "tools/bench.py"}
    out_dir.mkdir(parents=True, exist_ok=True)
    fmts = list(data["formats"])
    labels = [data["formats"][f]["label"] for f in fmts]
    ypos = list(range(len(fmts)))[::-1]
    color = "#4051b5"

    def bars(name, values, unit, err=None):
        fig, ax = plt.subplots(figsize=(6.4, 3.2))
        ax.barh(ypos, values, color=color, xerr=err, error_kw={"ecolor": "#444", "capsize": 2})
        ax.set_yticks(ypos, labels)
        ax.set_xlabel(unit)
        for y, v in zip(ypos, values):
            ax.annotate(f"{v:.3g}", (v, y), xytext=(4, 0), textcoords="offset points", va="center",
                        fontsize=8)
        fig.tight_layout()
        fig.savefig(out_dir / f"{name}.svg", metadata=meta)
        plt.close(fig)

    F = data["formats"]
    bars("size", [F[f]["size_bytes"] / 2**20 for f in fmts], "MiB")
    bars("memory", [F[f]["rss_mib"]["median"] for f in fmts], "MiB (ru_maxrss)")

    fig, ax = plt.subplots(figsize=(6.4, 3.2))
    left = [0.0] * len(fmts)
    parts = [("import", [F[f]["import_s"]["median"] for f in fmts], "#4051b5"),
             ("load", [F[f]["load_s"]["median"] for f in fmts], "#7e8ce0"),
             ("1st inference", [F[f]["first_ms"]["median"] / 1e3 for f in fmts], "#c5cbf3")]
    for label, values, c in parts:
        ax.barh(ypos, values, left=left, color=c, label=label)
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(ypos, labels)
    ax.set_xlabel("s")
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(out_dir / "coldstart.svg", metadata=meta)
    plt.close(fig)

    fig, axes = plt.subplots(1, 2, figsize=(7.2, 3.2), sharey=True)
    for ax, key, title in zip(axes, ["b1_ms", "b32_ms"], ["batch 1", "batch 32"]):
        med = [F[f][key]["median"] for f in fmts]
        err = [[m - F[f][key]["p10"] for f, m in zip(fmts, med)],
               [F[f][key]["p90"] - m for f, m in zip(fmts, med)]]
        ax.barh(ypos, med, xerr=err, color=color, error_kw={"ecolor": "#444", "capsize": 2})
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("ms (median, p10–p90)")
    axes[0].set_yticks(ypos, labels)
    fig.tight_layout()
    fig.savefig(out_dir / "latency.svg", metadata=meta)
    plt.close(fig)


def positive(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return value


def parse(argv):
    p = argparse.ArgumentParser(
        prog="tools/bench.py", description="Measure every model format: size, load time, "
        "latency, peak memory and output difference; write bench/results.json and the plots.")
    p.add_argument("--quick", action="store_true",
                   help="tiny repeats (1 process, 3 inferences) into a temporary folder, to try it out")
    p.add_argument("--repeats", type=positive, help="fresh processes per format (default 5; quick: 1)")
    p.add_argument("--iters", type=positive, help="timed inferences at batch 1 per process (default 200; quick: 3)")
    p.add_argument("--iters32", type=positive, help="timed inferences at batch 32 per process (default 30; quick: 3)")
    p.add_argument("--warmup", type=positive, help="untimed inferences before each timed series (default 10; quick: 1)")
    p.add_argument("--threads", type=positive, default=os.cpu_count(),
                   help="intra-op threads for every runtime (default: all cores, %(default)s here)")
    p.add_argument("--formats", nargs="+", choices=list(FORMATS), metavar="FORMAT",
                   help="measure only these (default: all): " + ", ".join(FORMATS))
    p.add_argument("--out", type=Path, help=f"results file (default {RESULTS.relative_to(ROOT)}; quick: temporary)")
    p.add_argument("--plots", type=Path, help=f"folder for the SVG plots (default {PLOTS.relative_to(ROOT)}; "
                   "quick: beside --out)")
    p.add_argument("--workdir", help="where to write the model files (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the model files after the run")
    p.add_argument("--plots-only", action="store_true", help="only redraw the plots from the results file")
    # Internal: the processes the parent starts.
    p.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--worker", nargs=2, metavar=("FORMAT", "DIR"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.argv = argv
    quick = {"repeats": 1, "iters": 3, "iters32": 3, "warmup": 1}
    full = {"repeats": 5, "iters": 200, "iters32": 30, "warmup": 10}
    for k, v in (quick if args.quick else full).items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    if args.quick and args.out is None:
        args.out = Path(tempfile.mkdtemp(prefix="tf-bench-quick-")) / "results.json"
    args.out = args.out or RESULTS
    args.plots = args.plots or (args.out.parent / "plots" if args.quick else PLOTS)
    args.formats = args.formats or list(FORMATS)
    if args.worker and args.worker[0] not in FORMATS:
        p.error(f"--worker: unknown format {args.worker[0]!r}")
    if args.plots_only and not args.out.is_file():
        p.error(f"--plots-only: no results file at {args.out}; run the benchmark first")
    return args


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    if args.build:
        return build(Path(args.build))
    if args.worker:
        return worker(args.worker[0], Path(args.worker[1]), args.iters, args.iters32, args.warmup,
                      args.threads)
    if args.plots_only:
        plot(json.loads(args.out.read_text()), args.plots)
        print(f"wrote the plots in {args.plots}")
        return
    try:
        import matplotlib  # noqa: F401  (fail now, not after minutes of measuring)
    except ImportError:
        sys.exit("bench.py: the plots need matplotlib; run `make bench`, which installs it")
    data = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    plot(data, args.plots)
    print(f"wrote {args.out} and the plots in {args.plots} ({data['duration_s']:.0f} s)")


if __name__ == "__main__":
    main()
