"""Policy-conditioned, multilingual moderation: the model is given a content policy and a message
in any language, reasons, and answers with the policy's label (gpt-oss-safeguard's "bring your
own policy"; Meta's "Scaling RL for Content Moderation" puts the policy in the prompt the same way).

The policy is a YAML file the safety team owns (pipelines/policies/moderation/*.yaml): labels,
multilingual aliases, rules with definitions and examples, exemptions; its sha256 goes into
lineage. Each HateCheck functionality belongs to one rule or exemption, which gives every record
a `category` and makes a policy edit testable (the policy-flip check, eval.moderation).

Records: {id, question (the message), answer (the gold label in the policy's words), language,
subject (the HateCheck functionality), category (the rule or exemption id), policy (its file)}.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError

from reasonrl.config.policy import Strict
from reasonrl.errors import ConfigError
from reasonrl.tasks.base import TASKS, Task
from reasonrl.verify.labels import verify_labels

DEFAULT_POLICY = "pipelines/policies/moderation/hate-speech-v1.yaml"
LANGUAGES = {"arabic": "ar", "dutch": "nl", "french": "fr", "german": "de", "italian": "it", "mandarin": "zh",
             "portuguese": "pt", "spanish": "es"}


class Labels(Strict):
    violating: str
    allowed: str


class Rule(Strict):
    id: str
    text: str
    example: str | None = None
    functionalities: list[str] = Field(default_factory=list)


class ModerationPolicy(Strict):
    name: str
    version: int = Field(ge=1)
    labels: Labels
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    protected: str = ""
    rules: list[Rule]
    exemptions: list[Rule] = Field(default_factory=list)

    def sha256(self) -> str:
        return hashlib.sha256(json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()

    def category(self, functionality: str) -> tuple[str, bool] | None:
        """(rule or exemption id, violating?) of a HateCheck functionality, or None when unmapped."""
        for violating, group in ((True, self.rules), (False, self.exemptions)):
            for rule in group:
                if functionality in rule.functionalities:
                    return rule.id, violating
        return None

    def text(self) -> str:
        """The policy as the model reads it."""
        v, a = self.labels.violating, self.labels.allowed
        lines = [f"Content policy '{self.name}' (version {self.version}).", self.protected,
                 f"Answer `{v}` if ANY of these rules applies:"]
        lines += [f"- {r.id}: {r.text}" + (f" Example: {r.example}" if r.example else "") for r in self.rules]
        lines.append(f"Answer `{a}` if none applies, including when the content only:")
        lines += [f"- {e.id}: {e.text}" for e in self.exemptions]
        return "\n".join(line for line in lines if line)

    def allow(self, rule_id: str) -> ModerationPolicy:
        """This policy with one rule turned into an exemption (the policy-flip edit), version + 1."""
        moved = [r for r in self.rules if r.id == rule_id]
        if not moved:
            raise ConfigError(f"policy '{self.name}' has no rule '{rule_id}'",
                              hint=f"rules: {', '.join(r.id for r in self.rules)}")
        return self.model_copy(update={"version": self.version + 1, "rules": [r for r in self.rules if r.id != rule_id],
                                       "exemptions": [*self.exemptions, moved[0]]})


@lru_cache(maxsize=16)
def load_policy(path: str) -> ModerationPolicy:
    """The policy file, validated; errors name the file and the field."""
    import yaml

    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"moderation policy not found: {path}", hint=f"see {DEFAULT_POLICY} for the format") from None
    try:
        return ModerationPolicy.model_validate(raw)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: invalid moderation policy ({where})", hint=f"compare with {DEFAULT_POLICY}") from None


def hatecheck_rows(root: Path):
    """(file language: 'en' or the multilingual file's name, e.g. 'arabic'; row index; CSV row) of
    every HateCheck file under the shared data root, English first."""
    files = [("en", root / "moderation/hatecheck_en_test_suite_cases.csv")] + [
        (re.sub(r"hatecheck_cases_final_|\.csv", "", p.name), p)
        for p in sorted((root / "moderation/multilingual_hatecheck").glob("*.csv"))]
    for lang, path in files:
        with open(path, newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield lang, i, row


def hatecheck_records(root: Path, policy_path: str = DEFAULT_POLICY, languages: list[str] | None = None) -> list[dict]:
    """HateCheck (English + 8 languages) as moderation records under a policy; rows whose
    functionality the policy does not map are skipped (a policy that covers less sees less)."""
    policy = load_policy(policy_path)
    rows = []
    for name, i, r in hatecheck_rows(root):
        lang = LANGUAGES.get(name, name)
        text, func = r.get("test_case"), r.get("functionality", "")
        found = policy.category(func)
        if (languages and lang not in languages) or not text or found is None:
            continue
        category, violating = found
        rows.append({"id": f"mod-{lang}-{r.get('mhc_case_id') or r.get('case_id') or i}", "question": text,
                     "answer": policy.labels.violating if violating else policy.labels.allowed,
                     "language": lang, "subject": func, "category": category, "policy": policy_path,
                     "template": f"{lang}-{r.get('templ_id') or i}"})
    return rows


# Held out of training by default: one functionality per kind of phenomenon, hateful and not
UNSEEN_FUNCTIONALITIES = ("derog_impl_h", "threat_norm_h", "counter_ref_nh", "slur_reclaimed_nh")


def split(records: list[dict], unseen_language: str | None = "ar",
          unseen_functionalities: tuple[str, ...] = UNSEEN_FUNCTIONALITIES, test_fraction: float = 0.1,
          seed: int = 0) -> dict[str, list[dict]]:
    """train / test_iid / test_unseen_functionality / test_unseen_language, so generalisation is
    measured, not assumed: a held-out language never appears in training, nor do the held-out
    functionalities in any language, and the iid test set is cut by template (HateCheck fills
    one template with many identities: a case-level cut would leak near-duplicates)."""
    out: dict[str, list[dict]] = {"train": [], "test_iid": [], "test_unseen_functionality": [],
                                  "test_unseen_language": []}
    for r in records:
        if r.get("language") == unseen_language:
            out["test_unseen_language"].append(r)
        elif r.get("subject") in unseen_functionalities:
            out["test_unseen_functionality"].append(r)
        else:
            h = int(hashlib.sha256(f"{seed}|{r.get('template', r['id'])}".encode()).hexdigest()[:8], 16) / 2**32
            out["test_iid" if h < test_fraction else "train"].append(r)
    return out


def aliases(policy: ModerationPolicy) -> dict[str, list[str]]:
    return {label: policy.aliases.get(label, []) for label in (policy.labels.violating, policy.labels.allowed)}


def predicted_label(completion: str, policy: ModerationPolicy) -> str | None:
    """The policy label the completion's final answer names (aliases in any script), or None when
    unparseable (no label, or several different answers: a hedge)."""
    scores = {label: verify_labels([completion], [label], [aliases(policy)])[0] for label in aliases(policy)}
    named = [label for label, s in scores.items() if s == 1.0]
    return named[0] if len(named) == 1 else None


def _messages(record: dict) -> list[dict]:
    policy = load_policy(record.get("policy") or DEFAULT_POLICY)
    system = (policy.text() + "\n\nFirst think about the message and the policy in <think> </think> tags, in the "
              f"message's language, then answer `{policy.labels.violating}` or `{policy.labels.allowed}` in "
              "<answer> </answer> tags.")
    return [{"role": "system", "content": system},
            {"role": "user", "content": f"Message ({record.get('language', 'en')}): {record['question']}"}]


def _prompt(record: dict) -> str:
    system, user = (m["content"] for m in _messages(record))
    return f"{system}\n\n{user}\nAssistant: <think>"


def grade_many(completions: list[str], answers: list[str], policies: list[str] | None = None) -> list[float]:
    """1.0 when the answer names the gold label or an alias of it under the record's policy."""
    tables = [aliases(load_policy(p or DEFAULT_POLICY)) for p in (policies or [None] * len(answers))]
    return verify_labels(completions, answers, tables)


def _extract(completion: str) -> str | None:
    return predicted_label(completion, load_policy(DEFAULT_POLICY))


TASKS.register("moderation")(Task("moderation", _prompt, _extract, lambda c, a: grade_many([c], [a])[0], grade_many,
                                  _messages, fields=frozenset({"language", "subject", "category", "policy"})))
