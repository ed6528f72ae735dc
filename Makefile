# Everything a fresh machine needs, from Python 3.11 and make alone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := examples/veloria-unrest/articles
N ?= 200

.PHONY: install demo test benchmark clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "newsdossier needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f demo/dossier.db
	$(BIN)/newsdossier build $(EXAMPLE) --db demo/dossier.db
	$(BIN)/newsdossier report --db demo/dossier.db -o demo/report.html
	$(BIN)/newsdossier export --db demo/dossier.db -o demo/dossier.json
	@echo
	@echo "Dossier:  demo/dossier.db   (open it with: $(BIN)/datasette demo/dossier.db)"
	@echo "Report:   demo/report.html"
	@echo "Export:   demo/dossier.json"

test: install
	$(BIN)/python -m pytest

benchmark: install
	$(BIN)/python benchmarks/throughput.py $(N)

clean:
	rm -rf $(VENV) demo build dist src/*.egg-info .pytest_cache
