# Two commands do all set-up on a fresh machine:
#   make voorbeelden   installs into .venv and checks the shipped example proposals
#   make test          installs into .venv (with test tools) and runs the tests
#   make benchmark     the speed figures (benchmarks/README.md); make soak: 1,000,000 evaluations
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: voorbeelden test install benchmark soak clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# bytecode, as pip writes it for a wheel: PYTHONDONTWRITEBYTECODE would otherwise make every
	# start compile the package again (~30 ms of a ~90 ms start)
	$(BIN)/python -m compileall -q substitutiecheck
	touch $@

install: $(VENV)/.installed

# a short overview (one line per example, the totals) and the full reports in one HTML file;
# a no-go example is what the examples are for (exit 1), anything worse fails
voorbeelden:
	@$(MAKE) --no-print-directory -s install
	@$(BIN)/python examples/overzicht.py --html build/voorbeelden.html ; status=$$?; [ $$status -le 1 ] || exit $$status

test: install
	$(BIN)/python -m pytest

benchmark: install
	$(BIN)/python benchmarks/run.py

# 1,000,000 evaluations in one process: resident memory must grow by less than 20 MB
soak: install
	$(BIN)/python benchmarks/soak.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
