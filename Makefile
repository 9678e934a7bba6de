# `make run` opens the app on the sample; `make test` runs the whole suite.
# Both create .venv with the project installed when it is missing.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/reviewer gui --bilingual seeds/korea-japan-defense-talks.en-ko.txt

test: $(STAMP)
	$(VENV)/bin/ruff check reviewer ui tests bench
	$(VENV)/bin/ruff format --check reviewer ui tests bench
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV)
