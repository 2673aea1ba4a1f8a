"""The policy update of one RL step: mu epochs over mini-batches, micro-batch gradient
accumulation, old log-probs frozen before the first update (Shao et al. 2024, Algorithm 1).

Every rank holds the whole step batch (B sequences, gathered after rollout) and trains on its
slice of each mini-batch; normalisers are the mini-batch's global counts, so the sum over ranks
and micro-batches of the local losses is exactly the 1-rank mini-batch loss.
"""

from __future__ import annotations

import time

import torch

from reasonrl.config.models import RLRun
from reasonrl.modeling import prefix as prefixes
from reasonrl.modeling.batch import Batch
from reasonrl.modeling.device import checkpointed, device_of
from reasonrl.rl.batch import shared_prefix_batch, shared_prefix_logprobs, token_logprobs
from reasonrl.rl.correction import behaviour_logprobs, rollout_correction, summarize
from reasonrl.rl.distributed import Dist, Strategy
from reasonrl.rl.kl import KL_ESTIMATORS
from reasonrl.rl.losses import AGGREGATIONS, POLICY_LOSSES
from reasonrl.rl.plan import plan_batches


def policy_loss(
    cfg: RLRun, logp, old_logp, adv, mask, ref_logp=None, num_tokens=None, num_seqs=None, is_weights=None
):
    """Scalar loss and stats for log-probs logp/old_logp/ref_logp [b, T], advantages [b] and
    mask [b, T]; `num_tokens`/`num_seqs` are the mini-batch's global normalisers (default: local);
    `is_weights` [b, T]: rollout-correction weights on the policy-gradient term (not the KL term)."""
    per_token, stats = POLICY_LOSSES.get(cfg.loss)(
        logp, old_logp, adv, mask, eps_low=cfg.clip_eps_low, eps_high=cfg.clip_eps_high, clip_c=cfg.clip_c
    )
    if is_weights is not None:
        per_token = per_token * is_weights
    if ref_logp is not None and cfg.kl_coef > 0 and cfg.kl_in == "loss":
        kl = KL_ESTIMATORS.get(cfg.kl_estimator)(logp, ref_logp)
        if (
            cfg.kl_ratio_correction
        ):  # DeepSeek-V3.2 (arXiv:2512.02556): unbiased off-policy reverse-KL gradient
            kl = kl * torch.exp(logp - old_logp)
        per_token = per_token + cfg.kl_coef * kl
        stats["kl"] = ((kl * mask).sum() / mask.sum().clamp(min=1)).item()
    loss = AGGREGATIONS.get(cfg.aggregation)(
        per_token, mask, num_tokens=num_tokens, num_seqs=num_seqs, max_new_tokens=cfg.sampling.max_new_tokens
    )
    return loss, stats


def _trim(batch: Batch) -> Batch:
    """Drop right-padding columns no row in this micro-batch uses."""
    n = int(batch.attention_mask.sum(1).max())
    return Batch(batch.input_ids[:, :n], batch.attention_mask[:, :n], batch.completion_mask[:, : n - 1])


def _layout(cfg: RLRun, rollouts, total: int, world: int, checkpointed: bool = False) -> str:
    """How micro-batches run: "packed" (each prompt once per group, completions padding-free),
    "shared" (each prompt once per group, completions padded) when whole groups fit every
    micro-batch; else "rows" (whole sequences, padded). Under activation checkpointing "rows":
    the others build on a prompt's KV cache, which a checkpointed forward does not return."""
    if not cfg.share_prompt_prefix or rollouts is None or checkpointed:
        return "rows"
    g, mini = cfg.group_size, cfg.mini_batch_size or total
    per_rank = mini // world
    micro = min(cfg.micro_batch_size or per_rank, per_rank)
    if per_rank % g or micro % g:
        return "rows"
    return "packed" if cfg.pack_completions else "shared"


def _micro_batch(
    batch: Batch, rollouts, idx: list[int], layout: str, temperature: float, device, behaviour: bool = False
):
    """(log-prob function of a model -> ([b, T] logp, entropy), loss mask [b, T], the rollout
    engine's log-probs [b, T] in the same layout or None) for one micro-batch, on `device`."""
    if layout != "rows":
        keep = (
            batch.completion_mask[torch.tensor(idx)].sum(1) > 0
        )  # rows the overlong filter dropped carry no loss
        sb = shared_prefix_batch([rollouts[i] for i in idx], 0, keep).to(
            device
        )  # pad id: any token, it is masked

        def fn(model, prefix=None, entropy=False, shared=None):
            return shared_prefix_logprobs(
                prefix or model,
                model,
                sb,
                temperature,
                with_entropy=entropy,
                packed=layout == "packed",
                prefix=shared,
            )

        starts = [0] * len(idx)  # completion token j sits at column j
        return fn, sb.mask, behaviour_logprobs(rollouts, idx, starts, sb.mask) if behaviour else None
    mb = _trim(batch.select(torch.tensor(idx))).to(device)

    def fn(model, prefix=None, entropy=False, shared=None):
        return token_logprobs(model, mb, temperature, with_entropy=entropy)

    starts = [len(rollouts[i].prompt_ids) - 1 for i in idx]  # position t predicts token t + 1
    return (
        fn,
        mb.completion_mask,
        behaviour_logprobs(rollouts, idx, starts, mb.completion_mask) if behaviour else None,
    )


def _batch_prefix(cfg: RLRun, strategy: Strategy, model, rollouts, chunks, layout: str, aux=None):
    """The prefix every prompt of `chunks` (micro-batches of rollout indices) opens with, forwarded
    once through `model` for all of them and the `aux` term (with gradients when enabled: the
    caller then carries it, see SharedPrefix); None when it would run once anyway (one micro-batch
    and no term, or none), no prefix of MIN_SHARED tokens, or a strategy that shards parameters."""
    uses = len(chunks) + (aux is not None and len(chunks) > 0)
    if layout == "rows" or uses < 2 or not (cfg.batch_prefix_once and strategy.prefix_once):
        return None
    rows = [torch.tensor(rollouts[i].prompt_ids) for idx in chunks for i in idx]
    n = prefixes.common_prefix(rows)
    if n < prefixes.MIN_SHARED:
        return None
    return prefixes.SharedPrefix.run(model, rows[0][:n].to(device_of(model)))


def correction_on(cfg: RLRun) -> bool:
    """`auto`: correct whenever the sampler is not the trainer's own forward."""
    return {"on": True, "off": False, "auto": cfg.engine != "hf"}[cfg.rollout_correction.mode]


def _frozen_pass(
    cfg: RLRun,
    strategy: Strategy,
    batch: Batch,
    rollouts,
    chunks,
    layout: str,
    on_policy: bool,
    ref_model,
    device,
):
    """Old and reference log-probs of every micro-batch before any update, with the rollout
    correction's token weights and sequence masks (masked rows are zeroed in batch.completion_mask,
    so the global normalisers follow). Returns ({micro-batch: (fn, mask, old, ref, weights)}, stats)."""
    correct, rc = correction_on(cfg), cfg.rollout_correction
    frozen, sums, dropped = {}, {}, []
    with_old, with_ref = not on_policy or correct, ref_model is not None and cfg.kl_in == "loss"
    with torch.no_grad():  # one prefix forward per model for the whole step: the weights do not move here
        own = _batch_prefix(cfg, strategy, strategy.module, rollouts, chunks, layout) if with_old else None
        theirs = _batch_prefix(cfg, strategy, ref_model, rollouts, chunks, layout) if with_ref else None
        for idx in chunks:
            fn, mask, behaviour = _micro_batch(
                batch, rollouts, idx, layout, cfg.sampling.temperature, device, correct
            )
            old = fn(strategy.model, strategy.module, shared=own) if with_old else None
            ref = fn(ref_model, shared=theirs) if with_ref else None
            weights = None
            if correct:
                weights, keep, s = rollout_correction(
                    old, behaviour, mask, rc.tis_cap, rc.seq_low, rc.seq_high
                )
                mask = mask * keep.unsqueeze(1)
                dropped += [i for i, k in zip(idx, keep.tolist(), strict=True) if not k]
                sums = {k: sums.get(k, 0.0) + v for k, v in s.items()}
            frozen[tuple(idx)] = (fn, mask, old, ref, weights)
    if not correct:
        return frozen, {}
    for rows in strategy.dist.gather(dropped):
        batch.completion_mask[rows] = 0.0
    return frozen, summarize({k: strategy.dist.sum(v) for k, v in sorted(sums.items())})


def _carries_gradient(cfg: RLRun, adv: torch.Tensor, ref_model, dist: Dist) -> list[bool] | None:
    """Sequences whose loss gradient can be non-zero. Every policy loss here is proportional to the
    advantage, so with no KL term in the loss a sequence with A = 0 (a group whose G rewards tie)
    contributes exactly nothing: skip its forward and backward, keep it in the normalisers. One
    process only: under DDP/ZeRO every rank must run the same number of backwards."""
    kl_in_loss = ref_model is not None and cfg.kl_coef > 0 and cfg.kl_in == "loss"
    if not cfg.skip_zero_advantage or kl_in_loss or dist.world > 1:
        return None
    return (adv != 0).tolist()


def _entropy_only(cfg: RLRun, strategy: Strategy, batch: Batch, rollouts, adv: torch.Tensor, layout: str):
    """Token-weighted entropy sum and token count over every sequence, without gradients (one process)."""
    plan = plan_batches(
        adv.numel(),
        cfg.mini_batch_size,
        cfg.micro_batch_size,
        strategy.dist,
        unit=cfg.group_size if layout != "rows" else 1,
    )
    total, count = 0.0, 0.0
    with torch.no_grad():
        for micro in plan.mini_batches:
            for idx in micro:
                fn, mask, _ = _micro_batch(
                    batch, rollouts, idx, layout, cfg.sampling.temperature, device_of(strategy.module)
                )
                _, ent = fn(strategy.model, strategy.module, entropy=True)
                total, count = total + float((ent * mask).sum()), count + float(mask.sum())
    return {"entropy": total}, count


def _accumulate(
    cfg: RLRun, strategy: Strategy, frozen, micro, adv, shared, sums, num_tokens, num_seqs, carried=None
):
    """Forward and backward every micro-batch of one mini-batch, gradients accumulating; stats
    summed into `sums` (token-weighted). With `shared` (the mini-batch's prefix, forwarded once),
    micro-batches before the last run on its leaves and the last carries their prefix gradient,
    and `carried` (the SFT term's, fp32), into one backward through the prefix. Returns (this
    rank's loss sum, its token count)."""
    dist, device = strategy.dist, device_of(strategy.module)
    loss_total, count = 0.0, 0.0
    for k, idx in enumerate(micro):
        fn, mask, old, ref, weights = frozen[tuple(idx)]
        last = k == len(micro) - 1
        use = shared if shared is None or last else shared.leaves()
        # forward and backward inside DDP's no_sync: a forward outside it arms the gradient
        # all-reduce of every micro-batch (torch's DistributedDataParallel.no_sync)
        with strategy.sync_context(last):
            logp, ent = fn(strategy.model, strategy.module, entropy=True, shared=use)
            old = logp.detach() if old is None else old
            loss, stats = policy_loss(
                cfg,
                logp,
                old,
                adv[torch.tensor(idx, device=device)],
                mask,
                ref,
                num_tokens=num_tokens,
                num_seqs=num_seqs,
                is_weights=weights,
            )
            carry = shared.carry(carried) if shared is not None and last and carried is not None else 0.0
            strategy.backward(loss * dist.world + carry)  # backends average over ranks; the loss is global
        if use is not shared:  # summed in fp32: a bf16 cache's gradients would round at every add
            grads = [g.float() for g in use.grads()]
            carried = grads if carried is None else [a + g for a, g in zip(carried, grads, strict=True)]
        loss_total += loss.item()
        n = float(mask.sum())
        count += n
        for key, v in {**stats, "entropy": float((ent * mask).sum() / max(n, 1.0))}.items():
            sums[key] = sums.get(key, 0.0) + v * n
    return loss_total, count


def _aux_backward(strategy: Strategy, aux, members: list[int], group_size: int, shared=None):
    """Back-propagate the extra term over the groups of one mini-batch's `members` (sequence
    indices, groups contiguous) into the optimizer step's accumulating gradient. With `shared`
    (the mini-batch's prefix), each of the term's chunks runs on fresh leaves of it, and their
    gradient, summed in fp32 (a bf16 leaf would round at every add), is returned for the policy
    loss's last micro-batch to carry. Returns (its value, that gradient or None)."""
    total, carried, leaves = 0.0, None, []

    def fresh():
        leaves.append(shared.leaves())
        return leaves[-1]

    groups = sorted({i // group_size for i in members})
    for part in aux(strategy.model, groups, prefix=fresh if shared is not None else None):
        strategy.backward(part)
        total += part.item()
        if leaves:
            grads = [g.float() for g in leaves.pop().grads()]
            carried = grads if carried is None else [a + g for a, g in zip(carried, grads, strict=True)]
    return total, carried


def _epochs(cfg: RLRun, strategy: Strategy, batch: Batch, adv, rollouts, aux, plan, frozen, layout):
    """`ppo_epochs` passes over the plan's mini-batches, one optimizer step each. Returns the
    summed statistics, this rank's count of what they sum over, and per step the grad norm, the
    global loss and (with `aux`) the auxiliary term's loss."""
    sums: dict[str, float] = {}
    count = 0.0
    norms, losses, aux_losses = [], [], []
    for _ in range(cfg.ppo_epochs):
        for i, micro in enumerate(plan.mini_batches):
            shared = _batch_prefix(cfg, strategy, strategy.module, rollouts, micro, layout, aux)
            carried = None
            if aux is not None:
                value, carried = _aux_backward(strategy, aux, plan.members[i], cfg.group_size, shared)
                aux_losses.append(value)
            members = torch.tensor(plan.members[i])
            num_tokens = float(batch.completion_mask[members].sum())
            loss_total, n = _accumulate(
                cfg, strategy, frozen, micro, adv, shared, sums, num_tokens, float(len(members)), carried
            )
            count += n
            norms.append(strategy.step())
            losses.append(strategy.dist.sum(loss_total))
    return sums, count, norms, losses, aux_losses


def policy_update(
    cfg: RLRun,
    strategy: Strategy,
    batch: Batch,
    adv: torch.Tensor,
    ref_model=None,
    rollouts=None,
    aux=None,
) -> dict:
    """mu epochs of clipped updates; batch holds all B sequences ([B, L]), adv is [B]. With the
    rollouts and whole groups per micro-batch, each prompt is forwarded once per group. `aux`
    (one process; rl.sft_term): (model, the mini-batch's group indices) -> losses whose sum joins
    that optimizer step's loss. Returns loss, grad norm, entropy, KL and clip stats (global,
    identical on every rank), and `aux_loss` (the term's mean per optimizer step) with `aux`."""
    dist, device = strategy.dist, device_of(strategy.module)
    adv = adv.to(device)
    layout = _layout(cfg, rollouts, adv.numel(), dist.world, checkpointed(strategy.module))
    plan = plan_batches(
        adv.numel(),
        cfg.mini_batch_size,
        cfg.micro_batch_size,
        dist,
        lengths=batch.attention_mask.sum(1).tolist(),
        unit=cfg.group_size if layout != "rows" else 1,
        active=_carries_gradient(cfg, adv, ref_model, dist),
    )
    chunks = [idx for micro in plan.mini_batches for idx in micro]
    # One update on the batch just sampled: the old policy is the current one, so old log-probs
    # are the live ones detached and need no extra forward (as TRL does for num_iterations=1).
    on_policy = cfg.ppo_epochs == 1 and len(plan.mini_batches) == 1
    started = time.perf_counter()
    frozen, mismatch = _frozen_pass(
        cfg, strategy, batch, rollouts, chunks, layout, on_policy, ref_model, device
    )
    frozen_s, started = time.perf_counter() - started, time.perf_counter()
    sums, count, norms, losses, aux_losses = _epochs(
        cfg, strategy, batch, adv, rollouts, aux, plan, frozen, layout
    )
    total = dist.sum(count)
    if (
        total == 0
    ):  # every group tied (e.g. collapsed to one answer): nothing trained, the guard needs entropy
        sums, total = _entropy_only(cfg, strategy, batch, rollouts, adv, layout)
    out = {key: dist.sum(v) / max(total, 1.0) for key, v in sorted(sums.items())}
    trained = sum(len(idx) for idx in chunks)  # this rank's rows with a forward/backward, one epoch
    if aux_losses:
        out["aux_loss"] = sum(aux_losses) / len(aux_losses)
    return {
        **out,
        **mismatch,
        "loss": sum(losses) / len(losses),
        "grad_norm": max(norms),
        "optimizer_steps": float(len(norms)),
        "trained_fraction": dist.sum(trained) / adv.numel(),
        "time_old_ref_logprobs_s": frozen_s,
        "time_update_s": time.perf_counter() - started,
    }
