"""Copy a deployed version's 404 page to the root of the gh-pages branch.

GitHub Pages answers every missing path with the branch's root 404.html, and mike writes none
(mike issue 72), so a reader who mistypes a versioned URL would get GitHub's generic page. This
commits `<version>/404.html` as the root 404.html (without touching the working tree); that page
sends a missing path under any `…/en/` on to the English 404 page of the same version.

    python tools/root_404.py 0.2 [--branch gh-pages]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

# The pattern `make deploy` checks VERSION against (DEPLOY_VERSION_RE in the Makefile): a version
# that starts with a digit, so it can be neither an option nor a path outside the version's folder.
VERSION_RE = re.compile(r"[0-9]+(\.[0-9]+){0,2}([.-]?[a-z0-9]+)*")


class OneLineParser(argparse.ArgumentParser):
    """argparse's errors in one line (no usage block), exit 2."""

    def error(self, message):
        self.exit(2, f"root_404: {message}\n")


def git(*args: str, env: dict | None = None) -> str:
    proc = subprocess.run(["git", *args], capture_output=True, text=True, env=env)
    if proc.returncode:
        raise RuntimeError(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout.strip()


def main(argv=None) -> int:
    parser = OneLineParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("version", help="a version deployed with mike, e.g. 0.2")
    parser.add_argument("--branch", default="gh-pages", help="the branch mike deploys to")
    args = parser.parse_args(argv)
    if not VERSION_RE.fullmatch(args.version):
        parser.error(f"{args.version!r} is not a version such as 0.2, 1.0.1 or 1.0rc1")
    if args.branch.startswith("-") or subprocess.run(["git", "check-ref-format", "--branch", args.branch],
                                                     capture_output=True).returncode:
        parser.error(f"{args.branch!r} is not a valid branch name")
    try:
        git("rev-parse", "--verify", "--quiet", f"refs/heads/{args.branch}")
    except RuntimeError:
        print(f"root_404: no branch {args.branch!r} here; deploy a version first (make deploy VERSION=…)",
              file=sys.stderr)
        return 2
    try:
        blob = git("rev-parse", f"{args.branch}:{args.version}/404.html")
    except RuntimeError:
        print(f"root_404: {args.branch} has no {args.version}/404.html; "
              f"is {args.version!r} a deployed version?", file=sys.stderr)
        return 2
    if git("ls-tree", args.branch, "404.html").split("\t")[0].endswith(blob):
        return 0  # already the root 404 page
    with tempfile.TemporaryDirectory() as tmp:  # a private index: the reader's own stays untouched
        env = dict(os.environ, GIT_INDEX_FILE=os.path.join(tmp, "index"))
        git("read-tree", args.branch, env=env)
        git("update-index", "--add", "--cacheinfo", f"100644,{blob},404.html", env=env)
        tree = git("write-tree", env=env)
    commit = git("commit-tree", tree, "-p", args.branch, "-m", f"Root 404.html from version {args.version}")
    git("update-ref", f"refs/heads/{args.branch}", commit)
    print(f"root_404: {args.branch}/404.html is now {args.version}/404.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
