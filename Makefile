# graphkit: two commands on a fresh machine, `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= build

.PHONY: demo test install clean

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

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
