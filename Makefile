# Two entry points, as the README says: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= warta.duckdb

.PHONY: install demo serve test bench lock assets clean

# The virtualenv is (re)built when the dependency pins change.
$(VENV)/.installed: pyproject.toml requirements.lock
	@echo "Installing warta and its pinned dependencies into $(VENV) (a few minutes the first time; pip shows each package)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check --progress-bar on -c requirements.lock -e '.[test,bench,train,ray]'
	touch $@

install: $(VENV)/.installed

# ingest prints what it read, then what the store holds (events by type, actors, places) and the serve command
demo: install
	$(BIN)/warta ingest demo/corpus --db $(DB)
	@echo "Open the dashboard: make serve  (= $(BIN)/warta serve --db $(DB)), then http://127.0.0.1:8000/"

serve: install
	$(BIN)/warta serve --db $(DB)

# Lint and type check first (seconds), then the suite; any failure fails the target.
test: install
	$(BIN)/ruff check src tests training bench docs
	$(BIN)/mypy
	@[ -x "$${WARTA_CHROMIUM:-/usr/bin/chromium}" ] || command -v chromium >/dev/null || echo "note: no Debian chromium at /usr/bin/chromium: the dashboard tests will be skipped (apt-get install chromium; .ci/run installs it)"
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_events.py
	$(BIN)/python bench/bench_places.py
	$(BIN)/python bench/bench_serve.py

# Re-vendor the dashboard's front-end libraries from npm (committed in src/warta/serve/static/vendor).
assets:
	sh frontend/vendor.sh

# Re-pin the whole dependency tree after changing pyproject.toml.
lock:
	$(BIN)/pip freeze --exclude-editable | grep -v -e "^warta" -e " @ file:" > requirements.lock

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
