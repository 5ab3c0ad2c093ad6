# Two commands do all set-up on a fresh machine:
#   make voorbeelden   installs into .venv and checks the shipped example proposals
#   make test          installs into .venv (with test tools) and runs the tests
#   make lint          format, lint and type checks (run by CI)
#   make benchmark     the speed figures of issue 18 (benchmarks/README.md); make soak: 1,000,000
#                      evaluations; make benchmark-peers: the same decision in CLIPS and zen-engine
#   make wheelhouse    both wheels (durable-rules and substitutiecheck) in wheelhouse/, for
#                      `pip install wheelhouse/*.whl` on a machine with this Python version
# Another Python (3.11, 3.12 or 3.13): make test PYTHON=python3.13 VENV=.venv313
PYTHON     ?= python3
VENV       ?= .venv
WHEELHOUSE ?= wheelhouse
BIN        := $(VENV)/bin

.PHONY: voorbeelden test lint install benchmark benchmark-peers soak wheelhouse clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# durable-rules 2.0.28 from PyPI does not import on Python 3.13: there tools/bouw_durable.py
# first builds it from its sdist with upstream's fix (checked, see the script) and installs it;
# on 3.11 and 3.12 it does nothing and pip installs PyPI's release as a dependency.
$(VENV)/.installed: $(BIN)/python pyproject.toml tools/bouw_durable.py
	$(BIN)/python tools/bouw_durable.py --alleen-nodig --installeer $(VENV)/wheels
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
	$(BIN)/python -m pytest -n 2

# the checks that keep the shape (issue 15; rule set and reasons in pyproject.toml): format, lint
# (complexity <= 15 included), mypy --strict on the package; module size is tests/test_vorm.py
lint: install
	$(BIN)/ruff format --check --quiet .
	$(BIN)/ruff check --quiet .
	$(BIN)/mypy

# issue 18's table in one run (ratios measured in the same run, medians); before/after in one run:
#   make benchmark ARGS='--tegen /tmp/voor'   (git archive <commit> | tar -x -C /tmp/voor)
benchmark: install
	$(BIN)/python benchmarks/run.py $(ARGS)

# the same decision in CLIPS (clipspy) and zen-engine beside substitutiecheck and plain Python:
# installs the optional extra 'peers' into the venv, checks that all agree, prints the cost
benchmark-peers: install
	$(BIN)/python -m pip install --quiet -e '.[test,peers]'
	$(BIN)/python benchmarks/peers.py $(ARGS)

# 1,000,000 evaluations in one process: resident memory must grow by less than 20 MB
soak: install
	$(BIN)/python benchmarks/soak.py

wheelhouse: $(BIN)/python
	$(BIN)/python tools/bouw_durable.py $(WHEELHOUSE)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(WHEELHOUSE) .

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis $(WHEELHOUSE)
