#!/usr/bin/env bash
# Download, here (where the package registry answers), the small wheels the GPU check machine
# lacks, into scripts/gpu_check/wheels (git-ignored; the device call carries it). Versions come
# from infra/docker/constraints.txt (the tested set), never from whatever `python` is on PATH here:
# a pydantic-core taken from another interpreter does not match pydantic and the install fails.
# Pure-Python wheels once; compiled ones (pydantic-core, PyYAML) and multiprocess per CPython
# 3.10-3.13. The device has pyarrow, xxhash, fsspec, accelerate: datasets and TRL install there.
set -eu
W=scripts/gpu_check/wheels
C=infra/docker/constraints.txt
pin() {  # the pinned requirement of one package ('-' and '_' alike); a name not pinned is an error
  grep -i -m1 -E "^$(echo "$1" | sed 's/[-_]/[-_]/g')==" "$C" | tr -d '\r' | grep . || { echo "not in $C: $1" >&2; exit 1; }
}
mkdir -p "$W"
pip download -q --no-deps -d "$W" "$(pin pydantic)" "$(pin annotated-types)" "$(pin typing-inspection)" \
  "$(pin typing-extensions)" "$(pin tqdm)" "$(pin phonenumbers)" "$(pin dill)" "$(pin pytest)" "$(pin pluggy)" \
  "$(pin iniconfig)" "$(pin datasets)" "$(pin trl)"
for v in 3.10 3.11 3.12 3.13; do
  pip download -q --no-deps -d "$W" --only-binary=:all: --python-version "$v" --platform manylinux2014_x86_64 \
    "$(pin pydantic_core)" "$(pin pyyaml)" "$(pin multiprocess)" || true
done
du -sh "$W"
