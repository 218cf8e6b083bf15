# eventwire: the two set-up commands are `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
EW := $(VENV)/bin/eventwire
DB ?= eventwire.duckdb
# `make demo SERVE=0` stops before starting the web server.
SERVE ?= 1

.PHONY: demo test lint install

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[all]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(EW) ingest examples/*.txt --db $(DB) --no-progress
	$(EW) events --db $(DB) --format table
	$(EW) timeline --db $(DB) --by month
ifeq ($(SERVE),1)
	$(EW) serve --db $(DB)
endif

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts

test: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/pytest
