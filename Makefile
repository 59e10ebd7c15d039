# sitrep: `make run` ingests the bundled examples and prints their events; `make test` runs the checks.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= $(CURDIR)/.sitrep/examples.db

.PHONY: install run test lint typecheck clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

run: install
	mkdir -p $(dir $(DB))
	$(BIN)/sitrep ingest examples/ --db $(DB)
	$(BIN)/sitrep events --db $(DB)

lint: install
	$(BIN)/ruff check src tests benchmarks

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .sitrep .pytest_cache .mypy_cache .ruff_cache
