# Hjulet - every target bootstraps what it needs from a clean clone.
# make run | make test | make lint | make bench | make stress | make screenshots | make translations | make clean

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.stamp-installed
BASEDIR ?= run
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test lint bench stress screenshots translations update-translations system-deps-test system-deps-run venv clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) 2>/dev/null || \
		{ rm -rf $(VENV); packaging/system-deps.sh venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# Qt message catalogues: i18n/*.ts are sources, .qm are build outputs.
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)
i18n/%.qm: i18n/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP) $(QM)

# Re-extract source strings into the .ts catalogues (developers, after changing UI text).
update-translations: $(STAMP)
	$(PY) packaging/i18n.py update

system-deps-test:
	@packaging/system-deps.sh test

system-deps-run:
	@packaging/system-deps.sh run

run: system-deps-run translations
	$(PY) -m hjulet --basedir $(BASEDIR) --demo

test: system-deps-test translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check hjulet tests benchmarks
	$(VENV)/bin/ruff format --check hjulet tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: system-deps-test translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

stress: system-deps-test $(STAMP)
	$(PY) -m benchmarks.stress

screenshots: system-deps-test translations
	$(PY) -m benchmarks.screenshots shots

clean:
	rm -rf $(VENV) i18n/*.qm .mypy_cache .ruff_cache .hypothesis
