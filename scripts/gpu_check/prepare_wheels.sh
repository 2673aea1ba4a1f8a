#!/usr/bin/env bash
# Download, here (where the package registry answers), the small wheels the GPU check machine may
# lack, into scripts/gpu_check/wheels (git-ignored; the device call carries it). Pure-Python
# wheels once; pydantic-core (compiled) for CPython 3.10-3.13. datasets needs pyarrow (~40 MB
# per Python version), over what a call can carry: when the device lacks datasets, TRL's side of
# the benchmark reports its import error and reasonrl's side still runs.
set -eu
W=scripts/gpu_check/wheels
mkdir -p "$W"
pip download -q --no-deps -d "$W" pydantic==2.* annotated-types typing-inspection typing-extensions PyYAML tqdm \
  phonenumbers dill pytest pluggy iniconfig "trl==1.16.*" 2>/dev/null || true
for v in 3.10 3.11 3.12 3.13; do
  pip download -q --no-deps -d "$W" --only-binary=:all: --python-version "$v" --platform manylinux2014_x86_64 \
    "pydantic-core==$(python -c 'import pydantic_core; print(pydantic_core.__version__)')" PyYAML || true
done
du -sh "$W"
