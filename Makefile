# sitrep: `make run` ingests the bundled examples and prints their events; `make test` runs the checks.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= $(CURDIR)/.sitrep/examples.db

.PHONY: install run test lint typecheck system-deps clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

run: install
	mkdir -p $(dir $(DB))
	$(BIN)/sitrep ingest examples/ --db $(DB) --create
	$(BIN)/sitrep events --db $(DB)

lint: install
	$(BIN)/ruff check src tests scripts benchmarks

typecheck: install
	$(BIN)/mypy

# What some tests need beside Python: PostgreSQL (the store's tests run on it as on SQLite) and
# Chromium (the dashboard's browser tests). Installed from Debian's packages when missing and we
# may (root, apt-get); otherwise those tests are skipped with a message.
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "note:$$missing not installed; the tests that need it are skipped"; fi; \
	fi

test: install system-deps lint typecheck
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .sitrep .pytest_cache .mypy_cache .ruff_cache
