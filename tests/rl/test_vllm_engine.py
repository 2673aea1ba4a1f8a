"""The vLLM rollout engine (GPU only: skipped here, run on the device machine when one is lent)."""

import pytest

pytestmark = pytest.mark.gpu


def test_vllm_engine_generates_grouped_rollouts(model_cache):
    pytest.importorskip("vllm")
    from reasonrl.modeling import load_causal_lm
    from reasonrl.generation import ENGINES, SamplingParams

    model, tok = load_causal_lm("embedded:tiny-test")
    engine = ENGINES.get("vllm")(model.cuda(), tok)
    out = engine.generate(["Q: 3+4\nA: ", "Q: 5+1\nA: "], SamplingParams(n=4, max_new_tokens=16), seeds=[1, 2])
    assert len(out) == 8 and [r.prompt_index for r in out] == [0] * 4 + [1] * 4
    assert all(len(r.completion_ids) <= 16 for r in out)
    again = engine.generate(["Q: 3+4\nA: ", "Q: 5+1\nA: "], SamplingParams(n=4, max_new_tokens=16), seeds=[1, 2])
    assert [r.completion for r in out] == [r.completion for r in again]  # seeded per sample
