"""Serve a built site the way GitHub Pages does: gzip for text, `/404.html` for a missing path,
a folder's index.html, and a redirect from `/dir` to `/dir/`. Symlinks (mike's aliases) are
followed, as GitHub Pages follows them in a published branch."""

import gzip
import http.server
import mimetypes
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

TEXT = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


def handler_for(root: Path):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output quiet
            pass

        def do_HEAD(self):
            self.respond(body=False)

        def do_GET(self):
            self.respond(body=True)

        def respond(self, body):
            path = self.path.split("?")[0].split("#")[0]
            target = (root / path.lstrip("/")).resolve()
            if target.is_dir():
                if not path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", path + "/")
                    self.end_headers()
                    return
                target = target / "index.html"
            status = 200
            if not target.is_file():
                status, target = 404, root / "404.html"
            data = target.read_bytes() if target.is_file() else b"Not Found"
            ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            self.send_response(status)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
            if ctype.startswith(TEXT) and "gzip" in self.headers.get("Accept-Encoding", ""):
                data = gzip.compress(data, 6)
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            if body:
                self.wfile.write(data)

    return Handler


@contextmanager
def serve(root: Path, port: int = 0):
    """Serve `root` on 127.0.0.1 in a thread; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler_for(Path(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(site_url: str, out: Path, cwd: Path = Path(__file__).resolve().parent.parent) -> None:
    """`mkdocs build --strict` of both languages into `out`, for the given site URL."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                          cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
