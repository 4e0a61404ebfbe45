# Runtime: tf2.21
# Runtime: tf1.15
# Does pip install tensorflow put a freeze_graph command (or freeze_graph.py) on PATH?
command -v freeze_graph >/dev/null && echo "a freeze_graph command" || echo "no freeze_graph command"

# The commands the installed TensorFlow wheel really provides:
python -c '
try:
    from importlib.metadata import entry_points
except ImportError:  # Python 3.7 (TensorFlow 1.15): the backport, installed with it
    from importlib_metadata import entry_points
for ep in sorted(entry_points(group="console_scripts"), key=lambda e: e.name):
    if ep.dist.metadata["Name"].replace("_", "-").lower() in ("tensorflow", "tensorflow-cpu"):
        print(ep.name, "->", ep.value)
'

# The tool still exists, as a module inside the package. Its flags:
python -m tensorflow.python.tools.freeze_graph --help | grep -oE '^  --[a-z_]+' | sed 's/^ *//'
