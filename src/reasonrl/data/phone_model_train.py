"""Train the learned phone reading (filters/phone_learned.py) on labelled PII sets, and choose its
thresholds on leave-one-writer-out validation: each set is one writer's, so a fold that holds one
set out asks what the model does on a writer it has never seen (the question a held-out writer
answers once; here it is asked of every writer, on development data). The policy chosen is the
one under which the most writers, held out in turn, meet issue 24's goals: phone recall >= 0.99,
precision >= 0.9, and no context-announced local number left (a set's `_values.jsonl` sidecar
says which numbers those are).

    python -m reasonrl.data.phone_model_train tests/data/pii_faker_dev.jsonl tests/data/pii_heldout.jsonl \\
        tests/data/pii_heldout_v{2..117}.jsonl \\
        --negatives $REASONRL_SHARED/data/math/gsm8k_train.jsonl \\
        [--out src/reasonrl/data/filters/phone_model.npz] \\
        [--report benchmarks/results/pii_learned_validation.md] [--no-validate]

Each set: JSONL of {"text", "spans": [{"kind", "start", "end"}]} (pii_eval's format); a
candidate number is a phone when it overlaps a gold PHONE span. Never pass a set you will report
as held out. Validation chooses no policy under which the model fitted on every set takes one of
GUARDS; a --policy that does is shipped as given and the card says so (`guarded`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from phonenumbers import SUPPORTED_REGIONS
from scipy import sparse
from tqdm import tqdm

from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.phone_learned import DIM, MODEL, PhoneModel, compose, features, hashed, taken
from reasonrl.data.filters.phone_words import lexicon
from reasonrl.data.filters.pii import PiiSpan, normalize_same_length, rule_pass
from reasonrl.data.phone_model_policy import (  # noqa: F401  (meets, report: the trainer's API too)
    POLICIES,
    choose,
    meets,
    policy_arg,
    report,
)
from reasonrl.data.pii_eval import measure
from reasonrl.errors import ConfigError, DataError, ReasonRLError

C = 1.0  # inverse L2 strength: 3.0 traded 0.001 recall for 0.006 precision on validation, no better
ANNOUNCED = "local-announced"  # the writers' sidecar mode of a context-announced local number
# The regions whose numbering and words the model reads, whatever the policy: the default policy's
# and those of the other locales the writers' documents come from (Portugal, Austria, Switzerland,
# Belgium, Ireland, Australia), whose numbers written at home no default region makes valid
# ("289 545 927" is a Portuguese landline). A policy's own regions are read besides them.
MODEL_REGIONS = (*DEFAULT_REGIONS, "PT", "AT", "CH", "BE", "IE", "AU")
# Hand-written negatives the tests guard (test_phone_default, test_phone_learned, test_phone_rules),
# (text, the number in it that is no phone): no policy may take one. Versions 48 and 49 were
# validated to 0.03 / 0.02, one writer of 70-74 ahead of 0.05 / 0.02, and took all five.
GUARDS = (
    ("retries = 5551234", "5551234"),
    ("2024-01-02 10:00:01 INFO worker 5512309 started", "5512309"),
    ("Invoice: 418 2290\nOrder: 733 1045\nSurgery: 0161 496 0288", "418 2290"),
    ("Invoice: 418 2290\nOrder: 733 1045\nSurgery: 0161 496 0288", "733 1045"),
    ("What's your order number?\n[07:11] Ana: 5187-3567", "5187-3567"),
)


@dataclass
class Examples:
    """One set's candidates: slots (one array per candidate, in document order), labels (n,), and
    per document its record, candidates' spans, the rules' spans and, where the set's sidecar
    names them, its context-announced local numbers' spans (None: the set does not say)."""

    slots: list[np.ndarray]
    labels: np.ndarray
    docs: list[dict]
    spans: list[list[tuple[int, int]]]
    ruled: list[list[tuple[str, int, int]]]
    announced: list[list[dict]] | None = None


def load_set(path: Path) -> list[dict]:
    """Read a labelled JSONL set; a bad line names the file, the line and the field."""
    docs = []
    for row, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            spans = [(s["kind"], int(s["start"]), int(s["end"])) for s in doc["spans"]]
            if not isinstance(doc["text"], str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError) as exc:
            hint = 'each line: {"text": str, "spans": [{"kind", "start", "end"}]}'
            raise DataError(f"not a labelled record ({exc!r})", where=f"{path}:{row}", hint=hint) from exc
        if any(not 0 <= a < b <= len(doc["text"]) for _, a, b in spans):
            raise DataError("a span lies outside its text", where=f"{path}:{row}: spans",
                            hint="offsets are Python character offsets into text")  # fmt: skip
        docs.append(doc)
    return docs


def announced(path: Path, docs: list[dict]) -> list[list[dict]] | None:
    """Each document's context-announced local numbers: its gold spans whose value in the set's
    sidecar (`<set>_values.jsonl`, make_heldout_set.py's: one {"values": [{"mode", ...}]} per record,
    in span order) has mode "local-announced"; None when the set has no sidecar."""
    side = path.with_name(path.stem + "_values.jsonl")
    if not side.exists():
        return None
    lines = [line for line in side.read_text(encoding="utf-8").split("\n") if line.strip()]
    if len(lines) != len(docs):
        raise DataError(f"{len(lines)} sidecar lines for {len(docs)} records", where=str(side),
                        hint="rebuild the set and its sidecar together (make_heldout_set.py)")  # fmt: skip
    out = []
    for row, (line, doc) in enumerate(zip(lines, docs, strict=True), 1):
        try:
            values = json.loads(line)["values"]
            modes = [v.get("mode") for v in values]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"not a sidecar line ({exc!r})", where=f"{side}:{row}: values",
                            hint='each line: {"values": [{"mode": str, ...}, ...]}') from exc  # fmt: skip
        # one value per span, in span order: a value naming another kind or other text is misaligned
        spans = doc["spans"]
        if len(values) != len(spans) or any(
            v.get("kind", s["kind"]) != s["kind"] or v.get("text", said) != said
            for v, s in zip(values, spans, strict=False)
            for said in [doc["text"][s["start"] : s["end"]]]
        ):
            raise DataError(f"{len(values)} values do not match the record's {len(spans)} spans",
                            where=f"{side}:{row}: values",
                            hint="one value per span of the record, in span order")  # fmt: skip
        out.append([span for span, mode in zip(spans, modes, strict=True) if mode == ANNOUNCED])
    return out


def examples(docs: list[dict], regions: tuple[str, ...] = MODEL_REGIONS, name: str = "") -> Examples:
    """Featurise every candidate of every document as detect_pii does under the default policy: the
    rule pass in the policy's regions (once per document), the features in the model's `regions`."""
    words, out, labels = lexicon(regions), Examples([], np.zeros(0, bool), docs, [], []), []
    for doc in tqdm(docs, desc=f"featurise {name}", leave=False, mininterval=5):
        norm = normalize_same_length(doc["text"])
        ruled = [(s.kind, s.start, s.end) for s in rule_pass(norm, DEFAULT_REGIONS)]
        gold = [(s["start"], s["end"]) for s in doc["spans"] if s["kind"] == "PHONE"]
        scored = features(norm, ruled, words, regions)
        out.spans.append([span for span, _ in scored])
        out.ruled.append(ruled)
        for (start, end), f in scored:
            out.slots.append(hashed(f))
            labels.append(any(a < end and start < b for a, b in gold))
    out.labels = np.array(labels, bool)
    return out


def _examples(path: Path, regions: tuple[str, ...]) -> Examples:
    docs = load_set(path)
    e = examples(docs, regions, name=path.stem)
    e.announced = announced(path, docs)
    return e


def design(slots: list[np.ndarray]) -> sparse.csr_matrix:
    """Binary design matrix (n, DIM)."""
    indptr = np.cumsum([0] + [len(s) for s in slots])
    data = np.ones(indptr[-1], np.float32)
    cols = np.concatenate(slots) if slots else np.zeros(0, np.int64)
    return sparse.csr_matrix((data, cols, indptr), shape=(len(slots), DIM))


def fit(sets: list[Examples], c: float = C) -> tuple[np.ndarray, float]:
    """L2 logistic regression (liblinear) on the sets' candidates -> weights (DIM,), intercept."""
    from sklearn.linear_model import LogisticRegression  # training only: scoring needs numpy
    from threadpoolctl import threadpool_limits

    x = design([s for e in sets for s in e.slots])
    y = np.concatenate([e.labels for e in sets])
    if len(set(y.tolist())) < 2:
        raise DataError(
            "the training sets hold no phone or nothing but phones", hint="pass labelled sets with both"
        )
    model = LogisticRegression(C=c, solver="liblinear", max_iter=500, random_state=0)  # reproducible
    # liblinear's Newton steps sum over the 2**20 weights with BLAS, whose threads split the sums:
    # another thread count rounds otherwise and stops at another iteration (version 52's recipe gave
    # intercept -1.0067004 inside a test worker, OMP_NUM_THREADS=1, against -1.0067592 trained on 2
    # threads). One thread: the same weights on any machine and under any test runner.
    with threadpool_limits(limits=1, user_api="blas"):
        model.fit(x, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def found(
    e: Examples, prob: np.ndarray, threshold: float, ruled_threshold: float | None = None
) -> list[list[tuple[int, int]]]:
    """Per document, the phone spans detect_pii keeps when candidates with P(phone) >= threshold
    are phones (>= ruled_threshold, default the same, for those the rules called phones), composed
    with the rules' spans as detect_pii composes them."""
    out, first = [], 0
    ruled_threshold = threshold if ruled_threshold is None else ruled_threshold
    for spans, ruled in zip(e.spans, e.ruled, strict=True):
        phones = taken(spans, prob[first : first + len(spans)], ruled, threshold, ruled_threshold)
        first += len(spans)
        out.append(compose(ruled, spans, phones))
    return out


def scores(e: Examples, prob: np.ndarray, threshold: float, ruled_threshold: float | None = None) -> dict:
    """Phone recall and precision on one set (pii_eval's span rules) under a policy (`found`)."""
    return _scored(e, found(e, prob, threshold, ruled_threshold))


def rule_scores(e: Examples) -> dict:
    """Phone recall and precision of the rules alone (detect_pii before the learned reading)."""
    return _scored(e, [[(a, b) for k, a, b in ruled if k == "PHONE"] for ruled in e.ruled])


def _scored(e: Examples, found: list[list[tuple[int, int]]]) -> dict:
    """Phone recall and precision of `found` (per document) on the set, and how many of its
    context-announced local numbers are left where its sidecar says which they are."""
    out = _phone_scores(e.docs, found)
    if e.announced is not None:
        docs = [{**d, "spans": spans} for d, spans in zip(e.docs, e.announced, strict=True)]
        told = _phone_scores(docs, found)
        out["announced_left"] = round(told["gold"] * (1 - told["recall"])) if told["gold"] else 0
    return out


def _phone_scores(docs: list[dict], found: list[list[tuple[int, int]]]) -> dict:
    """pii_eval.measure's overall figures for PHONE: gold phones of docs against `found`, per doc."""
    by_text = {
        d["text"]: [PiiSpan(a, b, "PHONE") for a, b in spans] for d, spans in zip(docs, found, strict=True)
    }
    phone_docs = [{**d, "spans": [s for s in d["spans"] if s["kind"] == "PHONE"]} for d in docs]
    return measure(phone_docs, lambda text: by_text[text])["overall"]


def probabilities(e: Examples, weights: np.ndarray, intercept: float) -> np.ndarray:
    z = intercept + np.array([weights[s].sum() for s in e.slots], dtype=np.float64)
    return 1.0 / (1.0 + np.exp(-z))


def negatives(path: Path, skip: int) -> list[dict]:
    """Texts that hold no phone (a maths corpus: its digit chains are what the writers' screened
    corpus texts lack), one per JSONL row after the first `skip` (kept for the false-alarm tests):
    the row's string fields joined by a line break."""
    rows = path.read_text(encoding="utf-8").splitlines()[skip:]
    return [
        {"text": "\n".join(v for v in json.loads(r).values() if isinstance(v, str)), "spans": []}
        for r in rows
    ]


def guarded(
    weights: np.ndarray, intercept: float, regions: tuple[str, ...]
) -> tuple[tuple[float, float], ...]:
    """The policies under which the model (weights (DIM,), intercept) takes none of GUARDS: the
    guards are read as a set is (`examples`, `probabilities`) and a policy takes one when a span it
    keeps (`found`) overlaps the guarded number."""
    marks = [(text.index(number), text.index(number) + len(number)) for text, number in GUARDS]
    docs = [{"text": text, "spans": [{"kind": "PHONE", "start": a, "end": b}]}
            for (text, _), (a, b) in zip(GUARDS, marks, strict=True)]  # fmt: skip
    guards = examples(docs, regions, name="guards")
    prob = probabilities(guards, weights, intercept)

    def takes(policy: tuple[float, float]) -> bool:
        kept = found(guards, prob, *policy)
        return any(
            a < end and start < b for (start, end), spans in zip(marks, kept, strict=True) for a, b in spans
        )

    return tuple(p for p in POLICIES if not takes(p))


def validate(
    sets: dict[str, Examples], c: float = C, always: tuple[Examples, ...] = ()
) -> dict[str, dict[tuple[float, float], dict]]:
    """Leave one writer out: for each set, fit on the others (and `always`, the negatives, never
    held out) and score it under every policy (threshold, ruled threshold)."""
    table = {}
    for name, held in tqdm(sets.items(), desc="leave one writer out", leave=False):
        weights, intercept = fit([e for n, e in sets.items() if n != name] + list(always), c)
        prob = probabilities(held, weights, intercept)
        table[name] = {policy: scores(held, prob, *policy) for policy in POLICIES}
    return table


def save(path: Path, weights: np.ndarray, intercept: float, card: dict) -> None:
    """Sparse npz: the slots with a weight, their weights, the intercept, the card as JSON."""
    slots = np.flatnonzero(weights).astype(np.int32)
    np.savez_compressed(path, slots=slots, weights=weights[slots], intercept=np.float64(intercept),
                        card=np.array(json.dumps(card, sort_keys=True)))  # fmt: skip


def _name(path: Path) -> str:
    """A set's name in the tables: "v12" for pii_heldout_v12.jsonl, "hand-designed", "faker_dev"."""
    stem = path.stem.removeprefix("pii_heldout").strip("_") or "hand-designed"
    return stem.removeprefix("pii_")


def _policy(
    args: argparse.Namespace, data: dict[str, Examples], extra: tuple, card: dict, allowed: tuple
) -> tuple:
    """The thresholds the model ships with: --policy's where given, else the one validation
    chooses among those allowed (`choose`, `guarded`), else (--no-validate) the shipped model's.
    Validation's table goes into the card and the report either way."""
    if args.no_validate:
        shipped = PhoneModel.load()
        return args.policy or (shipped.threshold, shipped.threshold_ruled)
    table = validate(data, always=extra)
    policy = args.policy or choose(table, allowed)
    card["validation"] = {n: {f"{t},{r}": table[n][(t, r)] for t, r in POLICIES} for n in table}
    if args.report:
        rule = {n: rule_scores(e) for n, e in data.items()}
        text = report(table, rule, policy, given=bool(args.policy), allowed=allowed)
        args.report.write_text(text, encoding="utf-8")
    return policy


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], epilog="Writes the model and its card.")
    ap.add_argument(
        "sets", nargs="+", type=Path, help="labelled JSONL sets, one per writer (development only)"
    )
    ap.add_argument("--out", type=Path, default=MODEL, help="the model file (default: the shipped one)")
    ap.add_argument("--report", type=Path, help="write the validation table here (Markdown)")
    ap.add_argument("--no-validate", action="store_true", help="skip validation; keep the shipped thresholds")
    ap.add_argument(
        "--policy",
        type=policy_arg,
        metavar="T,R",
        help="ship these thresholds instead of validation's choice: P(phone) >= T for any number, >= R "
        "for one the rules called a phone; higher ones redact less that is no phone and leave more "
        "phones (the report's grid says how many writers meet the goals under each)",
    )
    ap.add_argument(
        "--negatives", type=Path, help="JSONL texts with no phone, always trained on (GSM8K train)"
    )
    ap.add_argument(
        "--skip", type=int, default=3000, help="rows of --negatives left out (default 3000: the tests' rows)"
    )
    ap.add_argument(
        "--regions",
        default=",".join(MODEL_REGIONS),
        help="regions whose numbering and phone words the model reads (default: %(default)s)",
    )
    args = ap.parse_args(argv)
    regions = tuple(r.strip().upper() for r in args.regions.split(","))
    unknown = sorted(set(regions) - SUPPORTED_REGIONS)
    if unknown:  # libphonenumber would call every number invalid there: a model that reads nothing
        raise ConfigError(f"unknown phone regions {unknown}", where="--regions",
                        hint="ISO 3166 codes libphonenumber knows, e.g. --regions US,GB,DE,PT")  # fmt: skip
    extra = (
        (examples(negatives(args.negatives, args.skip), regions, name="negatives"),) if args.negatives else ()
    )
    data = {_name(p): _examples(p, regions) for p in tqdm(args.sets, desc="sets")}
    card = {
        "sets": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in args.sets},
        "order": [p.name for p in args.sets],  # liblinear's solution depends on the rows' order
        "C": C,
        "regions": list(regions),
        "dim": DIM,
        "candidates": int(sum(len(e.labels) for e in data.values())),
    }
    if args.negatives:
        card["negatives"] = {
            "file": args.negatives.name,
            "skip": args.skip,
            "sha256": hashlib.sha256(args.negatives.read_bytes()).hexdigest(),
        }
    weights, intercept = fit(list(data.values()) + list(extra))
    allowed = guarded(weights, intercept, regions)
    if not (allowed or args.policy or args.no_validate):  # fail closed: no policy refuses them all
        raise ConfigError("every policy takes a guarded negative (GUARDS)", where="sets",
                          hint="read what the sets teach about those numbers, or give --policy")  # fmt: skip
    card["guarded"] = [f"{t},{r}" for t, r in allowed]  # the policies that take no guarded negative
    card["threshold"], card["threshold_ruled"] = _policy(args, data, extra, card, allowed)
    save(args.out, weights, intercept, card)
    return card


if __name__ == "__main__":
    try:
        main()
    except ReasonRLError as exc:  # a bad set or option: its file, row or flag, and what to do, no trace
        raise SystemExit(f"phone_model_train: error: {exc.render()}") from None
