# Hjulet - every target bootstraps what it needs from a clean clone.
# make run | make test | make lint | make bench | make stress | make screenshots | make translations | make clean
# make dist (wheel, sdist, frozen folder, .tar.xz, .deb) | make smoke | make installer-check | make deb-check

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.stamp-installed
BASEDIR ?= run
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test lint bench stress screenshots translations update-translations system-deps-test system-deps-run venv clean
.PHONY: dist wheel bundle smoke installer-check deb-check

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) 2>/dev/null || \
		{ rm -rf $(VENV); packaging/system-deps.sh venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,dist]'
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

# One test process more than the machine has cores (pytest-xdist): many tests wait on
# subprocesses, fsync and the accessibility bus, so a third process on 2 cores keeps them
# busy (idle, 1,043 tests: 159 s with 2 processes, 133 s with 3). TEST_PROCS=N overrides;
# pytest -m "not slow" is the quick loop while developing.
# - The tests' files (vaults, exports, PDFs) live on a RAM disk where there is one with
#   2 GB free (TEST_TMPDIR; a run needs about 350 MB at its peak, a container's
#   /dev/shm is often 64 MB): they are real files all the same, but thousands of
#   commits do not wait for a disk. No test relies on data reaching a disk (a kill -9
#   does not lose the page cache).
# - Compiled modules are kept even where the shell says not to write them
#   (PYTHONDONTWRITEBYTECODE): each test process rewrites and compiles every test
#   module, and the app, CLI and fit subprocesses import the package about a hundred
#   times a run.
TEST_TMPDIR ?= $(shell [ "$$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $$4}')" -gt 2000000 ] \
	2>/dev/null && echo /dev/shm || echo $${TMPDIR:-/tmp})
TEST_PROCS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))
test: system-deps-test translations
	TMPDIR=$(TEST_TMPDIR) PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest -q -n $(TEST_PROCS) --dist loadgroup

lint: $(STAMP)
	$(VENV)/bin/ruff check hjulet tests benchmarks
	$(VENV)/bin/ruff format --check hjulet tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) packaging/check_test_mirror.py

bench: system-deps-test translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

stress: system-deps-test $(STAMP)
	$(PY) -m benchmarks.stress

screenshots: system-deps-test translations
	$(PY) -m benchmarks.screenshots shots

# --- packaging: everything lands in dist/ (see docs/INSTALL.md) -------------
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
DIST    := dist
BUNDLE  := $(DIST)/hjulet

wheel: $(STAMP) translations
	rm -f $(DIST)/hjulet-$(VERSION)-*.whl $(DIST)/hjulet-$(VERSION).tar.gz
	$(PY) -m build --outdir $(DIST) . >/dev/null
	@rm -rf build/lib build/bdist.* hjulet.egg-info

bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath $(DIST) \
		--workpath build/pyinstaller packaging/hjulet.spec

dist: wheel bundle
	@packaging/system-deps.sh dist
	packaging/linux-packages.sh $(VERSION) $(BUNDLE) $(DIST)
	cd $(DIST) && sha256sum hjulet-$(VERSION)* hjulet_$(VERSION)_* > SHA256SUMS
	@du -sh $(BUNDLE); ls -la $(DIST)

# The frozen program and the installed wheel, every command, from outside the tree.
smoke: system-deps-test
	@test -x $(BUNDLE)/hjulet || { echo "make smoke: run make dist first" >&2; exit 1; }
	$(PY) packaging/smoke.py $(BUNDLE)/hjulet --bundle $(BUNDLE)
	packaging/wheel-check.sh $(DIST)/hjulet-$(VERSION)-py3-none-any.whl $(PY)

# Root only: install the .deb for real, use it, remove it, check data survives.
deb-check:
	packaging/deb-check.sh $(DIST)/hjulet_$(VERSION)_*.deb

# Windows installers (NSIS, MSI, portable zip) built and exercised under Wine,
# around a stand-in program (or WINDOWS_PROGRAM=folder built on Windows).
installer-check:
	@packaging/system-deps.sh installers
	packaging/windows/installer-check.sh $(WINDOWS_PROGRAM)

clean:
	rm -rf $(VENV) i18n/*.qm .mypy_cache .ruff_cache .hypothesis build dist
