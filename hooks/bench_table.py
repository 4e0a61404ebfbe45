"""Numbers on the benchmark page come from bench/results.json (written by `make bench`), never
from the page's text.

Filled in through hooks/markers.py (`<!-- bench: ... -->`):

- `<!-- bench: table -->` becomes the results table, with each format relative to SavedModel;
- `<!-- bench: ratio:A_METRIC_vs_B -->` becomes the ratio of format A's median to format B's
  (e.g. `savedmodel_size_vs_tflite_quant`; metrics: see RATIO_METRICS); `A_M1_vs_B_M2` compares
  two metrics in the same unit (`savedmodel_first_vs_savedmodel_b1`);
- `<!-- bench: compare:A_METRIC_vs_B -->` becomes a clause saying which of A and B is faster (or
  smaller) and by how much, or that their p10-p90 spreads overlap: the data picks the words, so a
  rerun of `make bench` that reverses the order reverses the sentence;
- `<!-- bench: value:FORMAT:METRIC -->` becomes one formatted value (median where repeated);
- `<!-- bench: info:KEY -->` becomes a value of the run's settings (repeats, threads, ...) or
  params, input, formats (their number), float_max_diff (largest difference of a float32 format);
- `<!-- bench: machine -->` becomes the sentence that says where and how the numbers were measured.

The plots (bench/plots/*.svg, language-neutral) are served by both languages as assets/bench/*.svg.
"""

import json
import math
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

import langdata

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PLOTS = ROOT / "bench" / "plots"
ASSETS = "assets/bench"
BASELINE = "savedmodel"
# metric name in a placeholder -> key in results.json
RATIO_METRICS = {"size": "size_bytes", "import": "import_s", "load": "load_s", "cold": "cold_s",
                 "first": "first_ms", "b1": "b1_ms", "b32": "b32_ms", "rss": "rss_mib",
                 "diff": "max_abs_diff"}



def load(path: Path = RESULTS) -> dict:
    if not path.is_file():
        raise PluginError(f"bench_table: {path} is missing; run `make bench`")
    return json.loads(path.read_text(encoding="utf-8"))


def median(data: dict, fmt: str, key: str) -> float:
    value = data["formats"][fmt][key]
    return value["median"] if isinstance(value, dict) else value


def sig(v: float, digits: int) -> str:
    """`digits` significant digits, trailing zeros kept, no exponent; whole number from 10**digits."""
    if v <= 0 or v >= 10 ** (digits - 1):
        return f"{v:.0f}"
    return f"{v:.{digits - 1 - math.floor(math.log10(v))}f}"


def num(v: float) -> str:
    """Sizes, times, memory: three significant digits."""
    return sig(v, 3)


def fmt_ratio(r: float) -> str:
    """Ratios: two significant digits (0.49, 3.9, 26)."""
    return sig(r, 2)


def ratio(data: dict, a: str, metric: str, b: str, metric_b: str | None = None) -> float:
    """A's median over B's, for one metric, or for two metrics in the same unit."""
    key, key_b = RATIO_METRICS[metric], RATIO_METRICS[metric_b or metric]
    if key.rsplit("_", 1)[-1] != key_b.rsplit("_", 1)[-1]:
        raise PluginError(f"bench_table: {metric} and {metric_b} are not in the same unit")
    return median(data, a, key) / median(data, b, key_b)


def float_max_diff(data: dict) -> float:
    """The largest output difference among the formats that keep float32 weights."""
    return max(f["max_abs_diff"] for k, f in data["formats"].items() if k != "tflite_quant")


def value(data: dict, fmt: str, key: str) -> str:
    v = median(data, fmt, key)
    if key == "max_abs_diff":
        return f"{v:.1e}"
    if key == "size_bytes":
        return num(v / 2**20)
    return num(v)


def table(data: dict, lang: str) -> str:
    t = langdata.load(lang)["bench"]
    rows = ["| " + " | ".join(t["head"]) + " |", "|---|" + "--:|" * (len(t["head"]) - 1)]

    def rel(fmt, metric):
        return f"(×{fmt_ratio(ratio(data, fmt, metric, BASELINE))})"

    for fmt in data["formats"]:
        f = data["formats"][fmt]

        def lat(key, metric):
            s = f[key]
            return f"{num(s['median'])} {rel(fmt, metric)}<br><small>{num(s['p10'])}–{num(s['p90'])}</small>"

        cells = [
            t["labels"][fmt],
            f"{num(f['size_bytes'] / 2**20)} {rel(fmt, 'size')}",
            f"{num(f['cold_s']['median'])} {rel(fmt, 'cold')}",
            num(f["first_ms"]["median"]),
            lat("b1_ms", "b1"),
            lat("b32_ms", "b32"),
            f"{num(f['rss_mib']['median'])} {rel(fmt, 'rss')}",
            f"{f['max_abs_diff']:.1e}",
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n\n" + t["note"]


def machine(data: dict, lang: str) -> str:
    m, s = data["machine"], data["settings"]
    v = data["versions"]
    names = [("TensorFlow", "tensorflow-cpu"), ("Keras", "keras"), ("ONNX Runtime", "onnxruntime"),
             ("tf2onnx", "tf2onnx"), ("LiteRT", "ai-edge-litert"), ("NumPy", "numpy")]
    return langdata.load(lang)["bench"]["machine"].format(
        date=data["generated"], cpu=m["cpu"], cores=m["cores"], system=m["system"],
        load_min=f"{min(m['loadavg_1min']['start'], m['loadavg_1min']['end']):.1f}",
        load_max=f"{m['loadavg_1min']['max']:.1f}",
        repeats=s["repeats"], warmup=s["warmup"], iters1=s["iters_batch1"], iters32=s["iters_batch32"],
        threads=s["threads"], versions=", ".join(f"{n} {v[p]}" for n, p in names))


TIME_METRICS = {"import", "load", "cold", "first", "b1", "b32"}


def compare(data: dict, lang: str, a: str, metric: str, b: str) -> str:
    """A sentence comparing A with B on one metric, its wording chosen by the data: which one is
    faster (or smaller), or that their p10-p90 spreads overlap and no order can be claimed."""
    words, labels = langdata.load(lang)["bench"]["compare"], langdata.load(lang)["bench"]["labels"]
    key = RATIO_METRICS[metric]
    r = ratio(data, a, metric, b)
    fa, fb = data["formats"][a][key], data["formats"][b][key]
    if isinstance(fa, dict) and fa["p10"] <= fb["p90"] and fb["p10"] <= fa["p90"]:
        return _spaced(words["overlap"].format(a=labels[a], b=labels[b], r=fmt_ratio(r)))
    kind = "time" if metric in TIME_METRICS else "size"
    small, large = (a, b) if r < 1 else (b, a)
    return _spaced(words[kind].format(small=labels[small], large=labels[large], x=fmt_ratio(max(r, 1 / r))))


CJK = "\u4e00-\u9fff"


def _spaced(text: str) -> str:
    """One space where Latin letters or digits meet Chinese characters, none between two Chinese
    ones (a label ending in Chinese, then 的): the templates carry no spaces of their own there."""
    text = re.sub(rf"(?<=[{CJK}）]) (?=[{CJK}])", "", text)
    return re.sub(rf"(?<=[A-Za-z0-9.)])(?=[{CJK}])|(?<=[{CJK}])(?=[A-Za-z0-9.(])", " ", text)


def placeholder(data: dict, lang: str, spec: str) -> str:
    kind, _, rest = spec.partition(":")
    fmts = "|".join(sorted(data["formats"], key=len, reverse=True))
    if kind == "compare":
        m = re.fullmatch(rf"({fmts})_({'|'.join(RATIO_METRICS)})_vs_({fmts})", rest)
        if m and m[2] != "diff":
            return compare(data, lang, *m.groups())
    if kind == "ratio":
        metrics = "|".join(RATIO_METRICS)
        m = re.fullmatch(rf"({fmts})_({metrics})_vs_({fmts})(?:_({metrics}))?", rest)
        if m:
            return fmt_ratio(ratio(data, *m.groups()))
    elif kind == "value":
        fmt, _, metric = rest.partition(":")
        if fmt in data["formats"] and metric in RATIO_METRICS:
            return value(data, fmt, RATIO_METRICS[metric])
    elif kind == "info":
        if rest == "params":
            return f"{data['model']['params']:,}"
        if rest == "input":
            return "×".join(map(str, data["model"]["input_shape"]))
        if rest == "formats":
            return str(len(data["formats"]))
        if rest == "float_max_diff":
            return f"{float_max_diff(data):.1e}"
        if rest in data["settings"]:
            return str(data["settings"][rest])
    elif kind == "machine" and not rest:
        return machine(data, lang)
    raise PluginError(f"bench: unknown value {spec!r} (table, ratio:A_METRIC_vs_B, compare:A_METRIC_vs_B, "
                      "value:FORMAT:METRIC, "
                      "info:KEY or machine)")


def add_plots(files, config):
    """The plots, served by both languages as assets/bench/*.svg."""
    for svg in sorted(PLOTS.glob("*.svg")):
        files.append(File.generated(config, f"{ASSETS}/{svg.name}", abs_src_path=str(svg)))
    return files
