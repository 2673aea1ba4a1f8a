"""Built-in synthetic generators (source kind 'synthetic'), registered by name."""

from __future__ import annotations

from reasonrl._registry import Registry
from reasonrl.config.models import SourceConfig

GENERATORS: Registry = Registry("synthetic generator")
ADAPTERS: Registry = Registry("row adapter")


@ADAPTERS.register("hh_rlhf")
def hh_rlhf(row: dict, source: SourceConfig | None = None) -> dict:
    """Anthropic hh-rlhf rows hold two whole dialogues; split them at the last assistant turn
    into the shared prompt and the two differing responses."""
    marker = "\n\nAssistant:"
    chosen, rejected = row.get("chosen"), row.get("rejected")
    if not isinstance(chosen, str) or not isinstance(rejected, str) or marker not in chosen:
        return row  # left for the schema check to quarantine with its field name
    cut = chosen.rfind(marker) + len(marker)
    return {**row, "prompt": chosen[:cut], "chosen": chosen[cut:].strip(),
            "rejected": rejected[rejected.rfind(marker) + len(marker):].strip() if marker in rejected else rejected}


@ADAPTERS.register("hatecheck")
def hatecheck(row: dict, source: SourceConfig | None = None) -> dict:
    """A HateCheck CSV row (English or multilingual) as a moderation prompt record: the test case is
    the message, the gold label the answer, the functionality the subject; the file's language and
    the moderation policy come from the source's params ({language: ar, policy: <file>}), since the
    multilingual files carry no language column."""
    params = source.params if source else {}
    text, gold = row.get("test_case"), row.get("label_gold")
    case = row.get("mhc_case_id") or row.get("case_id")
    out = {"question": text, "answer": gold, "subject": row.get("functionality"),
           "language": params.get("language", "en"), "template": f"{params.get('language', 'en')}-{row.get('templ_id')}",
           **({"id": f"{source.name}-{case}"} if source and case else {})}
    if params.get("policy"):
        out["policy"] = params["policy"]
    return out


@GENERATORS.register("arithmetic")
def arithmetic(source: SourceConfig) -> list[dict]:
    """Two-digit addition prompts with verifiable answers (the embedded demo's RL task)."""
    from reasonrl.tasks.arithmetic import generate

    digits = tuple(source.params.get("digits", (2, 2)))
    return generate(source.n, seed=int(source.params.get("seed", 7)), digits=digits)
