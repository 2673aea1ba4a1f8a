"""Content-policy-conditioned, multilingual moderation: the model is given a content policy and a
message in any language, reasons, and answers with the content policy's label (gpt-oss-safeguard's "bring your
own policy"; Meta's "Scaling RL for Content Moderation" puts the content policy in the prompt the same way).

The content policy is a YAML file the safety team owns (pipelines/policies/moderation/*.yaml): labels,
multilingual aliases, rules with definitions and examples, exemptions; its sha256 goes into
lineage. Each HateCheck functionality belongs to one rule or exemption, which gives every record
a `category` and makes a content-policy edit testable (the policy-flip check, eval.moderation).

Records: {id, question (the message), answer (the gold label in the content policy's words), language,
subject (the HateCheck functionality), category (the rule or exemption id), policy (its content policy file)}.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError

from reasonrl.config.base import Strict
from reasonrl.errors import ConfigError
from reasonrl.tasks.base import ANSWER_CLOSE, ANSWER_OPEN, TASKS, Task
from reasonrl.verify.labels import normalise_label, verify_labels

DEFAULT_CONTENT_POLICY = "pipelines/policies/moderation/hate-speech-v1.yaml"
LANGUAGES = {
    "arabic": "ar",
    "dutch": "nl",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "mandarin": "zh",
    "portuguese": "pt",
    "spanish": "es",
}


class Labels(Strict):
    violating: str
    allowed: str


class Rule(Strict):
    id: str
    text: str
    example: str | None = None
    functionalities: list[str] = Field(
        default_factory=list, description="HateCheck functionalities it covers"
    )
    keys: list[str] = Field(
        default_factory=list, description="a dataset's category keys it covers (OpenAI's 'H2')"
    )


class ContentPolicy(Strict):
    name: str
    version: int = Field(ge=1)
    labels: Labels
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    protected: str = ""
    rules: list[Rule]
    exemptions: list[Rule] = Field(default_factory=list)
    benign_example: str | None = Field(
        None,
        description="an allowed message, shown with a rule's example as a "
        "worked exchange before the message to judge",
    )

    def sha256(self) -> str:
        return hashlib.sha256(json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()

    def category(self, functionality: str) -> tuple[str, bool] | None:
        """(rule or exemption id, violating?) of a HateCheck functionality, or None when unmapped."""
        for violating, group in ((True, self.rules), (False, self.exemptions)):
            for rule in group:
                if functionality in rule.functionalities:
                    return rule.id, violating
        return None

    def rule_of_key(self, key: str) -> str | None:
        """The rule id a dataset category key (e.g. OpenAI's 'H2') belongs to, or None."""
        return next((r.id for r in self.rules if key in r.keys), None)

    def text(self) -> str:
        """The content policy as the model reads it."""
        v, a = self.labels.violating, self.labels.allowed
        lines = [
            f"Content policy '{self.name}' (version {self.version}).",
            self.protected,
            f"Answer `{v}` if ANY of these rules applies:",
        ]
        lines += [f"- {r.id}: {r.text}" + (f" Example: {r.example}" if r.example else "") for r in self.rules]
        lines.append(f"Answer `{a}` if none applies, including when the content only:")
        lines += [f"- {e.id}: {e.text}" for e in self.exemptions]
        return "\n".join(line for line in lines if line)

    def allow(self, rule_id: str) -> ContentPolicy:
        """This content policy with one rule turned into an exemption (the policy-flip edit), version + 1."""
        moved = [r for r in self.rules if r.id == rule_id]
        if not moved:
            raise ConfigError(
                f"policy '{self.name}' has no rule '{rule_id}'",
                hint=f"rules: {', '.join(r.id for r in self.rules)}",
            )
        return self.model_copy(
            update={
                "version": self.version + 1,
                "rules": [r for r in self.rules if r.id != rule_id],
                "exemptions": [*self.exemptions, moved[0]],
            }
        )


@lru_cache(maxsize=16)
def load_content_policy(path: str) -> ContentPolicy:
    """The content policy file, validated; errors name the file and the field."""
    import yaml

    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"moderation policy not found: {path}", hint=f"see {DEFAULT_CONTENT_POLICY} for the format"
        ) from None
    try:
        return ContentPolicy.model_validate(raw)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(
            f"{path}: invalid moderation policy ({where})", hint=f"compare with {DEFAULT_CONTENT_POLICY}"
        ) from None


def aliases(content_policy: ContentPolicy) -> dict[str, list[str]]:
    labels = content_policy.labels
    return {label: content_policy.aliases.get(label, []) for label in (labels.violating, labels.allowed)}


def predicted_label(completion: str, content_policy: ContentPolicy) -> str | None:
    """The content policy's label the completion's final answer names (aliases in any script), or None when
    unparseable (no label, or several different answers: a hedge)."""
    scores = {
        label: verify_labels([completion], [label], [aliases(content_policy)])[0]
        for label in aliases(content_policy)
    }
    named = [label for label, s in scores.items() if s == 1.0]
    return named[0] if len(named) == 1 else None


_CLOSED_ANSWER = re.compile(re.escape(ANSWER_OPEN) + ".*?" + re.escape(ANSWER_CLOSE), re.S)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def lenient_label(completion: str, content_policy: ContentPolicy) -> str | None:
    """The strict answer when there is one, else the label or alias mentioned last anywhere in the
    completion ("This message is not `hateful`" -> the alias "not hateful" -> non-hateful; the
    longer phrase wins where two end together). How the issue reads an untrained model's answers,
    and a bridge reward for a model that has not learned the format yet; evaluation stays strict.
    A completion with a closed answer block is read strictly: tagged answers that disagree
    (`<answer>hateful</answer><answer>non-hateful</answer>`) are a hedge, not the last label; one
    cut off inside its answer (`<answer>hateful`) is still read leniently."""
    strict = predicted_label(completion, content_policy)
    if strict is not None or _CLOSED_ANSWER.search(completion):
        return strict
    text = f" {normalise_label(completion)} "
    best: tuple[int, int, str] | None = None
    for label, names in aliases(content_policy).items():
        for phrase in {normalise_label(n) for n in (label, *names)}:
            spaced = not _UNSPACED.search(phrase)  # Chinese and Japanese write no spaces between words
            found = text.rfind(f" {phrase} " if spaced else phrase)
            if found >= 0:
                key = (found + len(phrase) + spaced, len(phrase), label)
                best = key if best is None or key[:2] > best[:2] else best
    return best[2] if best else None


def _question(content_policy: ContentPolicy, language: str, text: str) -> str:
    v, a = content_policy.labels.violating, content_policy.labels.allowed
    return (
        f"Message ({language}): {text}\n\nIs this message `{v}` or `{a}` under the policy? Think briefly in "
        f"<think> </think> tags, in the message's language, then give the label in <answer> </answer> tags, "
        f"with the rules broken after `{v}:`."
    )


def _messages(record: dict) -> list[dict]:
    """The content policy in the system turn, then one worked exchange per label from its own
    examples (a 135M model does not write the R1 tags from instructions alone; shown the format in
    a previous turn it does, so the format reward has something to reinforce), then the message."""
    content_policy = load_content_policy(record.get("policy") or DEFAULT_CONTENT_POLICY)
    v, a = content_policy.labels.violating, content_policy.labels.allowed
    rule = next((r for r in content_policy.rules if r.example), content_policy.rules[0])
    shots = [
        (rule.example or "", f"<think>This applies rule {rule.id}.</think> <answer>{v}: {rule.id}</answer>")
    ]
    if content_policy.benign_example:
        shots.append((content_policy.benign_example, f"<think>No rule applies.</think> <answer>{a}</answer>"))
    turns = [{"role": "system", "content": content_policy.text()}]
    for text, answer in shots if rule.example else []:
        turns += [
            {"role": "user", "content": _question(content_policy, "en", text)},
            {"role": "assistant", "content": answer},
        ]
    return turns + [
        {
            "role": "user",
            "content": _question(content_policy, record.get("language", "en"), record["question"]),
        }
    ]


def _prompt(record: dict) -> str:
    """The same turns as a plain transcript, for a model without a chat template (R1-Zero's template)."""
    system, *turns = _messages(record)
    said = [f"{'User' if t['role'] == 'user' else 'Assistant'}: {t['content']}" for t in turns]
    return "\n\n".join([system["content"], *said]) + "\nAssistant: <think>"


def grade_many(completions: list[str], answers: list[str], policies: list[str] | None = None) -> list[float]:
    """1.0 when the answer names the gold label or an alias of it under the record's content policy."""
    tables = [
        aliases(load_content_policy(p or DEFAULT_CONTENT_POLICY)) for p in (policies or [None] * len(answers))
    ]
    return verify_labels(completions, answers, tables)


def _extract(completion: str) -> str | None:
    return predicted_label(completion, load_content_policy(DEFAULT_CONTENT_POLICY))


def _target(record: dict) -> str:
    """The label-only answer an SFT baseline is trained to give: the gold label and, when violating,
    the broken rules, after an empty thought (the data has labels, not rationales)."""
    cats = record.get("categories") or []
    return f"<think></think> <answer>{record['answer']}{': ' + ', '.join(cats) if cats else ''}</answer>"


def _decide(completion: str, record: dict) -> str | None:
    """The label the completion names under the record's own content policy (None: unparseable)."""
    return predicted_label(completion, load_content_policy(record.get("policy") or DEFAULT_CONTENT_POLICY))


def _labels(record: dict) -> tuple[str, str]:
    """(violating, allowed) in the words of the record's content policy."""
    labels = load_content_policy(record.get("policy") or DEFAULT_CONTENT_POLICY).labels
    return labels.violating, labels.allowed


TASKS.register("moderation")(
    Task(
        "moderation",
        _prompt,
        _extract,
        lambda c, a: grade_many([c], [a])[0],
        grade_many,
        _messages,
        fields=frozenset({"language", "subject", "category", "categories", "unknown_categories", "policy"}),
        target=_target,
        decide=_decide,
        labels=_labels,
    )
)
