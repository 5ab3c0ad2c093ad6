# Two commands do all set-up on a fresh machine:
#   make voorbeelden   installs into .venv and checks the shipped example proposals
#   make test          installs into .venv (with test tools) and runs the tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: voorbeelden test install benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

voorbeelden: install
	$(BIN)/substitutiecheck check examples/voorstellen/ ; status=$$?; [ $$status -le 1 ] || exit $$status

test: install
	$(BIN)/python -m pytest

benchmark: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
