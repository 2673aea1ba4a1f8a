"""PII detection measured on data the detectors were not written against: a labelled set made by
Faker in nine locales (benchmarks/pii/make_labelled_set.py, seed 2, kept fixed in git; seed 1 is
the development split). Before libphonenumber and the card/IBAN/boundary fixes the same split
measured recall 0.78 at precision 0.77, with 15% of values surviving redaction."""

import json
from pathlib import Path

import pytest

from reasonrl.data.eval_sets import shared_data_root
from reasonrl.data.filters.pii import detect_pii, redact_pii
from reasonrl.data.pii_eval import measure

HERE = Path(__file__).parent


def _docs(split: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / f"pii_faker_{split}.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("split", ["test", "dev"])
def test_recall_precision_and_leaks_on_the_faker_set(split):
    result = measure(_docs(split), detect_pii)
    overall = result["overall"]
    assert overall["gold"] > 1000
    assert overall["recall"] >= 0.95 and overall["precision"] >= 0.90, overall
    for kind, scores in result["by_kind"].items():
        assert scores["recall"] >= 0.9 and scores["precision"] >= 0.9, (kind, scores)
    assert len(result["leaks"]) <= 0.01 * overall["gold"], result["leaks"]


def test_what_survives_redaction_is_only_what_was_not_found():
    docs = _docs("test")
    for doc in docs[:200]:
        redacted = redact_pii(doc["text"])
        found = detect_pii(doc["text"])
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            if any(s.start <= span["start"] and span["end"] <= s.end for s in found):
                assert value not in redacted


def test_maths_is_not_taken_for_phone_numbers():
    """GSM8K's worked solutions are full of digit chains ("= 100-50-30-15"): 47 were redacted as
    phone numbers before; one or two borderline cases may remain."""
    path = shared_data_root() / "math" / "gsm8k_train.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()[:3000]]
    hits = [detect_pii(r["question"] + "\n" + r["answer"]) for r in rows]
    assert sum(map(len, hits)) <= 2


def test_the_independent_held_out_set():
    """A set built by a writer who never read the detectors (benchmarks/pii/make_heldout_set.py:
    other phrasings, local numbers announced in seven languages, identifier numbers shaped like
    phones, shipped corpora), measured after rules were tuned on another seed: recall 0.849 at
    precision 0.964 overall, phones 0.830 / 0.958 (before this round: 0.788 / 0.852). The floors
    below are those figures less a margin for the floating stdlib/phonenumbers versions; the
    issue's goal (recall 0.99, no local number surviving) is not reached and says so in the README."""
    docs = [json.loads(line) for line in (HERE / "pii_heldout.jsonl").read_text().splitlines()]
    result = measure(docs, detect_pii)
    assert result["overall"]["gold"] > 1000 and result["overall"]["recall"] >= 0.84, result["overall"]
    assert result["overall"]["precision"] >= 0.94, result["overall"]
    for kind in ("CREDIT_CARD", "EMAIL", "IBAN", "IP_ADDRESS"):
        assert result["by_kind"][kind]["recall"] == 1.0 and result["by_kind"][kind]["precision"] == 1.0, kind


def test_context_announced_local_numbers_are_phones_and_identifiers_are_not():
    said = {
        "Phone: 467 3395": True,
        "call me on 450 0840.": True,
        "Tel. 41183": True,
        "ring me on 7946 0958": True,
        "Ref. 467 3395": False,
        "Case no. 450-0840": False,
        "Facture n° 35 54 41 32": False,
        "Vorgangsnummer 810 801 7242": False,
        "I paid 12.50 and call 2 friends": False,
        "tel 12:30": False,
    }
    for text, phone in said.items():
        assert ("<PHONE>" in redact_pii(text)) is phone, text
    assert "<PHONE>" in redact_pii(
        "Ref. +44 20 7946 0958"
    )  # international form is a phone whatever announces it
