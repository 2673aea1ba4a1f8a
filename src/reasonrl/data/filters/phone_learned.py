"""A learned second reading of every number that could be a phone: logistic regression over the
number's shape, its words around it and the rules' own verdicts (stacked generalisation, Wolpert
1992), so a layout no rule names is read by what it shares with the ones they do.

Why: sixteen rounds of rules read off independent writers carried almost nothing to the next
writer (benchmarks/results/pii_history.md); each writer brings a layout habit of its own. A linear
model over hashed features generalises across habits the rules cannot list: on the writers
never read nor trained on it beat the rules on recall, and on most of them on precision too
(benchmarks/results/pii_learned.md).

    candidates(norm) -> [(start, end), ...]        digit runs of 5+ digits, phone separators inside,
                                                   and two runs a line wrap broke, joined
    features(norm, rule_spans, words, regions) -> [((start, end), [feature, ...]), ...]
    PhoneModel.load().phones(norm, rule_spans, regions) -> [(start, end), ...]
    rule_spans: [(kind, start, end), ...] of pii.rule_pass, every kind (the rules' phones included)

Features read the number's shape, libphonenumber's verdict in each region of the model's card and
the policy, the words and marks around it and its column (phone_around), its neighbours, the
towns named near it (phone_towns) and the rules' verdicts. They are strings hashed (CRC-32, stable
across platforms and runs) into 2**20 slots; the model is a sparse weight vector (phone_model.npz, written by
reasonrl.data.phone_model_train) and two thresholds chosen on leave-one-writer-out validation, never
on a held-out set: one for a number the rules called a phone, one for any other. Scoring needs numpy only.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from phonenumbers import is_possible_number, is_valid_number, number_type

from reasonrl.data.filters.phone_around import column, context
from reasonrl.data.filters.phone_refusals import why_not
from reasonrl.data.filters.phone_towns import area_code, completes, named, readings, valid_after
from reasonrl.data.filters.phone_words import Lexicon, lexicon
from reasonrl.errors import DataError

DIM = 1 << 20
MIN_DIGITS = 5  # the shortest subscriber numbers written alone ("Tel. 23 456" in a German village)
MODEL = Path(__file__).with_name("phone_model.npz")
# a dash or slash (blanks around it or not), a dot with no blank after it (". " ends a sentence),
# blanks, brackets, or a speaker's pause in a transcript ("0186 589... 4722", "098 … 738"):
# "(+43) (0)664 24707313", "0431 / 4978690", "06-1830.3883"
_SEP = (
    r"(?:[ \t]{0,3}[-/][ \t]{0,3}|\.|[ \t]{1,3}|[ \t]?\([ \t]?|[ \t]?\)[ \t]?(?:[-.(][ \t]?)?"
    r"|[ \t]?(?:\.\.\.?|\u2026)[ \t]?)"
)
# not after a Latin, Greek or Cyrillic letter or digit (CJK text writes numbers against its words);
# a "+" touches its country code ("+ 20000" is a sum)
_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z\u00c0-\u024f\u0370-\u04ff+])(?:\+|\([ \t]?\+?)?\d(?:" + _SEP + r"?\d)*\)?"
)
# one line break between two runs, a dash or slash and blanks beside it ("0162-399 587\n33")
_WRAP = re.compile(r"[ \t]*[-/]?[ \t]*\n[ \t]*")
MAX_DIGITS = 15  # E.164's longest number
_PLAIN = str.maketrans({"\n": " ", "\u2026": "."})  # libphonenumber reads neither a line break nor "…"
_PIECES = re.compile(r"[ \t]+[-/][ \t]+")  # "0134475241 - 00164": two values, or one phone ("0431 - 4978690")
# a town "right before" a number ends this close to it: "Derby 449232", "Bath: 877-534", '"Gouda 70'
_NEXT = 3
_NONBLANK = re.compile(r"\S")


def candidates(norm: str, others: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Maximal digit runs joined by blanks, dashes, dots, slashes or brackets, with a leading + or
    (, of MIN_DIGITS digits or more, and the pieces of a run that " - " or " / " cut; a bracket the
    run does not close is the text's. `others`: spans of other kinds (cards, IPs), masked first so
    no run takes a phone and a card together."""
    for a, b in others:
        norm = norm[:a] + "\0" * (b - a) + norm[b:]
    out, runs = [], []
    for m in _CANDIDATE.finditer(norm):
        start, end = _trim(norm, *m.span())
        runs.append((start, end))
        cuts = [start] + [x for c in _PIECES.finditer(norm, start, end) for x in c.span()] + [end]
        pieces = (
            [_trim(norm, a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)] if len(cuts) > 2 else []
        )
        out += [
            (a, b) for a, b in [(start, end), *pieces] if sum(c.isdigit() for c in norm[a:b]) >= MIN_DIGITS
        ]
    return out + wrapped(norm, runs)


def wrapped(norm: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run that ends its line joined to the run that starts the next: a phone a hard line wrap
    broke at a group boundary ("07968 334\n682", "0431 /\n2144462"), at most MAX_DIGITS digits. Read
    besides the two runs, never instead: a list's lines stay candidates of their own."""
    out = []
    for (a, b), (c, d) in zip(runs, runs[1:], strict=False):
        n = sum(ch.isdigit() for ch in norm[a:b] + norm[c:d])
        if _WRAP.fullmatch(norm, b, c) and MIN_DIGITS <= n <= MAX_DIGITS:
            out.append((a, d))
    return out


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Drop a bracket the run does not close (or open): it is the text's ("(06 - 4667" -> "06 - 4667")."""
    if norm[start:end].count(")") > norm[start:end].count("("):
        end = start + len(norm[start:end].rstrip(") \t"))
    if norm[start:end].count("(") > norm[start:end].count(")"):
        start = end - len(norm[start:end].lstrip("( \t"))
    return start, end


@lru_cache(maxsize=1 << 16)
def _numbering(raw: str, regions: tuple[str, ...]) -> tuple[str, ...]:
    """What libphonenumber says of raw read in each region: valid, possible, and the number type."""
    said = set()
    for region, number in readings(raw, regions):
        if is_valid_number(number):
            said |= {f"valid:{region}", f"type:{number_type(number)}"}
        elif is_possible_number(number):
            said.add(f"possible:{region}")
        if raw.lstrip("( ").startswith("+"):
            break  # the country code is written: one reading
    return (*sorted(said), f"nvalid={sum(s.startswith('valid:') for s in said)}")


def _shape(raw: str, digits: str) -> list[str]:
    """The number's digit groups, separators and lead ("0431 / 4978690": gp=4.7, sep=/, lead=0)."""
    groups = [len(g) for g in re.findall(r"\d+", raw)]
    seps = sorted(
        {
            "sp" if s == " " else "sp2" if s.isspace() else s.strip() or "?"
            for s in re.findall(r"\D+", raw.strip("+( )"))
        }
    )
    lead = ("+" if raw.startswith(("+", "(+")) else "00" if digits.startswith("00")
            else "(" if raw.startswith("(") else "0" if digits.startswith("0") else "x")  # fmt: skip
    n = min(len(digits), 17)
    return [
        f"nd={n}", f"ng={min(len(groups), 7)}", "gp=" + ".".join(map(str, groups[:6])),
        "seps=" + "|".join(seps),
        *("sep=" + s for s in seps), f"d1={digits[0]}", f"d2={digits[:2]}", f"d3={digits[:3]}",
        f"lead={lead}", f"lead_nd={lead}{n}",
    ]  # fmt: skip


def _paragraph(norm: str, start: int, end: int) -> tuple[int, int]:
    """The blank lines around text[start:end] (-1 and len(norm) where there are none): what lies
    strictly between them is its paragraph."""
    return norm.rfind("\n\n", 0, start), norm.find("\n\n", end) % (len(norm) + 1)


def _towns(
    digits: str,
    para: tuple[int, int],
    line: tuple[int, int],
    places: list[tuple[int, int, str]],
    regions: tuple[str, ...],
    above: tuple[int, int] | None = None,
) -> list[str]:
    """Whether a town is named in the number's paragraph, and whether one named there, before it on
    its line (`line`: the line's start and the number's), right before it, on the line above a
    number that opens its line (`above`: that line's start and end), or anywhere in the
    document makes it a valid number as its subscriber part (phone_towns): "(In Heidelberg reicht
    73986.)", "Within Nottingham: 854 3990", a flyer's "Rostock 20960-03", "Para quem liga
    de Maringá:\n3054-6828". A town before it is the announcement itself; a postcode stands before its
    town ("69117 Heidelberg"), not after it."""
    near = {name for a, b, name in places if para[0] < a and b <= para[1]}
    f = ["town=near"] * bool(near)
    if any(completes(digits, name, regions) for name in near):
        f.append("town=near_ok")
    before = [
        b for a, b, name in places if line[0] <= a and b <= line[1] and completes(digits, name, regions)
    ]
    if before:  # the nearest such town says whether one stands right before it
        f += ["town=line_ok"] + ["town=next_ok"] * (line[1] - max(before) <= _NEXT)
    if above and any(above[0] <= a and b <= above[1] and completes(digits, n, regions) for a, b, n in places):
        f.append("town=above_ok")
    if any(completes(digits, name, regions) for name in {name for _, _, name in places} - near):
        f.append("town=doc_ok")
    return f


def _lines(norm: str, spans: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """The candidates of each line, keyed by the line's first offset."""
    out: dict[int, list[tuple[int, int]]] = {}
    for start, end in spans:
        out.setdefault(norm.rfind("\n", 0, start) + 1, []).append((start, end))
    return out


def features(
    norm: str, rule_spans: list[tuple[str, int, int]], words: Lexicon, regions: tuple[str, ...]
) -> list[tuple[tuple[int, int], list[str]]]:
    """Each candidate of the normalised text and its features: shape, numbering, context, its
    neighbours (a roster repeats a shape line after line), what the rules found there
    (rule_spans: (kind, start, end) of detect_pii's rule pass) and the first refusal
    (phone_refusals.why_not) that names what else it is."""
    ruled = {(a, b) for kind, a, b in rule_spans if kind == "PHONE"}
    # the rules' own phone spans are read too, exactly: a rule phone stands or falls by its own
    # score, never by that of a longer run around it ("Zimmer 2 (0171 2345678)")
    spans = sorted(set(candidates(norm, [(a, b) for kind, a, b in rule_spans if kind != "PHONE"])) | ruled)
    lines, places = _lines(norm, spans), named(norm, regions)
    # the area codes of the phones the rules found: "Ring (01904) 661 327 ... locally 204 340"
    dialled = {(a, b): area_code(norm[a:b].translate(_PLAIN), regions) for a, b in ruled}
    # lines holding a phone the rules found: a directory's rows vouch for each other
    # ("Standesamt: 0361/8018767" under "Bauaufsicht: 0931/4943359")
    vouching = {line for line, on_line in lines.items() if any(s in ruled for s in on_line)}
    groups = {
        (a, b): tuple(map(len, re.findall(r"\d+", norm[a:b]))) for a, b in spans
    }  # (4, 7) for "0431 / 4978690"
    out = []
    for start, end in spans:
        raw = norm[start:end]
        head = norm.rfind("\n", 0, start) + 1
        tail = norm.find("\n", end) % (len(norm) + 1)  # -1 (no line break) -> len(norm)
        digits = re.sub(r"\D", "", raw)
        f = _shape(raw, digits) + list(_numbering(raw.translate(_PLAIN), regions)) + ["wrap"] * ("\n" in raw)
        para = _paragraph(norm, start, end)
        # a town on the line above announces a number that opens its line ("Aus Heidelberg:\n73986");
        opens = head and not _NONBLANK.search(norm, head, start)  # a search copies no 50 KB line
        above = (norm.rfind("\n", 0, head - 1) + 1, head) if opens else None
        f += _towns(digits, para, (head, start), places, regions, above)
        # another phone's area code, not that of a phone this candidate is part of ("0431 / 4978690")
        areas = tuple(
            sorted({area for (a, b), area in dialled.items() if area and not (a < end and start < b)})
        )
        f += ["area=doc_ok"] * valid_after(digits, areas)
        f += context(norm, start, end, (head, tail), words, para) + column(norm, start, head, tail, words)
        # a town that completes it and a phone word before it: the announcement of a local number
        f += [f"{t}&lex" for t in ("town=line_ok", "town=near_ok") if t in f and "lex=phone" in f]
        # or a phone word farther off in its paragraph, before or after it (version 53)
        far = {"lexfar=phone", "lexR=phone", "lexRfar=phone"} & set(f)
        f += [f"{t}&far" for t in ("town=line_ok", "town=near_ok", "town=above_ok") if t in f and far]
        f += [f"nline={min(len(lines[head]), 4)}", f"ndoc={min(len(spans), 8)}"]
        for other in (norm.rfind("\n", 0, max(head - 1, 0)) + 1 if head else None, tail + 1):
            if other in lines and other != head:  # the line before and the line after
                same = any(groups[s] == groups[(start, end)] for s in lines[other])
                f += ["nbrline"] + ["nbrsame"] * same + ["nbrruled"] * (other in vouching)
        block = sum(para[0] < line <= para[1] and line != head for line in vouching)
        f.append(f"blockruled={min(block, 3)}")
        # a phone the rules found elsewhere on its own line, written (version 56, from v103's and
        # v109's leaks under 55) as a vouch: "(Ortsgespräch): 85694, Fassbestellung 7 02 85". Trained,
        # its weight came out negative (-0.31); a guess, not measured: beside a phone stands a customer
        # or order number as often as a second phone (benchmarks/results/pii_learned.md, version 56)
        f += ["lineruled"] * any(s in ruled and not (s[0] < end and start < s[1]) for s in lines[head])
        f += [f"rule={kind}" for kind, a, b in rule_spans if a < end and start < b] + ["ruled"] * (
            (start, end) in ruled
        )
        f += [f"why={why_not(norm, start, end, words)}", "bias"]
        out.append(((start, end), f))
    return out


def hashed(feats: list[str]) -> np.ndarray:
    """Feature strings -> sorted unique slot indices (binary features)."""
    return np.unique(np.fromiter((zlib.crc32(f.encode()) % DIM for f in feats), dtype=np.int64))


def taken(spans: list, prob, rule_spans: list, threshold: float, threshold_ruled: float) -> list:
    """The scored spans [(start, end)] called phones: P(phone) (prob, one per span) >= threshold_ruled
    for a span the rules (rule_spans: (kind, start, end)) called a phone, >= threshold for any other.
    Detection and validation both decide here, so the policy validated is the policy shipped."""
    ruled = {(a, b) for kind, a, b in rule_spans if kind == "PHONE"}
    bar = {False: threshold, True: threshold_ruled}
    return [s for s, p in zip(spans, prob, strict=True) if p >= bar[s in ruled]]


def compose(
    rule_spans: list[tuple[str, int, int]], read: list[tuple[int, int]], phones: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The phone spans: those of the scored spans (`read`) the model took (`phones`) where no other
    kind's rule span claims them, and any rule phone span the model did not score itself (features
    reads every one: a guard, should a caller pass other spans); overlapping spans merge into one,
    so a number is redacted whole."""
    others = [(a, b) for kind, a, b in rule_spans if kind != "PHONE"]
    scored = set(read)
    kept = [(a, b) for kind, a, b in rule_spans if kind == "PHONE" and (a, b) not in scored]
    merged: list[list[int]] = []
    for a, b in sorted(kept + [p for p in phones if not any(p[0] < e and s < p[1] for s, e in others)]):
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


@dataclass(frozen=True)
class PhoneModel:
    """A logistic regression over hashed features: weights (DIM,), intercept, and the thresholds on
    P(phone) chosen on leave-one-writer-out validation (card: how it was trained and validated):
    `threshold` for a number the rules did not call a phone, `threshold_ruled` (at most as high)
    for one they did. Why two: the rules' verdict is evidence the model weighs like any other, yet
    held out it overruled announced numbers the rules had found; a lower bar for those keeps more
    writers at no announced number left (benchmarks/results/pii_learned_validation.md)."""

    weights: np.ndarray
    intercept: float
    threshold: float
    threshold_ruled: float
    card: dict

    @classmethod
    def load(cls, path: Path = MODEL) -> PhoneModel:
        return _load(str(path))

    def probability(self, feats: list[str]) -> float:
        """P(phone | features) = sigmoid(intercept + sum of the present features' weights)."""
        z = self.intercept + float(self.weights[hashed(feats)].sum())
        return 1.0 / (1.0 + float(np.exp(-z)))

    def phones(
        self, norm: str, rule_spans: list[tuple[str, int, int]], regions: tuple[str, ...]
    ) -> list[tuple[int, int]]:
        """The phone spans of normalised text, given the rules' spans (kind, start, end) of every
        kind. Features are read in the regions the model was trained on and the policy's: a policy
        naming fewer regions must not shift what the model sees (libphonenumber's verdicts per
        region, their count, the phone words' languages)."""
        regions = tuple(dict.fromkeys((*self.card["regions"], *regions)))
        scored = features(norm, rule_spans, lexicon(regions), regions)
        read, prob = [span for span, _ in scored], [self.probability(f) for _, f in scored]
        return compose(rule_spans, read, taken(read, prob, rule_spans, self.threshold, self.threshold_ruled))


@lru_cache(maxsize=4)
def _load(path: str) -> PhoneModel:
    """Read and check the model; any fault is an error, never a model that passes phones through."""
    hint = "reinstall reasonrl, or retrain: python -m reasonrl.data.phone_model_train --help"
    try:
        with np.load(path) as z:  # npz of plain arrays: np.load refuses pickled objects by default
            weights = np.zeros(DIM, dtype=np.float32)
            weights[z["slots"]] = z["weights"]
            card = json.loads(str(z["card"]))
            model = PhoneModel(
                weights, float(z["intercept"]), float(card["threshold"]), float(card["threshold_ruled"]), card
            )
    except (OSError, EOFError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as exc:
        raise DataError(f"the phone model cannot be read ({exc!r})", where=path, hint=hint) from exc
    if not (
        np.isfinite(model.weights).all()
        and np.isfinite(model.intercept)
        and 0 < model.threshold_ruled <= model.threshold < 1
    ):
        raise DataError(
            "the phone model has non-finite weights or thresholds outside 0 < ruled <= threshold < 1",
            where=path,
            hint=hint,
        )
    canary, numbers = "Ruf mich an unter 04171 41183. Tel.: +49 30 1234567", ("04171 41183", "+49 30 1234567")
    ruled = [("PHONE", canary.index(n), canary.index(n) + len(n)) for n in numbers]  # as the rules find them
    # a model that reads no phone fails closed, under either threshold: with the rules' spans (the
    # ruled threshold) and without them (the other: a phone the rules missed)
    if any(len(model.phones(canary, spans, tuple(card["regions"]))) != 2 for spans in (ruled, [])):
        raise DataError(
            "the phone model does not read two plain phone numbers as phones", where=path, hint=hint
        )
    return model
