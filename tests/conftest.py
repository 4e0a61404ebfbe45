import fcntl
import hashlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "hooks"))


def _site_port() -> int:
    """TEST_SITE_PORT if set; else 8765, or the next free port after it when something else holds
    it (another test session, say). Chosen once, before xdist starts its workers, which inherit the choice;
    a fixed first choice lets later sessions reuse the build, whose pages hold the URL."""
    if "TEST_SITE_PORT" not in os.environ:
        import socket

        for port in range(8765, 8865):
            with socket.socket() as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
                try:
                    s.bind(("127.0.0.1", port))
                except OSError:
                    continue
            os.environ["TEST_SITE_PORT"] = str(port)
            break
        else:
            raise RuntimeError("no free port in 8765-8864 for the test site: set TEST_SITE_PORT")
    return int(os.environ["TEST_SITE_PORT"])


# The site the tests build is served on this port, for this URL (its 404 page and sitemap hold it).
PORT = _site_port()
SITE_URL = f"http://127.0.0.1:{PORT}/"
# What a build reads: a change to any of these makes a new build; otherwise it is reused.
BUILD_INPUTS = ["docs", "snippets", "hooks", "overrides", "i18n", "bench", "notebooks", "mkdocs.yml",
                "mkdocs.en.yml", "pyproject.toml"]
CACHE = ROOT / ".cache" / "test-site"


def pytest_configure(config):
    # Test files go outside /tmp, which every snippet sees as its own empty tmpfs, in a folder of
    # this session's own (pytest empties its base folder when a session starts).
    if not config.option.basetemp and not hasattr(config, "workerinput"):
        base = ROOT / ".cache" / "pytest-tmp"
        base.mkdir(parents=True, exist_ok=True)  # pytest makes the session folder, not its parents
        for old in base.glob("session-*"):
            if not Path(f"/proc/{old.name.split('-')[1]}").exists():
                import shutil
                shutil.rmtree(old, ignore_errors=True)
        config.option.basetemp = str(base / f"session-{os.getpid()}")


def _inputs_digest() -> str:
    h = hashlib.sha256(SITE_URL.encode())
    for name in BUILD_INPUTS:
        base = ROOT / name
        for p in sorted(base.rglob("*")) if base.is_dir() else [base]:
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def shared_site() -> Path:
    """Both languages built once with `mkdocs build --strict`, for SITE_URL: one build for every
    test worker and for the Lighthouse run after them, made again only when an input changed."""
    from site_server import build

    out = CACHE / _inputs_digest()
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the first worker builds; the others wait for it
        if not (out / ".complete").exists():
            import shutil
            # Keep the two newest other builds (another session may be serving one), drop older ones.
            others = sorted((d for d in CACHE.iterdir() if d.is_dir()), key=lambda d: d.stat().st_mtime)
            for old in others[:-2]:
                shutil.rmtree(old, ignore_errors=True)
            build(SITE_URL, out)
            (out / ".complete").touch()
    return out


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    # Every test that uses the served site runs in the one worker that serves it on PORT.
    for item in items:
        if "base_url" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("xdist_group"):
            item.add_marker(pytest.mark.xdist_group("browser"))


def pytest_xdist_node_collection_finished(node, ids):
    # xdist sends a group's tests to one worker by the "@group" it appends to their ids; pytest
    # 9.2 drops that suffix without a word (pytest-xdist#1386), and two workers then serve the
    # site on one port. The browser tests are always grouped: say so when they were not.
    if node.config.getvalue("dist") == "loadgroup":
        lost = [i for i in ids if i.startswith("tests/test_browser.py::") and "@" not in i]
        if lost:
            pytest.exit(f"--dist loadgroup did not group {lost[0]}: this pytest breaks "
                        "pytest-xdist's groups (pytest-xdist#1386); install the pinned one", returncode=3)


@pytest.fixture(scope="session")
def site():
    return shared_site()


@pytest.fixture(scope="session")
def base_url(site):
    """The shared site served as GitHub Pages serves it (the browser tests run in one worker)."""
    from site_server import serve

    with serve(site, PORT) as url:
        assert url == SITE_URL
        yield url
