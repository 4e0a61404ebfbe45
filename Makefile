# Two commands on a fresh machine (Python 3.11, git, make): `make serve` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
CHROMIUM ?= /usr/bin/chromium
BWRAP ?= /usr/bin/bwrap
VENV   := .venv
BIN    := $(VENV)/bin
# TensorFlow 1.15.5 on Python 3.7, for the TF1 snippets (its recipe is below).
TF1_VENV := .venv-tf1
# The environments of the consumers on the "Deploying elsewhere" page (their recipes are below).
DEPLOY_VENVS := .venv-opencv .venv-tfjs .venv-onnx2tf
TFJS_NODE := snippets/deploy/tfjs_node
DEPLOY_ENVS := $(DEPLOY_VENVS:%=%/.installed) .venv-serving/.installed $(TFJS_NODE)/node_modules
# Material 9.8 prints an end-of-life banner on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lighthouse-all diagrams lint notebooks outputs matrix deploy bench clean crossversion deploy-envs

$(BIN)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --group dev
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --group tf_keras
	@touch $@

serve: $(BIN)/.installed  ## serve both languages on http://127.0.0.1:8000 (zh at /, en at /en/)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed  ## write the static site (both languages) to site/
	$(BIN)/mkdocs build --strict

test: $(BIN)/.installed $(TF1_VENV)/.installed .venv-tf2_15/.installed $(DEPLOY_ENVS) $(CHROMIUM) $(BWRAP) tests/lighthouse/node_modules tests/vnu/node_modules  ## lint, then every test: snippets (TF 2.21 and 1.15), pages, site, browser
	$(BIN)/ruff check .
	$(BIN)/python tools/notebooks.py --check
	$(BIN)/python tools/diagrams.py --check
	$(BIN)/python -m pytest -m "not lighthouse"
	$(BIN)/python -m pytest -m lighthouse -n 0 tests/test_lighthouse.py

lighthouse-all: $(BIN)/.installed $(CHROMIUM) tests/lighthouse/node_modules  ## Lighthouse on every page of both languages, not only the sample `make test` audits (13 minutes in this stop's two runs; scores in tests/lighthouse/scores.json)
	LIGHTHOUSE_PAGES=all $(BIN)/python -m pytest -m lighthouse -n 0 tests/test_lighthouse.py

# Diagram labels are measured in a CJK font when they are drawn (tools/diagrams.py).
CJK_FONT := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
$(CJK_FONT):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null; \
	else echo "Drawing the diagrams needs a CJK font: sudo apt-get install fonts-noto-cjk" >&2; exit 1; fi

diagrams: $(BIN)/.installed $(CHROMIUM) $(CJK_FONT)  ## draw docs/*/diagrams/*.svg from their Mermaid sources (the build stops when one is stale)
	$(BIN)/python tools/diagrams.py

lint: $(BIN)/.installed  ## ruff on tools/, hooks/, tests/, snippets/
	$(BIN)/ruff check .

notebooks: $(BIN)/.installed  ## write docs/*/notebooks/*.ipynb from notebooks/*.py (the build only checks them)
	$(BIN)/python tools/notebooks.py

# The browser tests drive Debian's Chromium (a browser downloaded by a test tool is never used).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; exit 1; fi

# Each snippet runs in a bubblewrap sandbox: the file system read-only but for its own folder, no
# network, its own processes (tools/snippet_runner.py; without bwrap it says so and falls back).
$(BWRAP):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; \
	else echo "The snippet sandbox needs Debian's bubblewrap: sudo apt-get install bubblewrap" >&2; exit 1; fi

# Lighthouse, pinned by tests/lighthouse/package-lock.json.
tests/lighthouse/node_modules: tests/lighthouse/package-lock.json
	npm ci --prefix tests/lighthouse --no-audit --no-fund --loglevel=error
	@touch $@

# The Nu HTML checker (vnu.jar, run with the machine's Java), pinned by tests/vnu/package-lock.json.
tests/vnu/node_modules: tests/vnu/package-lock.json
	npm ci --prefix tests/vnu --no-audit --no-fund --loglevel=error
	@touch $@

outputs: $(BIN)/.installed  ## re-run every snippet and rewrite its .out/.err, and the quick answers page's outputs (then review the diff)
	$(BIN)/python tools/snippet_runner.py --update snippets
	$(BIN)/python tools/codeblock_outputs.py docs/zh/quick.md docs/en/quick.md

matrix: $(BIN)/.installed  ## run the snippets on the other TensorFlow releases too (snippets/verified-on.json)
	$(BIN)/python tools/matrix.py

# TensorFlow 1.15.5 needs Python 3.7: `python3.7` on PATH, else pyenv's, else one from
# `uv python install 3.7` (uv pip-installed into .venv); with none of them, one line says so.
# pip on 3.7 has no --group, so the main venv's Python writes the tf1_15 group out for it.
TF1_VENV := .venv-tf1
$(TF1_VENV)/.installed: pyproject.toml | $(BIN)/.installed
	@start=$$(date +%s); \
	if [ ! -x $(TF1_VENV)/bin/python ]; then \
	  is37='import sys; sys.exit(sys.version_info[:2] != (3, 7))'; py=; \
	  for p in python3.7 $$(pyenv root 2>/dev/null)/versions/3.7.*/bin/python3.7; do \
	    if "$$p" -c "$$is37" 2>/dev/null; then py=$$p; break; fi; \
	  done; \
	  if [ -z "$$py" ] && $(BIN)/python -m pip install --quiet --disable-pip-version-check --group uv >/dev/null 2>&1 \
	      && $(BIN)/uv python install --quiet 3.7 >/dev/null 2>&1; then py=$$($(BIN)/uv python find 3.7); fi; \
	  if [ -z "$$py" ]; then \
	    echo "$(TF1_VENV): no Python 3.7 (not on PATH, not under pyenv, 'uv python install 3.7' failed); TensorFlow 1.15 needs it" >&2; \
	    exit 1; \
	  fi; \
	  "$$py" -m venv $(TF1_VENV); \
	fi; \
	$(BIN)/python -c 'import sys, tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]["tf1_15"], sep="\n")' \
	  > $(TF1_VENV)/requirements.txt && \
	$(TF1_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "pip==24.0" && \
	$(TF1_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(TF1_VENV)/requirements.txt && \
	touch $@ && echo "$(TF1_VENV): TensorFlow 1.15.5 ready in $$(( $$(date +%s) - start )) s"

# TensorFlow 2.15 with Keras 2 as tf.keras: writes the Keras 2 artifacts (snippets marked `# Runtime: tf2.15`).
TF215_VENV := .venv-tf2_15
$(TF215_VENV)/.installed: pyproject.toml
	@test -x $(TF215_VENV)/bin/python || $(PYTHON) -m venv $(TF215_VENV)
	$(TF215_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(TF215_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --group matrix-tf2_15
	@touch $@

# Consumers of the site's models (snippets/deploy/, the "Deploying elsewhere" page), each pinned by a
# dependency group of pyproject.toml in a venv of its own, named by a runtime in tools/snippet_model.py.
# Each prints how long it took.
$(DEPLOY_VENVS:%=%/.installed): %/.installed: pyproject.toml
	@start=$$(date +%s); \
	test -x $*/bin/python || $(PYTHON) -m venv $*; \
	$*/bin/python -m pip install --quiet --disable-pip-version-check "pip==26.3" && \
	$*/bin/python -m pip install --quiet --disable-pip-version-check --group deploy-$(subst .venv-,,$*) && \
	touch $@ && echo "$*: ready in $$(( $$(date +%s) - start )) s"

# tensorflow-serving-api on the pinned TensorFlow without a second copy of it: the venv reads .venv's
# packages through a .pth file (and runs its saved_model_cli), and the API (which requires the
# `tensorflow` distribution, not tensorflow-cpu) is installed with --no-deps.
.venv-serving/.installed: pyproject.toml $(BIN)/.installed
	@start=$$(date +%s); \
	test -x .venv-serving/bin/python || $(PYTHON) -m venv .venv-serving; \
	.venv-serving/bin/python -m pip install --quiet --disable-pip-version-check "pip==26.3" && \
	$(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' \
	  > "$$(.venv-serving/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/pinned-tensorflow.pth" && \
	.venv-serving/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --group deploy-serving && \
	ln -sf "$(abspath $(BIN))/saved_model_cli" .venv-serving/bin/saved_model_cli && \
	touch $@ && echo ".venv-serving: ready in $$(( $$(date +%s) - start )) s"

# @tensorflow/tfjs for Node, pinned by its package-lock.json (the snippets never run npm).
$(TFJS_NODE)/node_modules: $(TFJS_NODE)/package-lock.json
	npm ci --prefix $(TFJS_NODE) --no-audit --no-fund --loglevel=error
	@touch $@

deploy-envs: $(DEPLOY_ENVS)  ## the consumers' environments (snippets/deploy/): OpenCV, TensorFlow.js, onnx2tf, TF Serving's API

# Save on one release, load on another: snippets/crossversion/results.json (not part of make test).
crossversion: $(BIN)/.installed $(TF1_VENV)/.installed $(TF215_VENV)/.installed
	$(BIN)/python tools/crossversion.py

BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: pyproject.toml
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --group bench
	@touch $@

bench: $(BENCH_VENV)/.installed  ## measure every format (minutes; not in make test): bench/results.json, bench/plots/*.svg
	$(BENCH_VENV)/bin/python tools/bench.py

clean:
	rm -rf site .pytest_cache .cache/test-site

# Publish a version with mike to the local gh-pages branch, aliased `latest` and made the default,
# with its 404 page at the branch root (GitHub Pages serves only that one; mike writes none).
# `make deploy VERSION=0.2 PUSH=1` also pushes gh-pages (only PUSH=1; PUSH=0 or empty does not).
# VERSION and PUSH are checked while the Makefile is read, so a bad one stops make with one line
# before anything runs (no install, no mike, no push). $(value ...) reads them unexpanded, and the
# check passes VERSION to the shell single-quoted (' escaped); once checked it can hold only
# [0-9a-z.-] and starts with a digit, so it is no option and needs no further escaping.
# tools/root_404.py applies the same pattern.
DEPLOY_VERSION_RE := [0-9]+(\.[0-9]+){0,2}([.-]?[a-z0-9]+)*
sh_quote = '$(subst ','\'',$(1))'
define newline


endef
ifneq ($(filter deploy,$(MAKECMDGOALS)),)
  ifeq ($(value VERSION),)
    $(error make deploy: VERSION is missing; usage: make deploy VERSION=0.2 [PUSH=1])
  endif
  # $(shell) drops newlines from its command, so a value with one is refused before it runs.
  ifeq ($(if $(findstring $(newline),$(value VERSION)),,$(shell printf '%s' \
          $(call sh_quote,$(value VERSION)) | grep -Ezx '$(DEPLOY_VERSION_RE)')),)
    $(error make deploy: VERSION must be a version such as 0.2, 1.0.1 or 1.0rc1, not '$(subst $(newline),\n,$(value VERSION))')
  endif
  ifneq ($(value PUSH),)
  ifneq ($(value PUSH),0)
  ifneq ($(value PUSH),1)
    $(error make deploy: PUSH must be 1 (push gh-pages) or 0/empty (do not push), not '$(subst $(newline),\n,$(value PUSH))')
  endif
  endif
  endif
endif
deploy: $(BIN)/.installed
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/mike deploy --update-aliases '$(VERSION)' latest
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/mike set-default latest
	$(BIN)/python tools/root_404.py '$(VERSION)'
ifeq ($(value PUSH),1)
	git push origin gh-pages
endif
