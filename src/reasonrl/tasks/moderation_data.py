"""Moderation data: HateCheck (English + 8 languages) and OpenAI's moderation samples as records
under a content policy (tasks.moderation), their source adapters, and the split that holds out a language
and functionalities so generalisation is measured, not assumed."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from reasonrl.config.models import SourceConfig
from reasonrl.data.sources import ADAPTERS, RowRejected
from reasonrl.data.splits import SPLITTERS, unit_hash
from reasonrl.tasks.moderation import DEFAULT_CONTENT_POLICY, LANGUAGES, load_content_policy


def hatecheck_rows(root: Path):
    """(file language: 'en' or the multilingual file's name, e.g. 'arabic'; row index; CSV row) of
    every HateCheck file under the shared data root, English first."""
    files = [("en", root / "moderation/hatecheck_en_test_suite_cases.csv")] + [
        (re.sub(r"hatecheck_cases_final_|\.csv", "", p.name), p)
        for p in sorted((root / "moderation/multilingual_hatecheck").glob("*.csv"))
    ]
    for lang, path in files:
        with open(path, newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield lang, i, row


def hatecheck_records(
    root: Path, content_policy_path: str = DEFAULT_CONTENT_POLICY, languages: list[str] | None = None
) -> list[dict]:
    """HateCheck (English + 8 languages) as moderation records under a content policy; rows whose
    functionality the content policy does not map are skipped (one that covers less sees less)."""
    rows = []
    for name, i, r in hatecheck_rows(root):
        lang = LANGUAGES.get(name, name)
        if (languages and lang not in languages) or not r.get("test_case"):
            continue
        try:
            rec = hatecheck_record(r, lang, content_policy_path)
        except RowRejected:
            continue
        rows.append({**rec, "id": f"mod-{lang}-{r.get('mhc_case_id') or r.get('case_id') or i}"})
    return rows


def hatecheck_record(row: dict, lang: str, content_policy_path: str) -> dict:
    """One HateCheck row as a moderation record: the gold label and category are the content
    policy's verdict on the row's functionality (the content policy is the contract); a
    functionality the content policy does not cover is rejected."""
    content_policy = load_content_policy(content_policy_path)
    found = content_policy.category(row.get("functionality") or "")
    if found is None:
        raise RowRejected(
            "functionality", f"'{row.get('functionality')}' is not covered by policy {content_policy_path}"
        )
    category, violating = found
    return {
        "question": row.get("test_case"),
        "answer": content_policy.labels.violating if violating else content_policy.labels.allowed,
        "subject": row.get("functionality"),
        "category": category,
        "categories": [category] if violating else [],
        "language": lang,
        "template": template_key(row),
        "policy": content_policy_path,
    }


def template_key(row: dict) -> str:
    """The template a HateCheck case was filled from, shared by its translations: Multilingual
    HateCheck translated HateCheck's templates and kept their `templ_id` (template 1 is "I hate
    [IDENTITY_P]." in English and "Odio a los [male_IDENT_P]." in Spanish), so a cut by this key
    puts every translation of a template on one side."""
    return f"hatecheck-{row.get('templ_id')}"


# Held out of training by default: one functionality per kind of phenomenon, hateful and not
UNSEEN_FUNCTIONALITIES = ("derog_impl_h", "threat_norm_h", "counter_ref_nh", "slur_reclaimed_nh")


@SPLITTERS.register("moderation")
def held_out(
    record: dict,
    eval_fraction: float = 0.1,
    seed: int = 0,
    unseen_language: str | None = "ar",
    unseen_functionalities: tuple[str, ...] | list[str] = UNSEEN_FUNCTIONALITIES,
    unseen_policies: tuple[str, ...] | list[str] = (),
    validation_fraction: float = 0.0,
) -> tuple[str, str | None]:
    """(split, held_out) of one record, so generalisation is measured, not assumed: a held-out
    language never appears in training ("language"), nor do the held-out functionalities in any
    language ("functionality"), and the i.i.d. test set is cut by template ("iid"): HateCheck fills
    one template with many identities, so a case-level cut would leak near-duplicates, and the key
    is shared by a template's translations (template_key), so a cut within a language would leak
    translations. Which held-out-language items sit on templates never trained in any language is
    read off the data after the split (data.leakage). `validation_fraction` of the training
    templates become the "validation" split, where settings and thresholds are chosen (never on a
    test set). Records without a language or functionality (e.g. OpenAI's samples) are cut by
    template or id."""
    if record.get("policy") in unseen_policies:  # a content policy never trained on: "bring your own policy"
        return "test", "policy"
    if unseen_language and record.get("language") == unseen_language:
        return "test", "language"
    if record.get("subject") in unseen_functionalities:
        return "test", "functionality"
    unit = record.get("template") or record["id"]
    if unit_hash(unit, seed) < eval_fraction:
        return "test", "iid"
    return ("validation", None) if unit_hash(unit, seed + 1) < validation_fraction else ("train", None)


def split(records: list[dict], **kwargs) -> dict[str, list[dict]]:
    """{train, test_iid, test_unseen_functionality, test_unseen_language, test_unseen_policy}."""
    names = {
        None: "train",
        "iid": "test_iid",
        "functionality": "test_unseen_functionality",
        "language": "test_unseen_language",
        "policy": "test_unseen_policy",
    }
    out: dict[str, list[dict]] = {name: [] for name in names.values()}
    for r in records:
        out[names[held_out(r, **kwargs)[1]]].append(r)
    return out


def _content_policy_of(source: SourceConfig | None) -> tuple[str, object]:
    path = (source.params.get("policy") if source else None) or DEFAULT_CONTENT_POLICY
    return path, load_content_policy(path)


@ADAPTERS.register("hatecheck")
def hatecheck(row: dict, source: SourceConfig | None = None) -> dict:
    """A HateCheck CSV row (English or multilingual) as a moderation record under the source's
    content policy; the language comes from the source's params ({language: ar, policy: <file>}), since
    the multilingual files carry no language column."""
    path, _ = _content_policy_of(source)
    rec = hatecheck_record(row, (source.params.get("language") if source else None) or "en", path)
    case = row.get("mhc_case_id") or row.get("case_id")
    return {**rec, **({"id": f"{source.name}-{case}"} if source and case else {})}


@ADAPTERS.register("openai_moderation")
def openai_moderation(row: dict, source: SourceConfig | None = None) -> dict:
    """A row of OpenAI's moderation samples ({prompt, S, H, V, HR, SH, S3, H2, V2}) under a content
    policy whose rules list those keys. A missing key means unknown, not 0 (the release labels some rows
    for a few categories only): a row is violating when any known key is 1, allowed only when every
    key the content policy uses is present and 0, and otherwise rejected to quarantine as unknown. Keys
    missing on a violating row are kept as `unknown_categories` so category credit skips them."""
    path, content_policy = _content_policy_of(source)
    keys = [k for r in content_policy.rules for k in r.keys]
    if not keys:
        raise RowRejected("policy", f"policy {path} maps no dataset keys (rules[].keys)")
    bad = [k for k in keys if k in row and row[k] not in (0, 1)]
    if bad:
        raise RowRejected(bad[0], f"expected 0 or 1, got {row[bad[0]]!r}")
    hit = sorted({content_policy.rule_of_key(k) for k in keys if row.get(k) == 1})
    missing = [k for k in keys if k not in row]
    if not hit and missing:
        raise RowRejected(
            missing[0],
            f"label unknown: no category is 1 and {', '.join(missing)} "
            "missing (a missing key is unknown, not 0)",
        )
    unknown = sorted({content_policy.rule_of_key(k) for k in missing} - set(hit))
    return {
        "question": row.get("prompt"),
        "answer": content_policy.labels.violating if hit else content_policy.labels.allowed,
        "category": hit[0] if hit else "none",
        "categories": hit,
        "unknown_categories": unknown,
        "language": (source.params.get("language") if source else None) or "en",
        "policy": path,
    }
