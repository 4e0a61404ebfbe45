# Two commands on a fresh machine (Python 3.11, git, make): `make serve` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Material 9.8 prints an end-of-life banner on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test outputs matrix clean

$(BIN)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --group dev
	@touch $@

serve: $(BIN)/.installed  ## serve both languages on http://127.0.0.1:8000 (zh at /, en at /en/)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed  ## write the static site (both languages) to site/
	$(BIN)/mkdocs build --strict

test: $(BIN)/.installed   ## run every test: snippets, pages, site build
	$(BIN)/python -m pytest

outputs: $(BIN)/.installed  ## re-run every snippet and rewrite its .out/.err (then review the diff)
	$(BIN)/python tools/snippet_runner.py --update snippets

matrix: $(BIN)/.installed  ## run the snippets on the other TensorFlow releases too (snippets/verified-on.json)
	$(BIN)/python tools/matrix.py

clean:
	rm -rf site .pytest_cache
