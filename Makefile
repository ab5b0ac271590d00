# graphkit: two commands on a fresh machine, `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= build

.PHONY: demo test install chromium clean

$(BIN)/graphkit: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/graphkit

demo: install
	@mkdir -p $(OUT)
	$(BIN)/graphkit build examples/corpus -o $(OUT)/graph.ttl --html $(OUT)/graph.html
	@echo "Turtle: $(abspath $(OUT)/graph.ttl)"
	@echo "HTML:   $(abspath $(OUT)/graph.html)"

# Debian's chromium for the viewer's browser tests (tests/test_browser.py drives it with
# Playwright; `playwright install` is never run) and Debian's nodejs, which checks the
# page's script (graphkit/view/app.js). Nothing to do when both are already there, or
# when GRAPHKIT_SKIP_BROWSER=1 skips those tests on purpose.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT  := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

chromium:
	@if [ "$${GRAPHKIT_SKIP_BROWSER:-}" = 1 ] || { command -v chromium && command -v node; } >/dev/null 2>&1; then :; else \
	  echo "chromium or node not found: installing Debian's chromium and nodejs for the viewer's tests"; \
	  $(APT) update && $(APT) install -y --no-install-recommends chromium nodejs; \
	fi

test: install chromium
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
