# Two entry points, as the README says: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= warta.duckdb

.PHONY: install demo test bench lock clean

# The virtualenv is (re)built when the dependency pins change.
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/warta ingest demo/corpus --db $(DB)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench_ingest.py

# Re-pin the whole dependency tree after changing pyproject.toml.
lock:
	$(BIN)/pip freeze --exclude-editable | grep -v -e "^warta" -e " @ file:" > requirements.lock

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
