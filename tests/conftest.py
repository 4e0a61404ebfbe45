import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "hooks"))
SITE_URL = "http://127.0.0.1:8000/"


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """Both languages built with `mkdocs build --strict` (one build per test worker)."""
    from site_server import build

    out = tmp_path_factory.mktemp("site")
    build(SITE_URL, out)
    return out
