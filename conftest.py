"""The pages' bare ```python blocks (pytest-codeblocks, docs/*/quick.md) run as a reader runs them:
each in an empty folder of its own, never in the repository, with a HOME, KERAS_HOME and temporary
folder of its own, all removed afterwards.

pytest-codeblocks execs a block inside the test process. Its items are not test functions, so no
fixture reaches them, and a conftest's hooks only reach the items under its own folder: hence this
hook in a conftest at the root (tests/conftest.py holds everything else). It is the root's, so it is
loaded whatever pytest is asked to run (`pytest docs/zh/quick.md` too).
"""

import tempfile
from pathlib import Path

import pytest
from pytest_codeblocks.plugin import TestBlock


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    if not isinstance(item, TestBlock):
        return (yield)
    with tempfile.TemporaryDirectory(prefix="codeblock-") as tmp, pytest.MonkeyPatch.context() as mp:
        work, home, temp = (Path(tmp, name) for name in ("work", "home", "tmp"))
        for folder in (work, home, temp):
            folder.mkdir()
        mp.chdir(work)
        mp.setenv("HOME", str(home))
        mp.setenv("KERAS_HOME", str(home / ".keras"))
        mp.setenv("TMPDIR", str(temp))
        mp.setattr(tempfile, "tempdir", str(temp))  # tempfile read TMPDIR once, long ago
        return (yield)
