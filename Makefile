# Two commands on a fresh machine (Python 3.11, git, make): `make serve` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
CHROMIUM ?= /usr/bin/chromium
VENV   := .venv
BIN    := $(VENV)/bin
# Material 9.8 prints an end-of-life banner on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test outputs matrix deploy bench clean

$(BIN)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --group dev
	@touch $@

serve: $(BIN)/.installed  ## serve both languages on http://127.0.0.1:8000 (zh at /, en at /en/)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed  ## write the static site (both languages) to site/
	$(BIN)/mkdocs build --strict

test: $(BIN)/.installed $(CHROMIUM) tests/lighthouse/node_modules  ## run every test: snippets, pages, site, browser
	$(BIN)/python -m pytest -m "not lighthouse"
	$(BIN)/python -m pytest -m lighthouse -n 0 tests/test_lighthouse.py

# The browser tests drive Debian's Chromium (a browser downloaded by a test tool is never used).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; exit 1; fi

# Lighthouse, pinned by tests/lighthouse/package-lock.json.
tests/lighthouse/node_modules: tests/lighthouse/package-lock.json
	npm ci --prefix tests/lighthouse --no-audit --no-fund --loglevel=error
	@touch $@

outputs: $(BIN)/.installed  ## re-run every snippet and rewrite its .out/.err (then review the diff)
	$(BIN)/python tools/snippet_runner.py --update snippets

matrix: $(BIN)/.installed  ## run the snippets on the other TensorFlow releases too (snippets/verified-on.json)
	$(BIN)/python tools/matrix.py

BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: pyproject.toml
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --group bench
	@touch $@

bench: $(BENCH_VENV)/.installed  ## measure every format (minutes; not in make test): bench/results.json, bench/plots/*.svg
	$(BENCH_VENV)/bin/python tools/bench.py

clean:
	rm -rf site .pytest_cache

# Publish a version with mike to the local gh-pages branch, aliased `latest` and made the default,
# with its 404 page at the branch root (GitHub Pages serves only that one; mike writes none).
# `make deploy VERSION=0.2 PUSH=1` also pushes gh-pages.
deploy: $(BIN)/.installed
	@test -n "$(VERSION)" || { echo "usage: make deploy VERSION=0.2 [PUSH=1]" >&2; exit 2; }
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/mike deploy --update-aliases $(VERSION) latest
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/mike set-default latest
	$(BIN)/python tools/root_404.py $(VERSION)
	$(if $(PUSH),git push origin gh-pages)
