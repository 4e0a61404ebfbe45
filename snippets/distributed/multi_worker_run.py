# Starts a 2-worker MultiWorkerMirroredStrategy cluster on this machine, twice.
# Needs multi_worker_train_tf2.py (shown above) in the same folder.
import json
import os
import socket
import subprocess
import sys
import time

WORKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "multi_worker_train_tf2.py")


def free_ports(n):
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))  # port 0: the system picks a free port
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def run_cluster(n_workers=2, timeout=120):
    cluster = {"worker": [f"127.0.0.1:{p}" for p in free_ports(n_workers)]}
    procs = []
    for i in range(n_workers):  # TensorFlow's log lines go to worker<i>.log
        env = dict(os.environ, TF_CONFIG=json.dumps(
            {"cluster": cluster, "task": {"type": "worker", "index": i}}))
        with open(f"worker{i}.log", "w") as log:
            procs.append(subprocess.Popen([sys.executable, WORKER], env=env, text=True,
                                          stdout=subprocess.PIPE, stderr=log))
    deadline = time.monotonic() + timeout
    outputs = []
    try:
        for i, p in enumerate(procs):
            out, _ = p.communicate(timeout=max(0, deadline - time.monotonic()))
            if p.returncode != 0:
                sys.exit(f"worker {i} exited {p.returncode}, see worker{i}.log")
            outputs.append(out.splitlines())
    finally:
        for p in procs:  # a worker still waiting for its peer is stopped, not left behind
            if p.poll() is None:
                p.kill()
                p.wait()
    for i, lines in enumerate(outputs):
        print(*(f"  worker {i}: {line}" for line in lines), sep="\n")
    finals = {next(l for l in lines if l.startswith("step")) for lines in outputs}
    print("  workers agree:", len(finals) == 1)


print("run 1 (fresh start):")
run_cluster()
print("run 2 (cluster restarted, e.g. after a worker died):")
run_cluster()
print("folder:", sorted(os.listdir(".")), "ckpt/:", sorted(os.listdir("ckpt")))
