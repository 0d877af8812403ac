# Every target installs what it needs: on a fresh machine `make test` and `make demo` just work.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Re-install the dev environment whenever pyproject.toml changes.
STAMP := $(VENV)/.installed
# The Argus servers' virtualenvs and runs (argus_local): the repo's git-ignored .cache, not the user's cache folder.
export ARGUS_LOCAL_CACHE ?= $(CURDIR)/.cache/argus-servers

.PHONY: help venv servers check test-quick test server server-v1 generate demo check-generated bench clean

# The test tiers are markers that tests/conftest.py sets from each test's fixtures (server, fuzz, slow).
CHECK_TESTS := not server and not fuzz and not slow

help:
	@echo "make check      ruff, mypy --strict, the generated-code check and every test that needs no server (~1 min)"
	@echo "make test-quick everything but the property tests, against real servers (~8 min)"
	@echo "make test       install everything (dev venv, both Argus servers) and run every test: what CI runs"
	@echo "make demo       run the example against a local real Argus 2.10.2 server"
	@echo "make server     start argus-server 2.10.2 (API v2) in the foreground; prints URL and tokens"
	@echo "make server-v1  start argus-server 1.37.0 (API v1) in the foreground"
	@echo "make generate   regenerate generated/ from spec/ (openapi-python-client, pinned)"
	@echo "make check-generated  fail, showing the diff, if generated/ is not what spec/ makes"
	@echo "make bench      benchmarks against pyargus and plain httpx on a local real server (~50 min; QUICK=1: ~6 min)"
	@echo "make clean      remove the dev venv and the server cache"

# The dev requirements are a PEP 735 dependency group (pyproject.toml), which pip reads from 25.1 on: the pip
# a new venv comes with may be older, so it is upgraded first.
PIP := $(PY) -m pip install --disable-pip-version-check -q

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) 'pip>=25.1'
	$(PIP) -e . --group dev
	touch $(STAMP)

venv: $(STAMP)

servers: $(STAMP)
	$(VENV)/bin/argus-local install all

# ruff (lint and format), mypy and the generated-code check are tests too (tests/test_static_checks.py,
# tests/test_generated_is_current.py): one list of checks, whichever target runs them.
check: $(STAMP)
	$(PY) -m pytest -m "$(CHECK_TESTS)" $(PYTEST_ARGS)

# Test processes (pytest-xdist), each with Argus servers of its own; a module's tests stay in
# one process (--dist loadscope: its module-scoped fixtures, such as the property tests' fuzzer, are made once).
# --no-loadscope-reorder: modules are handed out in the test order, where tests/conftest.py puts the slow ones
# first; xdist's default hands out the modules with the most tests first, so the 205-second test_isolation.py
# (one test) came last, and one process worked alone for its 200 s (two clean-clone runs: 956 s against 747 s,
# 1022 s against 825 s).
# Three processes on the two CPUs: the tests spend a third of their time waiting (servers, subprocesses), so two
# processes kept the CPUs only 67-69% busy, and made 1847 process-seconds of work take 17 min; three took 14 min
# 42 s even with the end unbalanced (tests/run_profile.py prints where the time went). TEST_PROCESSES=2 for two.
TEST_PROCESSES ?= 3
PARALLEL := -n $(TEST_PROCESSES) --dist loadscope --no-loadscope-reorder

test-quick: servers
	$(PY) -m pytest $(PARALLEL) -m "not fuzz" $(PYTEST_ARGS)

# --durations: the slowest tests, printed at the end of every run (CI's too).
test: servers
	$(PY) -m pytest $(PARALLEL) --durations=15 $(PYTEST_ARGS)

server: $(STAMP)
	$(VENV)/bin/argus-local serve v2 $(SERVE_ARGS)

server-v1: $(STAMP)
	$(VENV)/bin/argus-local serve v1 $(SERVE_ARGS)

# generator/generate.py writes generated/ from spec/ (openapi-python-client and ruff pinned in
# pyproject.toml). flock: two regenerations at once would interleave their output.
# GENERATE_ARGS: e.g. a draft spec outside spec/ (`make generate GENERATE_ARGS=/tmp/draft/v2.yaml`).
generate: $(STAMP)
	mkdir -p .cache && flock .cache/generate.lock $(PY) generator/generate.py $(GENERATE_ARGS)

# Regenerates into a temporary folder and compares: generated/ is left alone.
check-generated: $(STAMP)
	$(PY) generator/generate.py --check $(GENERATE_ARGS)

demo: $(STAMP)
	$(PY) examples/demo.py

# The benchmarks' own dependency group (pyargus, matplotlib) on top of the dev venv; re-installed with it.
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP)
	$(PIP) -e . --group dev --group bench
	touch $(BENCH_STAMP)

# Writes bench/results.json and bench/ratios.png; BENCHMARKS.md has the figures of a full run.
bench: servers $(BENCH_STAMP)
	$(PY) -m bench $(if $(QUICK),--quick) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .cache
