"""The feedback links at the end of every page (overrides/main.html): "this page is wrong / out
of date / its code fails", each opening a new GitHub issue prefilled with the page's URL and the
site's version. Only when REPO_URL names a GitHub repository (https://github.com/<owner>/<repo>),
as the publish workflow sets it; a local build has no such links. Plain links, no script. The
words are the page template's, in i18n/<lang>.yml (`page: feedback…`).

The version is mike's (MIKE_DOCS_VERSION, while `make deploy` builds one), else the commit built.
"""

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GITHUB_RE = re.compile(r"https://github\.com/[\w.-]+/[\w.-]+")
KINDS = ("wrong", "outdated", "code")


def version() -> str:
    if os.environ.get("MIKE_DOCS_VERSION"):
        return os.environ["MIKE_DOCS_VERSION"]
    proc = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return proc.stdout.strip() or "local"


def on_config(config):
    repo = (config.repo_url or "").rstrip("/").removesuffix(".git")
    config.extra["feedback"] = ({"new_issue": f"{repo}/issues/new", "version": version(), "kinds": KINDS}
                                if GITHUB_RE.fullmatch(repo) else None)
    return config
