"""Would a learned scorer over the phone detector's candidates carry to a new writer where rules did
not? Leave one writer out over the development sets v2-v9, never v10 (the held-out set).

    .venv/bin/python benchmarks/pii/scorer_lowo.py [--retain 0.997] \
        [--out benchmarks/results/pii_scorer_lowo.json]

Ten writers in, the rule-based detector keeps recall >= 0.99 on a new writer's text while its
precision there ranges 0.77-0.96: each writer invents phone-shaped negatives the previous round's
rules never saw. This experiment asks whether a classifier can do what another round of rules did
not. The candidates are the detector's own PHONE spans (its recall is the ceiling); each gets a
bag of features (the folded words before and after it, its line's first word and key, its digit
groups' shape, trunk 0 or +, how many numbers share its line and its document); a logistic
regression (scikit-learn) trained on seven writers scores the eighth. Its threshold is chosen on
the seven alone, by an inner leave-one-writer-out: the highest that keeps `--retain` of the true
phones of every inner held-out writer on average. Reported per left-out writer, exactly as
`reasonrl.data.pii_eval.measure` counts: the detector's recall / precision on phones, and the
detector followed by the scorer.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from reasonrl.data.filters.phone_script import fold
from reasonrl.data.filters.pii import detect_pii
from reasonrl.data.pii_eval import measure

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
WRITERS = [f"v{i}" for i in range(2, 10)]  # never v10: it is the held-out set
WORD = re.compile(r"[^\W\d_][^\W\d_'.-]*")


def _docs(writer: str) -> list[dict]:
    text = (DATA / f"pii_heldout_{writer}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def features(text: str, start: int, end: int, n_in_doc: int) -> dict:
    """A candidate's features: words before (nearest first) and after, its line's head, its shape."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
    before = WORD.findall(fold(text[max(0, start - 60) : start]))[::-1][:6]
    after = WORD.findall(fold(text[end : end + 40]))[:4]
    value, line = text[start:end], text[line_start:line_end]
    groups = re.findall(r"\d+", value)
    f = {f"b{min(i, 3)}:{w}": 1 for i, w in enumerate(before)}
    f.update({f"a{min(i, 2)}:{w}": 1 for i, w in enumerate(after)})
    head = WORD.findall(fold(line))[:1]
    f.update({f"head:{w}": 1 for w in head})
    f["shape:" + "-".join(str(len(g)) for g in groups)] = 1
    f["digits:" + str(sum(map(len, groups)))] = 1
    f["trunk0"], f["plus"] = float(value.lstrip("(").startswith("0")), float("+" in value)
    f["seps:" + "".join(sorted(set(re.sub(r"[\d]", "", value))))] = 1
    f["key_colon"] = float(bool(re.search(r":\s*$", text[line_start:start])))
    f["line_numbers:" + str(min(len(re.findall(r"\d{3,}", line)), 4))] = 1
    f["doc_candidates:" + str(min(n_in_doc, 8))] = 1
    f["starts_line"] = float(not text[line_start:start].strip())
    return f


def candidates(docs: list[dict]) -> list[tuple[int, object, dict, bool]]:
    """(doc index, span, features, overlaps a gold phone) for every PHONE span the detector gives."""
    rows = []
    for i, doc in enumerate(docs):
        spans = [s for s in detect_pii(doc["text"]) if s.kind == "PHONE"]
        gold = [g for g in doc["spans"] if g["kind"] == "PHONE"]
        for s in spans:
            true = any(s.start < g["end"] and g["start"] < s.end for g in gold)
            rows.append((i, s, features(doc["text"], s.start, s.end, len(spans)), true))
    return rows


def fit(rows: list) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    x = vec.fit_transform([r[2] for r in rows])
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, [r[3] for r in rows])
    return vec, model


def scores(vec, model, rows: list) -> list[float]:
    return list(model.predict_proba(vec.transform([r[2] for r in rows]))[:, 1]) if rows else []


def threshold(by_writer: dict, train: list[str], retain: float) -> float:
    """The highest score threshold that keeps `retain` of the true candidates, averaged over an
    inner leave-one-writer-out of `train`."""
    kept_scores = []
    for inner in train:
        vec, model = fit([r for w in train if w != inner for r in by_writer[w][1]])
        rows = by_writer[inner][1]
        kept_scores.append(sorted(s for s, r in zip(scores(vec, model, rows), rows, strict=True) if r[3]))
    for t in sorted({round(x, 3) for s in kept_scores for x in s}, reverse=True):
        if statistics.mean(sum(x >= t for x in s) / len(s) for s in kept_scores) >= retain:
            return t
    return 0.0


def _phone_figures(docs, keep) -> dict:
    """Phone recall / precision / leaks with the detector's PHONE spans filtered by `keep`."""
    result = measure(docs, lambda text: [s for s in detect_pii(text) if s.kind != "PHONE" or keep(text, s)])
    phone = result["by_kind"]["PHONE"]
    figures = {k: round(phone[k], 4) for k in ("recall", "precision")}
    return {**figures, "leaks": len(result["leaks"])}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--retain", type=float, default=0.997, help="share of true phones the threshold keeps")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    by_writer = {w: (docs := _docs(w), candidates(docs)) for w in WRITERS}
    report = {"retain": args.retain, "writers": {}}
    for held in WRITERS:
        train = [w for w in WRITERS if w != held]
        t = threshold(by_writer, train, args.retain)
        vec, model = fit([r for w in train for r in by_writer[w][1]])
        docs, rows = by_writer[held]
        score = {(r[0], r[1].start, r[1].end): s for r, s in zip(rows, scores(vec, model, rows), strict=True)}
        index = {doc["text"]: i for i, doc in enumerate(docs)}

        def keep(text, span, score=score, index=index, t=t):
            return score.get((index[text], span.start, span.end), 1.0) >= t

        report["writers"][held] = {
            "threshold": t,
            "detector": _phone_figures(docs, lambda text, span: True),
            "detector+scorer": _phone_figures(docs, keep),
        }
        print(held, json.dumps(report["writers"][held]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
