"""The Nu HTML checker (vnu.jar, pinned in tests/vnu/, run with the machine's Java) finds no error
on any page of the built site that our pages, hooks or overrides cause.

What it reports that comes from the theme's or a plugin's own templates is listed in THEIRS, each
with the reason it stays; an entry that no longer occurs fails the test too, so the list cannot
outlive its cause.
"""

import json
import re
import shutil
import subprocess

import pytest

from conftest import ROOT

VNU = ROOT / "tests" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (message pattern, pattern of the markup quoted with it, where it comes from and why it stays)
THEIRS = [
    (r"^Attribute “autocomplete” is only allowed when the input type is",
     r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
     "Material's base.html: its drawer and search toggles are checkboxes with autocomplete=off, "
     "which stops Firefox from restoring their checked state when the reader goes back; "
     "we keep Material's base template rather than copy it"),
    (r"^Bad value “” for attribute “tabindex” on element “label”",
     r'<label class="md-nav__link[^"]*" for="__nav_\d+" id="__nav_\d+_label" tabindex="">',
     "Material's partials/nav-item.html: a section label in the navigation (navigation.sections) "
     "gets tabindex=\"\" (its template sets 0 only for labels that are not sections); browsers "
     "ignore the empty value"),
    (r"^The “aria-label” attribute must not be specified on any “clipboard-copy” element",
     r"<clipboard-copy [^>]*aria-label=\"Copy to Clipboard\"",
     "mkdocs-jupyter's notebook template (the walkthrough notebooks' copy buttons): a custom element "
     "with an aria-label and no role; the label is what screen readers announce for the button"),
]


def vnu_messages(site) -> list[dict]:
    if not VNU.exists():
        pytest.fail("the Nu HTML checker is not installed: run `make test` (npm ci --prefix tests/vnu)")
    if not shutil.which("java"):
        pytest.fail("the Nu HTML checker needs Java (apt-get install default-jre-headless)")
    proc = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
                           str(site)], capture_output=True, text=True, timeout=600)
    return json.loads(proc.stderr or proc.stdout)["messages"]


def theirs(message: dict):
    for pattern, markup, reason in THEIRS:
        if re.search(pattern, message.get("message", "")) and re.search(markup, message.get("extract", "")):
            return reason
    return None


def test_no_html_error_of_ours(site):
    messages = vnu_messages(site)
    pages = {m["url"] for m in messages}
    ours = [f"{m['url'].split(str(site))[-1]}:{m.get('lastLine')}: {m['message']} | {m.get('extract', '')!r}"
            for m in messages if m.get("type") == "error" and not theirs(m)]
    assert ours == [], "\n".join(ours[:20])
    seen = {theirs(m) for m in messages}
    stale = [reason[:60] for _, _, reason in THEIRS if reason not in seen]
    assert not stale, f"no longer reported, remove from THEIRS: {stale}"
    assert pages, "the checker looked at no page"


def test_the_checker_reports_an_error_of_ours(tmp_path):
    # The content error issue 19 saw: a message's ``` ended its block early, and a stray </p> followed.
    (tmp_path / "index.html").write_text("<!DOCTYPE html><html lang=en><head><title>t</title></head>"
                                         "<body><pre><code>a</code></pre></p></body></html>")
    messages = vnu_messages(tmp_path)
    assert any("No “p” element in scope" in m["message"] and not theirs(m) for m in messages), messages
