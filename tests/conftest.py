import fcntl
import hashlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "hooks"))
# The site the tests build is served on this port, for this URL (its 404 page and sitemap hold it).
PORT = int(os.environ.get("TEST_SITE_PORT", "8765"))
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
