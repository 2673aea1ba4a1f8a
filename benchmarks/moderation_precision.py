"""What bf16 autocast changes in a moderation RL step on SmolLM2-135M, and what it costs (CPU).

One moderation RL batch as the recipe draws it (`--prompts` training prompts x the recipe's group
size, sampled in fp32 with the recipe's sampling settings, scored by the recipe's rewards, GRPO
advantages), then the same model and batch in fp32 and under bf16 autocast with fp32 master
weights (`model.precision: bf16`, as `modeling.device.Placement` runs it):

- per-token log-probs of the sampled completions: mean and max |fp32 - bf16|, and of the
  per-sequence sums;
- the policy-gradient gradient (on-policy GRPO, Shao et al. 2024 eq. 3 with ratio 1, token mean):
  cosine between the fp32 and the bf16 gradient, and its relative error; the sampling-noise scale
  to read it against is the cosine between the fp32 gradients of the batch's two halves (disjoint
  prompts: what another draw of prompts moves the direction by);
- greedy completions of the prompts through the engine (the lean decode step, bf16 GEMMs under
  the autocast): share of identical rows and of identical final labels;
- seconds for one forward + backward of the whole batch and for the greedy decode, medians over
  `--repeats`, the two precisions alternating.

    python benchmarks/moderation_precision.py --out benchmarks/results/moderation_precision.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cosine(a, b) -> float:
    """In float64: over 135M entries an fp32 dot product drifts past 1 (1.0146 measured)."""
    a, b = a.double(), b.double()
    return float((a @ b) / (a.norm() * b.norm()).clamp(min=1e-300))


def _flat_grad(model):
    import torch

    grads = [p.grad.flatten() for p in model.parameters() if p.grad is not None]
    out = torch.cat(grads).clone()
    model.zero_grad(set_to_none=True)
    return out


def _pg_loss(model, sb, adv, rows=None):
    """Token-mean on-policy GRPO loss -(A_i * log pi(o_i,t)) over completion tokens, through the
    update's own path (each prompt once per group, completions packed: rl.batch); its log-probs
    [B, Lc] are returned detached. `rows` restricts the loss to those sequences."""
    from reasonrl.rl.batch import shared_prefix_logprobs

    logp = shared_prefix_logprobs(model, model, sb, packed=True)
    mask = sb.mask
    if rows is not None:
        keep = mask.new_zeros(mask.shape[0])
        keep[rows] = 1.0
        mask = mask * keep[:, None]
    loss = -(adv[:, None] * logp * mask).sum() / mask.sum()
    return loss, logp.detach()


def _gradients(model, sb, adv, g: int, places: dict, repeats: int, log) -> dict:
    """Log-prob and gradient figures of one batch in each precision, and forward+backward seconds."""
    grads, logps, seconds = {}, {}, {name: [] for name in places}
    for r in range(repeats):
        for name, place in places.items():
            model.zero_grad(set_to_none=True)
            t = time.perf_counter()
            with place.autocast():
                loss, logp = _pg_loss(model, sb, adv)
            loss.backward()
            seconds[name].append(time.perf_counter() - t)
            grads[name], logps[name] = _flat_grad(model), logp
            log(f"round {r + 1} {name}: forward+backward {seconds[name][-1]:.1f} s")
    n = sb.mask.shape[0]
    half = n // 2 // g * g
    halves = []
    for rows in (list(range(half)), list(range(half, n))):
        loss, _ = _pg_loss(model, sb, adv, rows)
        loss.backward()
        halves.append(_flat_grad(model))
    mask = sb.mask.bool()
    diff = (logps["fp32"] - logps["bf16"]).abs()[mask]
    seq = {k: (v * sb.mask).sum(1) for k, v in logps.items()}
    return {
        "token_logprob_abs_diff_mean": float(diff.mean()),
        "token_logprob_abs_diff_max": float(diff.max()),
        "sequence_logprob_abs_diff_mean": float((seq["fp32"] - seq["bf16"]).abs().mean()),
        "grad_cosine_fp32_bf16": _cosine(grads["fp32"], grads["bf16"]),
        "grad_relative_error": float(
            (grads["fp32"].double() - grads["bf16"].double()).norm() / grads["fp32"].double().norm()
        ),
        "grad_cosine_halves_fp32": _cosine(*halves),
        "forward_backward_s": seconds,
        "forward_backward_ratio": statistics.median(seconds["fp32"]) / statistics.median(seconds["bf16"]),
    }


def _greedy(engine, task, records, params, places: dict, repeats: int) -> dict:
    """Greedy completions of `records` in each precision: identical rows and labels, seconds."""
    prompts = [task.render(r, engine.tok) for r in records]
    out, seconds = {}, {name: [] for name in places}
    for _ in range(repeats):
        for name, place in places.items():
            t = time.perf_counter()
            with place.autocast():
                out[name] = [x.completion for x in engine.generate(prompts, params)]
            seconds[name].append(time.perf_counter() - t)
    labels = {k: [task.answer(c, r) for c, r in zip(v, records, strict=True)] for k, v in out.items()}
    same = lambda k: sum(a == b for a, b in zip(k["fp32"], k["bf16"], strict=True))  # noqa: E731
    return {
        "greedy_rows": len(records),
        "greedy_identical_rows": same(out),
        "greedy_identical_labels": same(labels),
        "decode_s": seconds,
        "decode_ratio": statistics.median(seconds["fp32"]) / statistics.median(seconds["bf16"]),
    }


def measure(recipe, data: Path, n_prompts: int, n_greedy: int, repeats: int, log=print) -> dict:
    """The figures above for `n_prompts` (RL batch) and `n_greedy` (decode) prompts of `data`'s
    training split."""
    import torch

    from reasonrl import tasks
    from reasonrl.config.models import rl_run
    from reasonrl.generation.base import SamplingParams
    from reasonrl.generation.hf import HFEngine
    from reasonrl.modeling.device import Placement
    from reasonrl.rl.advantages import ADVANTAGES
    from reasonrl.rl.batch import shared_prefix_batch
    from reasonrl.rl.sampling import score
    from reasonrl.stages.common import load_model, task_prompts

    torch.manual_seed(recipe.seed)
    places = {"fp32": Placement("cpu", "float32"), "bf16": Placement("cpu", "bfloat16")}
    model, tok = load_model(recipe, recipe.model.base, places["fp32"], trainable=True)
    records = task_prompts(data, recipe, "train")
    task, cfg, engine = tasks.get(recipe.task), rl_run(recipe), HFEngine(model, tok)
    batch_records = records[:n_prompts]
    prompts = [task.render(r, tok) for r in batch_records]
    rollouts = engine.generate(
        prompts, SamplingParams.of(cfg.sampling, n=cfg.group_size), seeds=list(range(len(prompts)))
    )
    rewards, _ = score(cfg, rollouts, batch_records, 0, None)
    adv = ADVANTAGES.get(cfg.advantage)(rewards, cfg.group_size)
    sb = shared_prefix_batch(rollouts, tok.pad_token_id, torch.ones(len(rollouts), dtype=torch.bool))
    log(f"{len(rollouts)} rollouts, mean reward {float(rewards.mean()):.3f}")
    return {
        "rollouts": len(rollouts),
        "completion_tokens": int(sb.mask.sum()),
        "prompt_tokens": sum(len(r.prompt_ids) for r in rollouts[:: cfg.group_size]),
        "reward_mean": float(rewards.mean()),
        **_gradients(model, sb, adv, cfg.group_size, places, repeats, log),
        **_greedy(engine, task, records[:n_greedy], SamplingParams.of(recipe.eval.sampling), places, repeats),
    }


def markdown(r: dict) -> str:
    med = statistics.median
    return "\n".join(
        [
            "# bf16 autocast against fp32 on one moderation RL batch (SmolLM2-135M, CPU)",
            "",
            f"{r['rollouts']} rollouts ({r['completion_tokens']} completion tokens; prompts "
            f"{r['prompt_tokens']} tokens, each once per group, as the update runs them), "
            f"mean reward {r['reward_mean']:.3f}; {r['greedy_rows']} prompts decoded greedily.",
            "",
            "| figure | value |",
            "|---|---|",
            f"| token log-prob abs diff, mean / max | {r['token_logprob_abs_diff_mean']:.4f} / "
            f"{r['token_logprob_abs_diff_max']:.4f} |",
            f"| sequence log-prob abs diff, mean | {r['sequence_logprob_abs_diff_mean']:.4f} |",
            f"| gradient cosine, fp32 vs bf16 | {r['grad_cosine_fp32_bf16']:.4f} |",
            f"| gradient relative error, bf16 | {r['grad_relative_error']:.4f} |",
            f"| gradient cosine, two halves of the batch (fp32; the sampling-noise scale) | "
            f"{r['grad_cosine_halves_fp32']:.4f} |",
            f"| greedy rows identical / labels identical | {r['greedy_identical_rows']} / "
            f"{r['greedy_identical_labels']} of {r['greedy_rows']} |",
            f"| forward + backward s, fp32 / bf16 (median) | {med(r['forward_backward_s']['fp32']):.1f} / "
            f"{med(r['forward_backward_s']['bf16']):.1f} ({r['forward_backward_ratio']:.2f}x) |",
            f"| greedy decode s, fp32 / bf16 (median) | {med(r['decode_s']['fp32']):.1f} / "
            f"{med(r['decode_s']['bf16']):.1f} ({r['decode_ratio']:.2f}x) |",
            "",
        ]
    )


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--prompts", type=int, default=8, help="training prompts (x the recipe's group size)")
    p.add_argument("--greedy", type=int, default=32, help="training prompts decoded greedily")
    p.add_argument("--repeats", type=int, default=3, help="alternating timing rounds per precision")
    p.add_argument("--out", default="benchmarks/results/moderation_precision.json")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from moderation_study import _prepare_data, _recipe

    with tempfile.TemporaryDirectory(prefix="modprec-") as tmp:
        recipe = _recipe(Path(tmp), [])
        data = _prepare_data(recipe, Path(tmp), print)
        result = measure(recipe, data, args.prompts, args.greedy, args.repeats)
    out = Path(args.out)
    out.write_text(json.dumps(result, indent=2) + "\n")
    out.with_suffix(".md").write_text(markdown(result))
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
