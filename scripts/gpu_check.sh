#!/usr/bin/env bash
# The GPU check of issue 13, prepared to run in ONE call of at most 10 minutes on a device machine
# (one H200: torch 2.11 + CUDA, transformers 5.17, accelerate; no network; at most 64 MiB carried).
#
#   here:   bash scripts/gpu_check/prepare_wheels.sh          # small wheels the device may lack
#   device: run(command="bash scripts/gpu_check.sh", carry=["scripts/gpu_check/wheels"], timeout_s=600)
#
# Writes $OUT/gpu_check.json (and one log per part). No weights travel: the models are built from
# SmolLM2's real configs (135M, and a 1.7B Llama-shaped one) with random weights; the learning test
# pretrains embedded:tiny-arith on the spot. Every part has its own time limit (30+60+140+150+160 s
# = 540 s, with ~25 s of installs and the collection under the 600 s a call may take), so a slow
# part costs its slot and the JSON still comes back. Seen on the first real run (benchmarks/results/gpu_check.md): env
# 10 s, ddp 30 s, learning 108 s; TRL's first benchmark round alone 54 s (135M) and 75 s (1.7B).
set -u
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
export PYTHONPATH="$PWD/src:$PWD${PYTHONPATH:+:$PYTHONPATH}" REASONRL_CACHE="$OUT/cache" PYTHONUNBUFFERED=1
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
M=scripts/gpu_check/models
T0=$(date +%s)
PARTS=${PARTS:-env ddp learning bench_135m bench_1.7b}  # a rerun may name fewer: PARTS="ddp learning"
part() {  # part NAME SECONDS CMD...: run with a limit, log to $OUT/NAME.log, record rc and seconds
  local name=$1 limit=$2; shift 2
  [[ " $PARTS " == *" $name "* ]] || return 0
  local t=$(date +%s)
  timeout "$limit" "$@" > "$OUT/$name.log" 2>&1
  local rc=$?
  echo "{\"part\": \"$name\", \"rc\": $rc, \"seconds\": $(( $(date +%s) - t ))}" >> "$OUT/parts.jsonl"
  echo "[gpu_check +$(( $(date +%s) - T0 ))s] $name rc=$rc"
}

# 1. what this machine lacks, from the carried wheels, into the interpreter that runs the check
#    (`python -m pip`: a bare `pip` there belongs to another Python and sees none of its packages).
#    Each package on its own, so one that cannot install leaves the others and is reported. pydantic
#    resolves its own small needs from the wheels; the rest go in without deps (the device has
#    pyarrow, xxhash, fsspec, accelerate, and a resolver pass would only fight its pinned versions).
if [ -d scripts/gpu_check/wheels ]; then
  pipw() { python -m pip install -q --no-index --find-links scripts/gpu_check/wheels "$@" >> "$OUT/install.log" 2>&1; }
  for pkg in pydantic PyYAML tqdm phonenumbers dill pytest multiprocess datasets trl; do
    mod=$(echo "${pkg,,}" | sed 's/^pyyaml$/yaml/')
    python -c "import importlib.util,sys; sys.exit(importlib.util.find_spec('$mod') is None)" && continue
    if [ "$pkg" = pydantic ]; then pipw "$pkg"; else pipw --no-deps "$pkg"; fi || echo "not installed: $pkg" >> "$OUT/install.log"
  done
fi
part env 30 python -c "import json,torch,transformers,platform; print(json.dumps({'python': platform.python_version(), 'torch': torch.__version__, 'cuda': torch.version.cuda, 'transformers': transformers.__version__, 'gpu': torch.cuda.get_device_name(0), 'bf16': torch.cuda.is_bf16_supported()}))"

# 2. the launcher path: torchrun, LOCAL_RANK's GPU, NCCL, DDP on the device == the plain update
part ddp 60 torchrun --standalone --nproc_per_node=1 scripts/gpu_check/ddp_step.py --out "$OUT/ddp.json"

# 3. the learning test and the placement tests on cuda (bf16 autocast, fp32 master weights)
part learning 140 python -m pytest -q -p no:cacheprovider tests/rl/test_learning_gpu.py tests/modeling/test_device.py -s

# 4. GRPO steps, reasonrl vs TRL's GRPOTrainer side by side, random weights in bf16
part bench_135m 150 python benchmarks/rl_vs_trl.py --model $M/smollm2-135m --random-init --device cuda --reward noise \
  --prompts 8 --group 8 --max-new-tokens 128 --steps 4 --rounds 1 --lr 1e-6 --workdir "$OUT/work" --out "$OUT/bench_135m.json"
part bench_1.7b 160 python benchmarks/rl_vs_trl.py --model $M/llama-1.7b --tokenizer $M/smollm2-135m --random-init \
  --device cuda --reward noise --prompts 8 --group 8 --max-new-tokens 128 --steps 3 --rounds 1 --lr 1e-6 \
  --workdir "$OUT/work" --out "$OUT/bench_1.7b.json"

python scripts/gpu_check/collect.py "$OUT" > "$OUT/gpu_check.json"
rm -rf "$OUT/cache" "$OUT/work"
cat "$OUT/gpu_check.json"
