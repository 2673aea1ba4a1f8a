"""Generate the held-out, hand-designed PII evaluation set ``tests/data/pii_heldout.jsonl``.

How it was built
----------------
* Written **without reading the detectors it is meant to judge** (nothing under
  ``src/reasonrl/data/filters/``, ``benchmarks/pii/`` or the existing ``tests/data/pii_*``
  files was opened, and the project's detectors were never run while writing it).  The
  formats, context phrasings and hard negatives below were chosen independently from
  knowledge of how people actually write these values in each language.
* Values are synthetic: phone numbers are random digits drawn inside each region's numbering
  plan and kept only if Google's libphonenumber (``phonenumbers``) says the full number is
  valid (``is_valid_number``); every rendered full-number string is re-parsed with
  ``phonenumbers`` and must give back the same E.164 number.  Local numbers (subscriber part
  only, announced by a context word) are cut from a full number that was validated the same
  way.  Emails/IBANs/cards come from Faker (IBAN mod-97 and card Luhn are re-checked here);
  US SSNs are random within the issuance rules (area not 000/666/9xx, group not 00, serial
  not 0000); IPs are random v4/v6 addresses.  Names, companies, streets are Faker fakes.
* Real text: short sentences from the shipped corpora in ``/work/shared/data`` (GSM8K test
  questions, MIT; non-hateful "target_obj_nh" cases of HateCheck / Multilingual HateCheck,
  CC BY 4.0 -- see ``/work/shared/data/SOURCES.md``).  Some get a PII sentence spliced in,
  the rest are kept untouched as numeric negatives.
* Negatives: numbers that are *not* PII -- many shaped like phone numbers (7-11 digits with
  spaces/dashes/slashes) but labelled by their context word (reference, case, invoice,
  order, tracking, serial, booking numbers ...), plus dates, times, prices, quantities,
  postcodes, ISBNs, versions, statutes, rooms, measurements, scores, populations, GPS
  coordinates, company/VAT registration numbers, BICs.  Card-shaped negatives are forced to
  fail Luhn and SSN-shaped negatives break the SSN rules, so only context-free shape is shared.

Labelling conventions
---------------------
* One JSON object per line: ``{"id", "locale", "text", "spans": [{"kind","start","end"}]}``;
  offsets are Python string indices, ``text[start:end]`` is exactly the value.
* PHONE spans cover the number as written, including a leading ``+``/``00`` country prefix,
  an ``(0)`` trunk marker and area-code parentheses, but never the context word
  ("Tel.", "call me on") or trailing punctuation.  A local number (e.g. "467-3395" after
  "Phone:") is a PHONE span on its own.
* Kinds: PHONE, EMAIL, CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS.  Everything else (BIC, VAT and
  company numbers, postcodes, order numbers ...) is deliberately unlabelled.

Usage::

    .venv/bin/python benchmarks/pii/make_heldout_set.py --seed 20240611 \
        --out tests/data/pii_heldout.jsonl [--values-out /tmp/pii_heldout_values.jsonl]

``--values-out`` writes a sidecar with the inserted values per document, so that an
independent (stdlib-only) script can re-check every ``text[start:end]`` against them.

Deterministic for a given ``--seed`` (own ``random.Random`` plus seeded Faker instances; no
set iteration order is relied on).
"""

from __future__ import annotations

import argparse
import csv
import ipaddress
import json
import re
import string
import unicodedata
from pathlib import Path
from random import Random

import phonenumbers as pn
from faker import Faker

DATA = Path("/work/shared/data")
KINDS = ("PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS")

REGIONS = {
    #       locale   faker    cc    main language
    "US": ("en-US", "en_US", "1", "en"),
    "GB": ("en-GB", "en_GB", "44", "en"),
    "DE": ("de-DE", "de_DE", "49", "de"),
    "FR": ("fr-FR", "fr_FR", "33", "fr"),
    "ES": ("es-ES", "es_ES", "34", "es"),
    "IT": ("it-IT", "it_IT", "39", "it"),
    "NL": ("nl-NL", "nl_NL", "31", "nl"),
    "BR": ("pt-BR", "pt_BR", "55", "pt"),
    "IN": ("en-IN", "en_IN", "91", "en"),
}
REGION_ORDER = list(REGIONS)


class Span:
    """A PII value to be placed in a template; ``meta`` is only used for self-checks."""

    __slots__ = ("kind", "meta", "value")

    def __init__(self, kind: str, value: str, meta: dict | None = None):
        assert kind in KINDS
        self.kind, self.value, self.meta = kind, value, meta or {}


# ----------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------


def digits(rng: Random, n: int, first: str = "0123456789") -> str:
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def pairs_from_right(s: str, sep: str = " ") -> str:
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return sep.join(parts)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ----------------------------------------------------------------------------------------
# phone numbers
# ----------------------------------------------------------------------------------------
# (area code inside the national significant number, allowed subscriber lengths, first digits)
GEO = {
    "US": None,  # handled separately (NPA-NXX-XXXX)
    "GB": [
        ("20", [8], "378"),
        ("113", [7], "2-9"),
        ("114", [7], "2-9"),
        ("115", [7], "2-9"),
        ("116", [7], "2-9"),
        ("117", [7], "2-9"),
        ("121", [7], "2-9"),
        ("131", [7], "2-9"),
        ("141", [7], "2-9"),
        ("151", [7], "2-9"),
        ("161", [7], "2-9"),
        ("191", [7], "2-9"),
        ("29", [8], "2-9"),
        ("28", [8], "9"),
        ("1223", [6], "2-9"),
        ("1865", [6], "2-9"),
        ("1273", [6], "2-9"),
        ("1904", [6], "2-9"),
    ],
    "DE": [
        ("30", [7, 8], "2-9"),
        ("40", [7, 8], "2-9"),
        ("89", [7, 8], "2-9"),
        ("69", [7, 8], "2-9"),
        ("221", [6, 7], "2-9"),
        ("211", [6, 7], "2-9"),
        ("711", [6, 7], "2-9"),
        ("341", [6, 7], "2-9"),
        ("351", [6, 7], "2-9"),
        ("511", [6, 7], "2-9"),
        ("911", [6, 7], "2-9"),
        ("6221", [6, 7], "2-9"),
        ("9131", [6], "2-9"),
    ],
    "FR": [(d, [8], "0-9") for d in "12345"],
    "ES": [(a, [7], "0-9") for a in ("91", "93", "95", "96", "98", "94", "97")],
    "IT": [
        ("06", [7, 8], "2-9"),
        ("02", [7, 8], "2-9"),
        ("011", [7], "2-9"),
        ("055", [6, 7], "2-9"),
        ("081", [7], "2-9"),
        ("051", [6, 7], "2-9"),
        ("010", [7], "2-9"),
    ],
    "NL": [
        ("20", [7], "2-9"),
        ("10", [7], "2-9"),
        ("70", [7], "2-9"),
        ("30", [7], "2-9"),
        ("40", [7], "2-9"),
        ("575", [6], "2-9"),
        ("513", [6], "2-9"),
        ("591", [6], "2-9"),
    ],
    "BR": [
        (a, [8], "2-5")
        for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "91", "19", "27", "48", "62", "92")
    ],
    "IN": [
        ("11", [8], "2-6"),
        ("22", [8], "2-6"),
        ("80", [8], "2-6"),
        ("44", [8], "2-6"),
        ("33", [8], "2-6"),
        ("40", [8], "2-6"),
        ("20", [8], "2-6"),
        ("141", [7], "2-5"),
        ("422", [7], "2-5"),
        ("484", [7], "2-5"),
    ],
}
MOBILE = {  # (prefix inside NSN, remaining digit count)
    "GB": [("7" + x, 8) for x in "1234579"],
    "DE": [
        ("151", 8),
        ("152", 8),
        ("157", 8),
        ("159", 8),
        ("160", 7),
        ("162", 7),
        ("163", 7),
        ("170", 7),
        ("171", 7),
        ("172", 7),
        ("173", 7),
        ("174", 7),
        ("175", 7),
        ("176", 8),
        ("177", 7),
        ("178", 7),
        ("179", 7),
    ],
    "FR": [("6", 8), ("7", 8)],
    "ES": [("6", 8), ("71", 7), ("72", 7), ("73", 7)],
    "IT": [("3" + x, 8) for x in "23456789"],
    "NL": [("6" + x, 7) for x in "12345"],
    "BR": [
        (a + "9", 8)
        for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "91", "19", "27", "48", "62", "92")
    ],
    "IN": [(x, 9) for x in "6789"],
}
FREEPHONE = {
    "GB": ("800", 7),
    "DE": ("800", 7),
    "FR": ("800", 6),
    "ES": ("900", 6),
    "IT": ("800", 6),
    "NL": ("800", 7),
    "BR": ("800", 7),
    "IN": ("1800", 7),
    "US": ("800", 7),
}


def _first(rng, spec):
    if "-" in spec:
        a, b = spec.split("-")
        return rng.choice([str(d) for d in range(int(a), int(b) + 1)])
    return rng.choice(spec)


def new_phone(rng: Random, region: str, kind: str) -> dict:
    """Return {'region','cc','nsn','area','sub','type'} of a valid number (kind geo/mobile/free)."""
    cc = REGIONS[region][2]
    for _ in range(2000):
        if region == "US":
            npa = rng.choice("23456789") + rng.choice("012345678") + rng.choice(string.digits)
            if npa[1:] == "11":
                continue
            if kind == "free":
                npa = rng.choice(["800", "888", "877", "866", "855"])
            nxx = rng.choice("23456789") + digits(rng, 2)
            if nxx[1:] == "11":
                continue
            area, sub = npa, nxx + digits(rng, 4)
            typ = "free" if kind == "free" else "geo"
        elif kind == "geo":
            area, lens, first = rng.choice(GEO[region])
            n = rng.choice(lens)
            sub = _first(rng, first) + digits(rng, n - 1)
            typ = "geo"
        elif kind == "mobile":
            prefix, rest = rng.choice(MOBILE[region])
            if region == "BR":
                area, sub = prefix[:2], "9" + rng.choice("6789") + digits(rng, rest - 1)
            else:
                area, sub = prefix, digits(rng, rest)
            typ = "mobile"
        else:
            area, rest = FREEPHONE[region]
            sub = digits(rng, rest, "2345678")
            typ = "free"
        nsn = area + sub
        if typ == "mobile" and region in ("GB", "NL", "IT"):
            cut = {"GB": 4, "NL": 1, "IT": 3}[region]
            area, sub = nsn[:cut], nsn[cut:]
        num = pn.parse("+" + cc + nsn, None)
        if not pn.is_valid_number(num):
            continue
        if pn.region_code_for_number(num) != region:
            continue
        return {"region": region, "cc": cc, "nsn": nsn, "area": area, "sub": sub, "type": typ}
    raise RuntimeError(f"could not draw a valid {kind} number for {region}")


def _sub_fmt(region, area, sub, rng):
    """Typical grouping of the subscriber part."""
    n = len(sub)
    if region == "US":
        return sub[:3] + "-" + sub[3:]
    if region == "GB":
        if area.startswith("7"):
            return rng.choice([sub, group(sub, [3, 3])])
        return {8: group(sub, [4, 4]), 7: group(sub, [3, 4]), 6: rng.choice([sub, group(sub, [3, 3])])}.get(
            n, sub
        )
    if region == "DE":
        return rng.choice(
            [
                sub,
                sub,
                pairs_from_right(sub),
                group(sub, [3, 3, 2]) if n == 8 else group(sub, [3, 2, 2]) if n == 7 else group(sub, [3, 3]),
            ]
        )
    if region == "NL":
        return rng.choice(
            [sub, group(sub, [3, 4]) if n == 7 else group(sub, [2, 2, 2]), pairs_from_right(sub)]
        )
    if region == "BR":
        return group(sub, [n - 4, 4], "-")
    if region == "IN":
        return group(sub, [4, 4]) if n == 8 else group(sub, [3, 4])
    if region == "IT":
        return rng.choice(
            [sub, group(sub, [4, 4]) if n == 8 else group(sub, [3, 4]) if n == 7 else group(sub, [3, 3])]
        )
    return sub


def fmt_phone(rng: Random, ph: dict, style: str, foreign: bool = False) -> str:
    """Render a full number; style 'nat' (as dialled in the region) or 'intl' (+CC / 00CC)."""
    r, nsn, a, s, t = ph["region"], ph["nsn"], ph["area"], ph["sub"], ph["type"]
    if r == "US":
        e, last = s[:3], s[3:]
        nat = [
            f"({a}) {e}-{last}",
            f"{a}-{e}-{last}",
            f"{a}.{e}.{last}",
            f"{a} {e} {last}",
            f"1-{a}-{e}-{last}",
            f"{a}{e}{last}",
            f"1 ({a}) {e}-{last}",
            f"({a}) {e}-{last}",
            f"{a}-{e}-{last}",
        ]
        intl = [
            f"+1 {a} {e} {last}",
            f"+1 ({a}) {e}-{last}",
            f"+1-{a}-{e}-{last}",
            f"+1{nsn}",
            f"+1.{a}.{e}.{last}",
        ] + ([f"001 {a} {e} {last}"] if foreign else [])
    elif r == "FR":
        body = nsn[0] + " " + group(nsn[1:], [2, 2, 2, 2])
        if t == "free":
            nat = ["0 " + group(nsn, [3, 2, 2, 2]), "0" + group(nsn, [3, 2, 2, 2])]
        else:
            sep = rng.choice([" ", " ", " ", ".", "-", ""])
            nat = [("0" + nsn[0] + sep + group(nsn[1:], [2, 2, 2, 2], sep))]
        intl = [
            f"+33 {body}",
            f"+33 (0){body}",
            f"+33 (0) {body}",
            f"0033 {body}",
            f"+33{nsn}",
            "+33 " + nsn[0] + "." + group(nsn[1:], [2, 2, 2, 2], "."),
        ]
    elif r == "ES":
        nat = [
            group(nsn, [3, 3, 3]),
            group(nsn, [2, 3, 2, 2]) if nsn[0] == "9" else group(nsn, [3, 2, 2, 2]),
            group(nsn, [3, 3, 3], "-"),
            nsn,
            group(nsn, [3, 3, 3], "."),
        ]
        intl = [
            "+34 " + group(nsn, [3, 3, 3]),
            "+34 " + group(nsn, [2, 3, 2, 2]),
            "0034 " + group(nsn, [3, 3, 3]),
            "(+34) " + group(nsn, [3, 3, 3]),
            "+34" + nsn,
            "+34-" + group(nsn, [3, 3, 3], "-"),
        ]
    elif r == "IT":
        if t == "mobile":
            sub = s
            nat = [
                f"{a} {group(sub, [3, 4])}",
                f"{a} {sub}",
                f"{a}-{sub}",
                f"{a}.{group(sub, [3, 4], '.')}",
                f"{a}/{sub}",
                nsn,
            ]
            intl = [
                f"+39 {a} {group(sub, [3, 4])}",
                f"+39 {nsn}",
                f"(+39) {a} {sub}",
                f"0039 {a} {sub}",
                f"+39{nsn}",
                f"+39 {a} {sub}",
            ]
        elif t == "free":
            nat = [f"800 {group(s, [3, 3])}", f"800.{s}", f"800 {s}"]
            intl = [f"+39 800 {s}"]
        else:
            sf = _sub_fmt(r, a, s, rng)
            nat = [f"{a} {sf}", f"{a}-{s}", f"{a}/{s}", f"({a}) {sf}", f"{a} {s}"]
            intl = [f"+39 {a} {sf}", f"+39 {a} {s}", f"0039 {a} {s}", f"+39{nsn}", f"(+39) {a} {sf}"]
    elif r == "BR":
        if t == "free":
            nat = [f"0800 {group(s, [3, 4])}", f"0800-{group(s, [3, 4], '-')}", f"0800 {s}"]
            intl = [f"+55 800 {group(s, [3, 4])}"]
        else:
            sf = _sub_fmt(r, a, s, rng)
            nine = f"{s[0]} {s[1:5]}-{s[5:]}" if len(s) == 9 else sf
            nat = [
                f"({a}) {sf}",
                f"({a}) {sf}",
                f"{a} {sf}",
                f"({a}){sf}",
                f"({a}) {nine}",
                f"{a} {nine}",
                f"(0{a}) {sf}",
                f"{a} {s}",
            ]
            intl = [
                f"+55 {a} {sf}",
                f"+55 ({a}) {sf}",
                f"+55 {a} {group(s, [len(s) - 4, 4])}",
                f"0055 {a} {s}",
                f"+55{nsn}",
                f"+55 {a} {nine}",
            ]
    elif r == "IN":
        if t == "mobile":
            nat = [
                group(nsn, [5, 5]),
                "0" + group(nsn, [5, 5]),
                nsn,
                group(nsn, [3, 3, 4]),
                "0" + nsn,
                group(nsn, [5, 5], "-"),
            ]
            intl = [
                "+91 " + group(nsn, [5, 5]),
                "+91-" + group(nsn, [5, 5], "-"),
                "+91 " + nsn,
                "+91-" + nsn,
                "0091 " + group(nsn, [5, 5]),
                "+91 " + group(nsn, [3, 3, 4]),
                "+91" + nsn,
            ]
        elif t == "free":
            nat = [f"1800 {group(s, [3, 4])}", f"1800-{group(s, [3, 4], '-')}", f"1800 {s}"]
            intl = [f"+91 1800 {group(s, [3, 4])}"]
        else:
            sf = _sub_fmt(r, a, s, rng)
            nat = [f"0{a} {sf}", f"0{a}-{s}", f"(0{a}) {sf}", f"0{a} - {sf}", f"0{a}-{sf.replace(' ', '-')}"]
            intl = [f"+91 {a} {sf}", f"+91-{a}-{s}", f"0091 {a} {s}", f"+91{nsn}", f"+91 ({a}) {sf}"]
    else:  # GB, DE, NL: trunk prefix 0, area code + subscriber
        if t == "free":
            sf = group(s, [3, 4]) if len(s) == 7 else group(s, [3, 3])
        else:
            sf = _sub_fmt(r, a, s, rng)
        if r == "GB":
            nat = [
                f"0{a} {sf}",
                f"0{a} {sf}",
                f"(0{a}) {sf}",
                f"0{a}-{sf.replace(' ', '-')}",
                f"0{nsn}",
                f"0{a} {s}",
            ]
            intl = [
                f"+44 {a} {sf}",
                f"+44 (0){a} {sf}",
                f"+44 (0) {a} {sf}",
                f"0044 {a} {sf}",
                f"+44{nsn}",
                f"+44-{a}-{s}",
            ]
        elif r == "DE":
            nat = [
                f"0{a} {sf}",
                f"0{a}/{sf}",
                f"0{a}-{s}",
                f"(0{a}) {sf}",
                f"0{a} / {sf}",
                f"0{a} {s}",
                f"0{nsn}",
            ]
            intl = [
                f"+49 {a} {sf}",
                f"+49 (0){a} {sf}",
                f"+49 (0) {a} {s}",
                f"0049 {a} {s}",
                f"+49{nsn}",
                f"+49-{a}-{s}",
                f"+49 {a} {s}",
            ]
        else:  # NL
            nat = [f"0{a} {sf}", f"0{a}-{s}", f"0{a} - {sf}", f"(0{a}) {sf}", f"0{a} {s}", f"0{nsn}"]
            intl = [
                f"+31 {a} {sf}",
                f"+31 (0){a} {sf}",
                f"+31 (0) {a} {s}",
                f"0031 {a} {s}",
                f"+31{nsn}",
                f"+31-{a}-{s}",
            ]
    return rng.choice(nat if style == "nat" else intl)


def fmt_local(rng: Random, ph: dict) -> str:
    """Subscriber part only (no area code), as people write it after a context word."""
    r, s = ph["region"], ph["sub"]
    n = len(s)
    if r == "US":
        return rng.choice([f"{s[:3]}-{s[3:]}", f"{s[:3]}-{s[3:]}", f"{s[:3]} {s[3:]}", f"{s[:3]}.{s[3:]}", s])
    if r == "GB":
        return rng.choice(
            {
                8: [group(s, [4, 4]), group(s, [4, 4]), s],
                7: [group(s, [3, 4]), group(s, [3, 4]), s],
                6: [s, group(s, [3, 3])],
            }[n]
        )
    if r == "DE":
        return rng.choice(
            [
                s,
                s,
                pairs_from_right(s),
                group(s, [3, 2, 2]) if n == 7 else group(s, [4, 4]) if n == 8 else group(s, [3, 3]),
                pairs_from_right(s, "-"),
            ]
        )
    if r == "NL":
        return rng.choice(
            [
                group(s, [3, 4]) if n == 7 else group(s, [2, 2, 2]),
                s,
                pairs_from_right(s) if n == 6 else group(s, [3, 2, 2]),
            ]
        )
    if r == "BR":
        if n == 9:
            return rng.choice(
                [f"{s[:5]}-{s[5:]}", f"{s[:5]}-{s[5:]}", f"{s[0]} {s[1:5]}-{s[5:]}", f"{s[:5]} {s[5:]}"]
            )
        return rng.choice([f"{s[:4]}-{s[4:]}", f"{s[:4]}-{s[4:]}", f"{s[:4]} {s[4:]}"])
    if r == "IN":
        return rng.choice([group(s, [4, 4]), s, group(s, [4, 4], "-")] if n == 8 else [group(s, [3, 4]), s])
    raise ValueError(r)


LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")


def phone_span(
    rng: Random, region: str, mode: str = "any", kind: str | None = None, foreign: bool = False
) -> Span:
    """mode: 'nat', 'intl', 'local' or 'any'; foreign: written in a document of another region."""
    if mode == "any":
        choices = ["nat"] * 5 + ["intl"] * 3
        if region in LOCAL_REGIONS:
            choices += ["local"] * 5
        mode = rng.choice(choices)
    if mode == "local":
        if region == "BR":
            kind = rng.choice(["geo", "geo", "mobile"])
        else:
            kind = "geo"
    if kind is None:
        if region == "US":
            kind = rng.choice(["geo"] * 9 + ["free"])
        else:
            kind = rng.choice(["geo"] * 5 + ["mobile"] * 5 + ["free"])
    ph = new_phone(rng, region, kind)
    value = fmt_local(rng, ph) if mode == "local" else fmt_phone(rng, ph, mode, foreign)
    return Span("PHONE", value, dict(ph, mode=mode))


def check_phone(sp: Span) -> None:
    m = sp.meta
    e164 = "+" + m["cc"] + m["nsn"]
    assert pn.is_valid_number(pn.parse(e164, None)), e164
    if m["mode"] == "local":
        assert re.sub(r"\D", "", sp.value) == m["sub"], (sp.value, m)
        return
    parse_region = "DE" if sp.value.startswith("00") else m["region"]
    num = pn.parse(sp.value, parse_region)
    got = pn.format_number(num, pn.PhoneNumberFormat.E164)
    assert got == e164 and pn.is_valid_number(num), (sp.value, got, e164)


# ----------------------------------------------------------------------------------------
# other PII values
# ----------------------------------------------------------------------------------------

IT_CITIES = (
    "Bari",
    "Bergamo",
    "Bologna",
    "Brescia",
    "Cagliari",
    "Catania",
    "Ferrara",
    "Firenze",
    "Genova",
    "Lecce",
    "Livorno",
    "Milano",
    "Modena",
    "Napoli",
    "Padova",
    "Palermo",
    "Parma",
    "Perugia",
    "Pisa",
    "Reggio Emilia",
    "Roma",
    "Salerno",
    "Torino",
    "Trento",
    "Trieste",
    "Udine",
    "Venezia",
    "Verona",
    "Vicenza",
)


class Gen:
    def __init__(self, seed: int):
        self.rng = Random(seed)
        self.fk = {}
        for i, (reg, (_, floc, _, _)) in enumerate(REGIONS.items()):
            f = Faker(floc)
            f.seed_instance(seed * 31 + i)
            self.fk[reg] = f

    # --- fakes (not PII kinds) -----------------------------------------------------------
    def name(self, region):
        return self.fk[region].name()

    def first(self, region):
        return self.fk[region].first_name()

    def company(self, region):
        return self.fk[region].company()

    def city(self, region):
        if region == "IT":  # Faker's it_IT city() depends on PYTHONHASHSEED; use a fixed, sorted list
            return self.fk[region].random_element(IT_CITIES)
        return self.fk[region].city()

    def street(self, region):
        return self.fk[region].street_address().replace("\n", ", ")

    def postcode(self, region):
        return self.fk[region].postcode()

    # --- PII -----------------------------------------------------------------------------
    def email(self, region, who: str | None = None) -> Span:
        rng, f = self.rng, self.fk[region]
        style = rng.randrange(6)
        if style == 0:
            v = f.email()
        elif style == 1:
            v = f.free_email()
        else:
            first, last = ascii_slug(f.first_name()), ascii_slug(f.last_name())
            if style == 2:
                local = f"{first}.{last}"
            elif style == 3:
                local = f"{first[0]}.{last}" if rng.random() < 0.5 else f"{first}{rng.randint(1, 99)}"
            elif style == 4:
                local = rng.choice(
                    [
                        "info",
                        "kontakt",
                        "contact",
                        "office",
                        "buchhaltung",
                        "ventas",
                        "vendite",
                        "contato",
                        "support",
                        "admin",
                        "reservas",
                        "bookings",
                    ]
                )
            else:
                local = f"{last}_{first}{rng.choice(['', str(rng.randint(70, 99))])}"
            domain = f.free_email_domain() if style in (3, 5) else f.domain_name()
            v = f"{local}@{domain}"
        v = v.lower()
        assert re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", v), v
        return Span("EMAIL", v)

    def card(self, region) -> Span:
        rng, f = self.rng, self.fk[region]
        typ = rng.choice(
            [
                "visa16",
                "visa16",
                "visa16",
                "mastercard",
                "mastercard",
                "amex",
                "discover",
                "maestro",
                "jcb16",
                "diners",
            ]
        )
        num = f.credit_card_number(card_type=typ)
        assert num.isdigit() and luhn_ok(num), num
        n = len(num)
        if n == 15:
            spaced = group(num, [4, 6, 5])
        elif n == 14:
            spaced = group(num, [4, 6, 4])
        else:
            spaced = group(num, [4] * (n // 4))
        v = rng.choice([spaced, spaced, spaced.replace(" ", "-"), num])
        return Span("CREDIT_CARD", v, {"type": typ})

    def iban(self, region) -> Span:
        rng = self.rng
        src = region if region not in ("US", "IN") else rng.choice(["GB", "DE", "FR", "NL"])
        v = self.fk[src].iban()
        assert iban_ok(v), v
        if rng.random() < 0.7:
            v = group(v, [4] * 10)
        return Span("IBAN", v)

    def ssn(self) -> Span:
        rng = self.rng
        while True:
            area = rng.randint(1, 899)
            if area != 666:
                break
        a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
        v = rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])
        return Span("US_SSN", v)

    def ip(self) -> Span:
        rng = self.rng
        if rng.random() < 0.7:
            while True:
                style = rng.random()
                if style < 0.25:
                    v = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                elif style < 0.4:
                    v = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                else:
                    v = ".".join(
                        str(x)
                        for x in [
                            rng.randint(1, 223),
                            rng.randint(0, 255),
                            rng.randint(0, 255),
                            rng.randint(1, 254),
                        ]
                    )
                a = ipaddress.ip_address(v)
                if not (a.is_loopback or a.is_multicast or a.is_unspecified) and not v.startswith("127."):
                    return Span("IP_ADDRESS", v, {"v": 4})
        hi = rng.choice([0x2001, 0x2A02, 0x2A01, 0x2600, 0x2804, 0x2400, 0x2A00, 0x2003, 0xFE80])
        words = [hi] + [rng.randrange(0x10000) for _ in range(7)]
        if hi == 0xFE80:
            words[1:4] = [0, 0, 0]
        elif rng.random() < 0.5:
            k = rng.randint(3, 5)
            words[k:7] = [0] * (7 - k)
        addr = ipaddress.IPv6Address(sum(w << (16 * (7 - i)) for i, w in enumerate(words)))
        v = str(addr) if rng.random() < 0.85 else addr.exploded
        return Span("IP_ADDRESS", v, {"v": 6})


# ----------------------------------------------------------------------------------------
# negatives (plain strings, never spans)
# ----------------------------------------------------------------------------------------

PHONEY_SHAPES = [
    "### ####",
    "###-####",
    "#### ####",
    "####-####",
    "### ### ####",
    "###-###-####",
    "## ## ## ##",
    "#### ### ###",
    "####/######",
    "### ## ##",
    "#######",
    "##########",
    "#### #### ####",
    "## ### ###",
    "### ### ###",
    "####-######",
    "###.####",
    "##-###-####",
]


def phoney(rng: Random) -> str:
    shape = rng.choice(PHONEY_SHAPES)
    out = []
    for i, ch in enumerate(shape):
        if ch == "#":
            out.append(
                rng.choice("123456789") if i == 0 and rng.random() < 0.8 else rng.choice(string.digits)
            )
        else:
            out.append(ch)
    s = "".join(out)
    dg = re.sub(r"\D", "", s)
    if len(dg) >= 12 and luhn_ok(dg):  # card-length shapes must not pass Luhn
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def non_luhn(rng: Random, n: int) -> str:
    s = digits(rng, n, "123456789")
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def isbn13(rng: Random) -> str:
    body = "978" + rng.choice("0123") + digits(rng, 8)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:]}-{chk}"


def _words(s: str) -> list[str]:
    return s.split()


MONTHS = {
    "en": _words("January February March April May June July August September October November December"),
    "de": _words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": _words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
    ),
    "nl": _words("januari februari maart april mei juni juli augustus september oktober november december"),
    "pt": _words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
}
AIRLINES = {
    "US": ["UA", "AA", "DL", "B6"],
    "GB": ["BA", "U2", "VS"],
    "DE": ["LH", "EW", "DE"],
    "FR": ["AF", "TO"],
    "ES": ["IB", "VY", "UX"],
    "IT": ["AZ", "FR"],
    "NL": ["KL", "HV"],
    "BR": ["LA", "G3", "AD"],
    "IN": ["AI", "6E", "UK"],
}


class Neg:
    """Fills negative placeholders; every method returns a plain string."""

    def __init__(self, g: Gen, region: str, lang: str):
        self.g, self.rng, self.region, self.lang = g, g.rng, region, lang

    def n(self):
        return phoney(self.rng)

    def day(self):
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)
        r, lang = self.region, self.lang
        opts = [f"{y}-{m:02d}-{d:02d}"]
        if r == "US":
            opts += [f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}"]
        elif lang == "en":
            opts += [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}"]
        elif lang == "de":
            opts += [
                f"{d:02d}.{m:02d}.{y}",
                f"{d}. {MONTHS['de'][m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y % 100:02d}",
            ]
        elif lang == "nl":
            opts += [f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}"]
        else:
            de = "de " if lang in ("es", "pt") else ""
            opts += [f"{d:02d}/{m:02d}/{y}", f"{d} {de}{MONTHS[lang][m - 1]} {de}{y}"]
        return rng.choice(opts)

    def time(self):
        rng = self.rng
        h, mi = rng.randint(6, 22), rng.choice([0, 15, 30, 45, 10, 50])
        if self.lang == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h} h {mi:02d}"])
        if self.lang == "de":
            return rng.choice([f"{h}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr"])
        if self.region == "US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{mi:02d}"

    def price(self):
        rng = self.rng
        v = rng.choice(
            [
                rng.randint(2, 99) + rng.choice([0, 0.5, 0.99, 0.95, 0.49]),
                rng.randint(100, 4999) + rng.choice([0, 0.9, 0.99]),
            ]
        )
        whole, cents = int(v), round((v - int(v)) * 100)
        r = self.region
        if r == "US":
            return f"${whole:,}.{cents:02d}"
        if r == "GB":
            return f"£{whole:,}.{cents:02d}"
        if r == "IN":
            whole *= 80
            return rng.choice([f"₹{whole:,}", f"Rs. {whole:,}/-", f"INR {whole:,}"])
        th = f"{whole:,}".replace(",", " " if r == "FR" else ".")
        if r == "BR":
            return f"R$ {th},{cents:02d}"
        return rng.choice([f"{th},{cents:02d} €", f"€ {th},{cents:02d}", f"{th},{cents:02d} EUR"])

    def qty(self):
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(2, 12)} x {rng.choice([125, 250, 500, 750])} {rng.choice(['g', 'ml'])}",
                f"{rng.randint(1, 40)} kg",
                f"{rng.randint(2, 24)} {self._pcs()}",
            ]
        )

    def kg(self):
        return f"{self.rng.randint(1, 30)}.{self.rng.randint(0, 9)} kg"

    def _pcs(self):
        return {
            "de": "Stück",
            "fr": "pièces",
            "es": "unidades",
            "it": "pezzi",
            "nl": "stuks",
            "pt": "unidades",
        }.get(self.lang, "pcs")

    def pop(self):
        rng = self.rng
        v = rng.randint(120_000, 12_000_000)
        r = self.region
        if r == "FR":
            return f"{v:,}".replace(",", " ")
        if r in ("DE", "ES", "IT", "NL", "BR"):
            return f"{v:,}".replace(",", ".")
        if r == "IN":
            s = str(v)
            head, tail = s[:-3], s[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            return ",".join(parts + [tail])
        return f"{v:,}"

    def zip(self):
        return f"{self.g.postcode(self.region)} {self.g.city(self.region)}"

    def addr(self):
        g, r = self.g, self.region
        if r in ("US", "GB", "IN"):
            return f"{g.street(r)}, {g.city(r)} {g.postcode(r)}"
        return f"{g.street(r)}, {g.postcode(r)} {g.city(r)}"

    def isbn(self):
        return isbn13(self.rng)

    def ver(self):
        rng = self.rng
        return rng.choice(
            [
                f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(100, 4000)}",
            ]
        )

    def flight(self):
        rng = self.rng
        return f"{rng.choice(AIRLINES[self.region])}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"

    def track(self):
        rng = self.rng
        return rng.choice(
            [
                (
                    f"1Z {digits(rng, 3)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(2))}"
                    f"{digits(rng, 1)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
                ),
                f"JJD{digits(rng, 18)}",
                group("00" + digits(rng, 18), [4] * 5),
                group("9400" + non_luhn(rng, 18), [4] * 5 + [2]),
                (
                    f"{rng.choice(['RR', 'LX', 'CP', 'EE', 'AA', 'JD'])}{digits(rng, 9)}"
                    f"{rng.choice(['DE', 'FR', 'BR', 'IN', 'NL', 'IT', 'ES', 'GB'])}"
                ),
                f"3S{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4))}{digits(rng, 7)}",
                group(non_luhn(rng, 16), [4, 4, 4, 4]),
                group(non_luhn(rng, 12), [4, 4, 4]),
            ]
        )

    def amz(self):
        rng = self.rng
        return f"{digits(rng, 3, '1234')}-{digits(rng, 7)}-{digits(rng, 7)}"

    def room(self):
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(1, 6)}.{rng.randint(1, 40):03d}",
                f"{rng.randint(101, 950)}",
                f"{rng.choice('ABCD')}-{rng.randint(100, 499)}",
                f"{rng.choice('ABCD')}{rng.randint(1, 4)}.{rng.randint(10, 60)}",
            ]
        )

    def gps(self):
        rng = self.rng
        return f"{rng.uniform(-40, 60):.5f}, {rng.uniform(-80, 80):.5f}"

    def score(self):
        rng = self.rng
        a, b = rng.randint(0, 5), rng.randint(0, 5)
        return rng.choice([f"{a}-{b}", f"{a}:{b}"])

    def meas(self):
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(200, 2400)} x {rng.randint(200, 1200)} x {rng.randint(10, 900)} mm",
                f"{rng.randint(10, 250)} x {rng.randint(10, 120)} cm",
            ]
        )

    def dist(self):
        rng = self.rng
        return (
            f"{rng.randint(1, 99)},{rng.randint(0, 9)} km"
            if self.lang != "en"
            else f"{rng.randint(1, 99)}.{rng.randint(0, 9)} miles"
        )

    def year(self):
        return str(self.rng.randint(1950, 2025))

    def years(self):
        a = self.rng.randint(1960, 2018)
        return f"{a}–{a + self.rng.randint(1, 8)}"

    def pct(self):
        v = self.rng.randint(1, 99) + self.rng.randint(0, 9) / 10
        return (
            f"{v:.1f} %".replace(".", ",")
            if self.lang in ("de", "fr", "es", "it", "nl", "pt")
            else f"{v:.1f}%"
        )

    def big(self):
        """16/19-digit, card-shaped but Luhn-failing number."""
        rng = self.rng
        n = rng.choice([16, 16, 19])
        s = non_luhn(rng, n)
        return rng.choice([group(s, [4] * 5), s])

    def badssn(self):
        rng = self.rng
        a = (
            rng.choice(["000", "666", f"9{digits(rng, 2)}"])
            if rng.random() < 0.7
            else f"{rng.randint(1, 899):03d}"
        )
        g = "00" if a[0] not in "069" else f"{rng.randint(1, 99):02d}"
        return f"{a}-{g}-{digits(rng, 4)}"

    def ean(self):
        return digits(self.rng, 13, "1234567")

    def bic(self):
        rng = self.rng
        cc = {
            "US": "US",
            "GB": "GB",
            "DE": "DE",
            "FR": "FR",
            "ES": "ES",
            "IT": "IT",
            "NL": "NL",
            "BR": "BR",
            "IN": "IN",
        }[self.region]
        return (
            "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
            + cc
            + rng.choice(["FF", "MM", "2X", "AA", "22"])
            + rng.choice(["", "XXX"])
        )

    def vat(self):
        rng, r = self.rng, self.region
        return {
            "DE": f"DE{digits(rng, 9, '123456789')}",
            "FR": f"FR{digits(rng, 2)}{digits(rng, 9)}",
            "ES": f"ES{rng.choice('ABG')}{digits(rng, 8)}",
            "IT": f"IT{digits(rng, 11)}",
            "NL": f"NL{digits(rng, 9)}B0{rng.randint(1, 9)}",
            "GB": f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}",
            "BR": f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}",
            "IN": (
                f"{rng.randint(10, 36)}AAPF{digits(rng, 4)}{rng.choice('ABCDE')}1Z{rng.choice('0123456789')}"
            ),
            "US": f"{digits(rng, 2)}-{digits(rng, 7)}",
        }[r]

    def pc(self):  # bare postcode
        return self.g.postcode(self.region)

    def az(self):  # German court file number
        rng = self.rng
        return (
            f"{rng.randint(1, 30)} {rng.choice(['O', 'C', 'S', 'U', 'K'])} "
            f"{rng.randint(10, 9999)}/{rng.randint(19, 25)}"
        )

    def stat(self):
        rng, lang = self.rng, self.lang
        return {
            "de": rng.choice(
                [
                    f"§ {rng.randint(1, 999)} Abs. {rng.randint(1, 5)} BGB",
                    f"§ {rng.randint(1, 400)} StGB",
                    f"Art. {rng.randint(1, 146)} GG",
                ]
            ),
            "fr": rng.choice(
                [
                    f"l'article {rng.randint(1100, 2500)} du Code civil",
                    f"l'article L. {rng.randint(100, 8000)}-{rng.randint(1, 30)} du Code du travail",
                ]
            ),
            "es": rng.choice(
                [
                    f"el artículo {rng.randint(1, 1976)} del Código Civil",
                    f"el art. {rng.randint(1, 169)} de la Constitución",
                ]
            ),
            "it": rng.choice(
                [
                    f"l'art. {rng.randint(1, 2969)} c.c.",
                    f"l'articolo {rng.randint(1, 139)} della Costituzione",
                ]
            ),
            "nl": f"artikel {rng.randint(1, 8)}:{rng.randint(1, 300)} BW",
            "pt": rng.choice(
                [
                    f"o art. {rng.randint(1, 2046)} do Código Civil",
                    f"o artigo {rng.randint(1, 250)} da Constituição",
                ]
            ),
            "en": rng.choice(
                [
                    f"Section {rng.randint(1, 2000)} of Title {rng.randint(1, 50)} U.S.C.",
                    f"s. {rng.randint(1, 200)}({rng.randint(1, 9)}) of the Road Traffic Act 1988",
                    f"Section {rng.randint(1, 500)} of the Companies Act, 2013",
                    f"Rule {rng.randint(1, 99)}(b)({rng.randint(1, 9)})",
                ]
            ),
        }[lang]


# ----------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------
# {p}/{p2}/{p3}: phones, {e}: email, {name}/{first}/{co}: fake names; everything else is a
# negative placeholder filled by the Neg method of that name (trailing digits ignored).

PHONE_CTX = {
    "en": [
        "Reach me at {p} after six.",
        "My number's {p}, text me when you land.",
        "Text me on {p} if the train is late.",
        "WhatsApp: {p}",
        "Fax {p} (attn. accounts payable)",
        "Our hotline {p} is open 8am to 8pm, Monday to Friday.",
        "Contact no. {p}",
        "Ring me on {p} when you get this.",
        "Give us a bell on {p} and we'll sort it out.",
        "You can get hold of me on {p} most evenings.",
        "Mobile: {p}",
        "Direct line: {p}",
        "After hours, please call {p}.",
        "Leave a voicemail at {p} and I'll call you back.",
        "Switchboard: {p}",
        "Ph. {p}",
        "Best number to reach me is {p}.",
        "Call or text {p} for viewings.",
        "Emergency contact: {name}, {p}",
        "Ring the front desk on {p} to book a table.",
        "If you're interested, drop me a line on {p}.",
        "The landlord's number is {p}, he's usually up early.",
        "New number, save it: {p}",
        "pls call back on {p} asap re the boiler",
        "For bookings phone {p}.",
        "tel {p}",
        "Daytime phone: {p}",
        "Home phone: {p}",
        "Questions? Dial {p}.",
        "My mum's number is {p} in case you can't reach me.",
        "Ring {name} on {p} about the van.",
        "Missed call from {p}, who is this?",
        "{p} is my work phone, use that one during the day.",
        "Phone: {p}",
        "Telephone (day): {p}",
        "You can reach our on-call engineer on {p}.",
        "Any problems with the delivery, the driver's number is {p}.",
        "Call us free on {p}.",
        "Tel. {p}",
        "Reservations: {p}",
    ],
    "en_US": [
        "Cell: {p}",
        "Call my cell at {p}.",
        "Office: {p}",
        "Hit me up at {p}.",
        "Toll-free: {p}",
        "For billing questions, call {p}.",
        "Shoot me a text at {p}.",
    ],
    "en_GB": [
        "Ring me on {p}, I'm in all day.",
        "Mob: {p}",
        "Give me a ring on {p}.",
        "Drop us a text on {p}.",
        "Surgery line: {p}",
    ],
    "en_IN": [
        "Mob. {p}",
        "Mobile No.: {p}",
        "Contact No. {p}",
        "Ph: {p}",
        "Call on {p} for details.",
        "WhatsApp me on {p}.",
        "Landline: {p}",
        "Kindly call {p} between 10 am and 6 pm.",
        "For queries contact {p}.",
        "Please give a missed call on {p}.",
        "Mera number {p} hai, call karna.",
        "Sir, my contact number is {p}, kindly revert.",
    ],
    "de": [
        "Ruf mich an unter {p}.",
        "Tel. {p}",
        "Telefon: {p}",
        "Handy: {p}",
        "Mobil: {p}",
        "Fax: {p}",
        "Du erreichst mich unter {p}.",
        "Meine Nummer ist {p}, meld dich einfach.",
        "Bitte um Rückruf unter {p}.",
        "Festnetz: {p}",
        "WhatsApp: {p}",
        "Unsere Hotline {p} ist werktags von 8 bis 18 Uhr besetzt.",
        "Melden Sie sich gern unter {p}.",
        "Schreib mir einfach eine SMS an {p}.",
        "Notfallnummer: {p}",
        "Terminvereinbarung telefonisch unter {p}.",
        "Bei Fragen: {p}",
        "Tel.-Nr.: {p}",
        "Für Rückfragen stehe ich Ihnen unter {p} zur Verfügung.",
        "Ich bin ab 17 Uhr unter {p} zu erreichen.",
        "{p}, das ist meine neue Handynummer.",
        "Anrufe bitte nur an {p}.",
        "Telefonisch erreichbar unter {p} (Mo–Fr).",
        "Ruf doch mal bei {name} an, Telefon {p}.",
        "Die Praxis erreichen Sie unter {p}.",
        "Tel.: {p}",
        "Kontakt: {name}, Mobil {p}",
        "Kurze Nachricht genügt: {p}",
    ],
    "fr": [
        "Tél. : {p}",
        "tél : {p}",
        "Portable : {p}",
        "Appelle-moi au {p} ce soir.",
        "Je suis joignable au {p} toute la journée.",
        "Mon numéro c'est le {p}.",
        "Fax : {p}",
        "Ligne directe : {p}",
        "Standard : {p}",
        "Envoie-moi un texto au {p} quand tu arrives.",
        "Contactez-nous au {p} du lundi au vendredi.",
        "WhatsApp : {p}",
        "Merci de rappeler au {p}.",
        "Pour prendre rendez-vous, composez le {p}.",
        "Numéro d'urgence : {p}",
        "Vous pouvez me joindre au {p} après 18 h.",
        "{p}, c'est mon nouveau numéro de portable.",
        "Renseignements au {p}.",
        "Tél. portable : {p}",
        "Laissez un message au {p}, je vous rappelle.",
        "Appelez {name} au {p} pour les clés.",
        "Numéro vert : {p}",
        "Tel : {p}",
    ],
    "es": [
        "Tel.: {p}",
        "Teléfono: {p}",
        "Móvil: {p}",
        "Llámame al {p} cuando puedas.",
        "Mi número es el {p}.",
        "Escríbeme por WhatsApp al {p}.",
        "Fax: {p}",
        "Contacto: {p}",
        "Puedes localizarme en el {p} por las tardes.",
        "Atención al cliente: {p}",
        "Línea directa: {p}",
        "Para pedir cita, llame al {p}.",
        "Si tienes dudas, mándame un mensaje al {p}.",
        "Teléfono de urgencias: {p}",
        "Reservas en el {p}.",
        "{p}, ese es mi móvil nuevo.",
        "Pregunta por {name} en el {p}.",
        "Tlf.: {p}",
        "Llámanos gratis al {p}.",
    ],
    "it": [
        "Tel. {p}",
        "Cell. {p}",
        "Cellulare: {p}",
        "Chiamami al {p} stasera.",
        "Il mio numero è {p}.",
        "Scrivimi su WhatsApp al {p}.",
        "Fax: {p}",
        "Numero verde {p}",
        "Recapito telefonico: {p}",
        "Contattateci al {p} dal lunedì al venerdì.",
        "Per info: {p}",
        "Per prenotazioni telefonare al {p}.",
        "Mi trovi al {p} dopo le 18.",
        "Telefono fisso: {p}",
        "Richiamami al {p}, grazie.",
        "Chiedi di {name} al {p}.",
        "Tel.: {p}",
        "{p}, questo è il mio nuovo numero.",
    ],
    "nl": [
        "Tel.: {p}",
        "Telefoon: {p}",
        "Mobiel: {p}",
        "Bel me op {p}.",
        "Mijn nummer is {p}.",
        "App me even op {p}.",
        "Fax: {p}",
        "Ik ben bereikbaar via {p}.",
        "Klantenservice: {p}",
        "Spoednummer: {p}",
        "Neem gerust contact op via {p}.",
        "Bel voor een afspraak naar {p}.",
        "Je kunt me na vijf uur bellen op {p}.",
        "Telefonisch bereikbaar op {p} (ma–vr).",
        "{p} is mijn nieuwe nummer, sla het op!",
        "Vraag naar {name}, tel. {p}.",
        "Tel: {p}",
        "Gratis bellen: {p}",
    ],
    "pt": [
        "Tel.: {p}",
        "Telefone: {p}",
        "Celular: {p}",
        "Me liga no {p}.",
        "Meu número é {p}.",
        "Chama no zap: {p}",
        "WhatsApp: {p}",
        "Fax: {p}",
        "Contato: {p}",
        "Ligue para {p} e agende sua visita.",
        "SAC: {p}",
        "Fale conosco pelo {p}.",
        "Pode me ligar no {p} depois das 18h.",
        "Manda mensagem no {p} que eu respondo.",
        "Telefone fixo: {p}",
        "Fone: {p}",
        "{p}, esse é meu número novo.",
        "Procure {name} no {p}.",
        "Tel: {p}",
        "Ligação gratuita: {p}",
    ],
}

MULTI_PHONE = {
    "en": [
        "Tel. {p} · Fax {p2}",
        "Call me on {p} or try my landline {p2}.",
        "Office {p}, mobile {p2}.",
        "Day: {p} / Evening: {p2}",
        "If {p} is busy, ring {p2} instead.",
    ],
    "de": [
        "Tel. {p} · Fax {p2}",
        "Festnetz {p}, mobil {p2}.",
        "Tagsüber {p}, abends {p2}.",
        "Telefon: {p} | Telefax: {p2}",
        "Falls {p} besetzt ist, bitte {p2} versuchen.",
    ],
    "fr": [
        "Tél. {p} – Fax {p2}",
        "Fixe : {p}, portable : {p2}.",
        "Bureau : {p} / Port. : {p2}",
        "Si le {p} ne répond pas, essayez le {p2}.",
    ],
    "es": [
        "Tel. {p} · Fax {p2}",
        "Fijo: {p}, móvil: {p2}.",
        "Oficina {p} / Móvil {p2}",
        "Si no contesto en el {p}, llama al {p2}.",
    ],
    "it": [
        "Tel. {p} - Fax {p2}",
        "Fisso: {p}, cellulare: {p2}.",
        "Ufficio {p} / Cell. {p2}",
        "Se il {p} è occupato, chiamate il {p2}.",
    ],
    "nl": [
        "Tel. {p} · Fax {p2}",
        "Vast: {p}, mobiel: {p2}.",
        "Kantoor {p} / Mobiel {p2}",
        "Lukt {p} niet, bel dan {p2}.",
    ],
    "pt": [
        "Tel. {p} · Fax {p2}",
        "Fixo: {p}, celular: {p2}.",
        "Escritório {p} / Cel. {p2}",
        "Se o {p} estiver ocupado, ligue no {p2}.",
    ],
}

LIST_DOCS = {  # headers; "name number" entries are joined with ", ", "; " or newlines
    "en": ["Contacts for Saturday: ", "Phone tree (updated {day}): ", "Drivers for the away game: "],
    "de": ["Ansprechpartner am Samstag: ", "Telefonliste Elternbeirat: ", "Fahrdienst zum Auswärtsspiel: "],
    "fr": ["Contacts pour samedi : ", "Liste téléphonique du club : ", "Chauffeurs pour le match : "],
    "es": ["Contactos para el sábado: ", "Lista de teléfonos del AMPA: ", "Conductores para el partido: "],
    "it": ["Referenti per sabato: ", "Rubrica del condominio: ", "Autisti per la trasferta: "],
    "nl": ["Contactpersonen zaterdag: ", "Belboom ouderraad: ", "Chauffeurs uitwedstrijd: "],
    "pt": ["Contatos para sábado: ", "Lista de telefones do condomínio: ", "Motoristas para o jogo: "],
}
LIST_ENTRY = {
    "en": "{n%d} {p%d}",
    "de": "{n%d} {p%d}",
    "fr": "{n%d} au {p%d}",
    "es": "{n%d} {p%d}",
    "it": "{n%d} {p%d}",
    "nl": "{n%d} {p%d}",
    "pt": "{n%d} {p%d}",
}

SIGNATURES = {
    "US": [
        "{name}\n{title}, {co}\nOffice: {p} | Cell: {p2} | Fax: {p3}\n{e}",
        "{co} · {addr}\nPhone {p} · Fax {p2} · {e}\nEIN {vat}",
    ],
    "GB": [
        (
            "{name} | {title} | {co}\nT: {p} | M: {p2} | F: {p3} | E: {e}\n"
            "Registered in England and Wales No. {crn}"
        ),
        "Kind regards,\n{name}\n{co}, {addr}\nTel {p} · Mob {p2}",
    ],
    "IN": [
        "Regards,\n{name}\n{co}\nMob: {p} | Landline: {p2} | Fax: {p3}\nEmail: {e}\nGSTIN: {vat}",
        "{co}, {addr}\nPh: {p}, {p2}\n{e}",
    ],
    "DE": [
        "{name}\n{co}\n{addr}\nTel.: {p}\nFax: {p2}\nMobil: {p3}\nE-Mail: {e}",
        (
            "{co} · {addr} · Tel. {p} · {e}\n"
            "IBAN {i} · BIC {bic} · USt-IdNr. {vat} · Amtsgericht {city} HRB {hrb}"
        ),
        "Mit freundlichen Grüßen\n{name}\nTelefon {p} | Mobil {p2}",
    ],
    "FR": [
        "{name}\n{co}\n{addr}\nTél. : {p} – Port. : {p2} – Fax : {p3}\n{e}\nSIRET : {siret}",
        "Cordialement,\n{name}\nLigne directe {p} | Standard {p2}\n{e}",
    ],
    "ES": [
        "{name}\n{co}\nTel.: {p} | Móvil: {p2} | Fax: {p3}\n{e}\nCIF: {vat}",
        "Un saludo,\n{name}\n{addr}\nTeléfono {p} · {e}",
    ],
    "IT": [
        "{name}\n{co}\nTel. {p} - Cell. {p2} - Fax {p3}\n{e}\nP.IVA {piva}",
        "Cordiali saluti,\n{name}\n{addr}\nTel. {p} | Fax {p2}",
    ],
    "NL": [
        "{name}\n{co}\nT {p} | M {p2} | F {p3}\n{e}\nKvK {kvk} | BTW {vat}",
        "Met vriendelijke groet,\n{name}\n{addr}\nTel. {p} · {e}",
    ],
    "BR": [
        "{name}\n{co}\nTel.: {p} | Cel.: {p2} | WhatsApp: {p3}\n{e}\nCNPJ: {vat}",
        "Atenciosamente,\n{name}\n{addr}\nFone: {p} · WhatsApp: {p2}",
    ],
}
TITLES = {
    "US": ["Account Manager", "Office Manager", "Sales Director"],
    "GB": ["Practice Manager", "Head of Sales", "Lettings Agent"],
    "IN": ["Sr. Executive", "Branch Manager", "HR Associate"],
}

# other kinds ------------------------------------------------------------------------------
EMAIL_CTX = {
    "en": [
        "Email me at {e} with the details.",
        "Send the CV to {e} by {day}.",
        "My email is {e}, drop me a note.",
        "Contact: {e}",
        "Please reply to {e} rather than this address.",
        "You can reach {name} at {e}.",
    ],
    "de": [
        "Schreib mir an {e}.",
        "E-Mail: {e}",
        "Bewerbungen bitte an {e} bis zum {day}.",
        "Meine Mailadresse ist {e}.",
    ],
    "fr": [
        "Écrivez-moi à {e}.",
        "Courriel : {e}",
        "Envoyez votre dossier à {e} avant le {day}.",
        "Mon adresse mail : {e}",
    ],
    "es": [
        "Escríbeme a {e}.",
        "Correo: {e}",
        "Manda el currículum a {e} antes del {day}.",
        "Mi correo es {e}.",
    ],
    "it": [
        "Scrivimi a {e}.",
        "E-mail: {e}",
        "Inviate il curriculum a {e} entro il {day}.",
        "La mia mail è {e}.",
    ],
    "nl": ["Mail me op {e}.", "E-mail: {e}", "Stuur je cv naar {e} vóór {day}.", "Mijn mailadres is {e}."],
    "pt": [
        "Me manda um e-mail em {e}.",
        "E-mail: {e}",
        "Envie o currículo para {e} até {day}.",
        "Meu e-mail é {e}.",
    ],
}
CARD_CTX = {
    "en": [
        "Please charge it to my card {c}, expiry {exp}.",
        "Card number: {c}",
        "I paid with {c} but order #{amz} never arrived.",
        "Use the Visa ending in the digits below: {c}.",
    ],
    "de": [
        "Kartennummer: {c}, gültig bis {exp}.",
        "Bitte belasten Sie meine Kreditkarte {c}.",
        "Kreditkarte {c} wurde zweimal belastet.",
    ],
    "fr": [
        "Numéro de carte : {c}, expire fin {exp}.",
        "Débitez ma carte {c} s'il vous plaît.",
        "Ma carte bancaire {c} a été débitée deux fois.",
    ],
    "es": [
        "Número de tarjeta: {c}, caduca {exp}.",
        "Cárguelo a mi tarjeta {c}.",
        "Me cobraron dos veces en la tarjeta {c}.",
    ],
    "it": [
        "Numero carta: {c}, scadenza {exp}.",
        "Addebitate sulla mia carta {c}.",
        "La carta {c} è stata addebitata due volte.",
    ],
    "nl": [
        "Kaartnummer: {c}, geldig tot {exp}.",
        "Schrijf het af van mijn creditcard {c}.",
        "Mijn creditcard {c} is twee keer belast.",
    ],
    "pt": [
        "Número do cartão: {c}, validade {exp}.",
        "Pode passar no cartão {c}.",
        "Fui cobrado duas vezes no cartão {c}.",
    ],
}
IBAN_CTX = {
    "en": [
        "Please transfer the deposit to IBAN {i}, reference {n}.",
        "IBAN: {i}",
        "Bank details: {i} (BIC {bic}).",
    ],
    "de": [
        "Bitte überweisen Sie den Betrag von {price} auf IBAN {i}.",
        "IBAN: {i}, BIC: {bic}",
        "Kontoverbindung: {i}",
    ],
    "fr": [
        "Merci de virer {price} sur l'IBAN {i}.",
        "IBAN : {i} – BIC : {bic}",
        "Coordonnées bancaires : {i}",
    ],
    "es": ["Haga la transferencia de {price} al IBAN {i}.", "IBAN: {i}", "Cuenta para el pago: {i}"],
    "it": ["Effettuare il bonifico di {price} sull'IBAN {i}.", "IBAN: {i}", "Coordinate bancarie: {i}"],
    "nl": ["Graag {price} overmaken naar {i} o.v.v. factuurnummer {n}.", "IBAN: {i}", "Rekeningnummer: {i}"],
    "pt": ["Faça a transferência para o IBAN {i}.", "IBAN: {i}", "Dados bancários: {i}"],
}
SSN_CTX = [
    "SSN: {s}",
    "My social is {s}.",
    "Social Security Number: {s}",
    "Employee SSN {s}, start date {day}.",
    "The form asks for the SSN ({s}) and date of birth.",
    "Taxpayer ID (SSN): {s}",
    "SS# {s}",
    "Número de Seguro Social: {s}",
    "Please verify SSN {s} against the W-2.",
]
IP_CTX = {
    "en": [
        "Failed login from {ip} at {time}.",
        "The server is at {ip}, port 8443.",
        "Your IP address: {ip}",
        "Blocked {ip} after 5 attempts.",
        "Set the gateway to {ip} and reboot.",
    ],
    "de": ["Anmeldung von IP {ip} um {time}.", "Der Drucker hat die Adresse {ip}.", "Ihre IP-Adresse: {ip}"],
    "fr": [
        "Connexion depuis l'adresse IP {ip} à {time}.",
        "Le serveur répond sur {ip}.",
        "Adresse IP : {ip}",
    ],
    "es": ["Inicio de sesión desde {ip} a las {time}.", "Dirección IP: {ip}", "El router está en {ip}."],
    "it": ["Accesso da {ip} alle {time}.", "Indirizzo IP: {ip}", "Il NAS risponde su {ip}."],
    "nl": ["Inlogpoging vanaf {ip} om {time}.", "IP-adres: {ip}", "De printer staat op {ip}."],
    "pt": ["Acesso a partir de {ip} às {time}.", "Endereço IP: {ip}", "O roteador fica em {ip}."],
}

# negatives --------------------------------------------------------------------------------
NEG_ID = {  # context-labelled numbers, many phone-shaped
    "en": [
        "Please quote Ref. {n} in all correspondence.",
        "Your case no. is {n}; we aim to reply within 5 working days.",
        "Invoice {n} is due on {day}.",
        "Order #{n} has been dispatched.",
        "Tracking: {track}",
        "Serial: {n}",
        "Booking reference {n}, check-in from {time}.",
        "Policy number {n} renews on {day}.",
        "Part no. {n} is out of stock.",
        "Batch {n} was recalled on {day}.",
        "Ticket #{n} has been closed.",
        "PO number {n} approved.",
        "Confirmation code: {n}",
        "Receipt no. {n}, total {price}.",
        "Transaction ID {n}",
        "Claim reference {n}, please keep it safe.",
        "Job no. {n} booked for {day}.",
        "Your Amazon order {amz} will arrive {day}.",
        "Model no. {n}, firmware {ver}.",
        "Lot {n}, best before {day}.",
        "Quote {n} is valid for 30 days.",
        "Case No. {n}, hearing on {day} at {time}.",
        "Planning application {n} was refused.",
        "Docket {n} was continued to {day}.",
        "Membership card reference {n} is printed on the back.",
        "Ticket {badssn} has been escalated.",
        "Parcel {track} is out for delivery.",
        "Voucher batch {big}",
    ],
    "de": [
        "Bitte geben Sie bei Zahlung die Rechnungsnr. {n} an.",
        "Aktenzeichen: {az}",
        "Ihre Bestellnummer lautet {n}.",
        "Sendungsnummer: {track}",
        "Seriennummer {n}",
        "Vorgangsnummer {n}, Bearbeitung bis {day}.",
        "Kundennummer {n} (bitte bei Rückfragen angeben).",
        "Artikelnr. {n}, {qty}, {price}.",
        "Az. {n}",
        "Buchungsnummer {n}, Anreise am {day}.",
        "Ticketnummer {n} wurde geschlossen.",
        "Auftragsnr. {n} vom {day}.",
        "Fahrgestellnummer endet auf {n}.",
        "Charge {n}, mindestens haltbar bis {day}.",
        "Zählernummer {n}, Stand {pop} kWh.",
        "Steuerbescheid vom {day}, Belegnummer {n}.",
        "Paketnummer {big} wird heute zugestellt.",
    ],
    "fr": [
        "Merci de rappeler la réf. {n} dans votre courrier.",
        "Numéro de commande : {n}",
        "Facture n° {n} à régler avant le {day}.",
        "N° de suivi : {track}",
        "Dossier n° {n}",
        "N° de série : {n}",
        "Référence client {n}, échéance le {day}.",
        "Ticket n° {n} clôturé.",
        "Votre réservation {n} est confirmée pour le {day}.",
        "Bon de livraison n° {n}, {qty}.",
        "Contrat n° {n}, résiliation au {day}.",
        "Numéro de lot {n}, à consommer avant le {day}.",
        "Colis {big} en cours d'acheminement.",
    ],
    "es": [
        "Indique la ref. {n} en la transferencia.",
        "N.º de pedido: {n}",
        "Factura n.º {n}, vencimiento {day}.",
        "N.º de seguimiento: {track}",
        "Expediente {n}",
        "Número de serie: {n}",
        "Localizador {n}, salida a las {time}.",
        "Incidencia n.º {n} resuelta.",
        "Albarán {n}, {qty}.",
        "Póliza n.º {n}, vigente hasta el {day}.",
        "Lote {n}, consumir antes del {day}.",
        "Envío {big} en reparto.",
    ],
    "it": [
        "Indicare il rif. {n} nella causale.",
        "Ordine n. {n}",
        "Fattura n. {n} con scadenza {day}.",
        "Codice di tracciamento: {track}",
        "Pratica n. {n}",
        "Matricola {n}",
        "Numero di serie: {n}",
        "Prenotazione n. {n} confermata per il {day}.",
        "Ticket {n} chiuso.",
        "Lotto {n}, da consumarsi entro il {day}.",
        "Protocollo n. {n} del {day}.",
        "Spedizione {big} in consegna.",
    ],
    "nl": [
        "Vermeld kenmerk {n} bij de betaling.",
        "Ordernummer: {n}",
        "Factuurnummer {n}, te betalen vóór {day}.",
        "Track & trace: {track}",
        "Zaaknummer {n}",
        "Serienummer {n}",
        "Dossiernummer {n}",
        "Reserveringsnummer {n}, inchecken vanaf {time}.",
        "Klantnummer {n} staat op uw pas.",
        "Meldingsnummer {n} is afgehandeld.",
        "Partij {n}, THT {day}.",
        "Pakket {big} wordt vandaag bezorgd.",
    ],
    "pt": [
        "Informe a ref. {n} no comprovante.",
        "Pedido nº {n}",
        "Nota fiscal nº {n}, vencimento {day}.",
        "Código de rastreio: {track}",
        "Protocolo {n}",
        "Número de série: {n}",
        "Processo nº {n}",
        "Reserva {n} confirmada para {day}.",
        "Chamado {n} encerrado.",
        "Lote {n}, validade {day}.",
        "Boleto com vencimento em {day}, documento {n}.",
        "Encomenda {big} saiu para entrega.",
    ],
}
NEG_OTHER = {
    "en": [
        "The meeting moved to {day} at {time} in room {room}.",
        "Tickets cost {price} each, {qty} per order max.",
        "The town has a population of {pop}.",
        "ISBN {isbn}",
        "Update to version {ver} before {day}.",
        "Flight {flight} departs at {time} from gate {room}.",
        "Send it to {addr}.",
        "Final score {score} after extra time.",
        "The box measures {meas}.",
        "The route is {dist} long.",
        "Meet at {gps}.",
        "Under {stat}, the deadline is 30 days.",
        "Sales rose {pct} between {years}.",
        "Built in {year}, renovated {years}.",
        "Postcode {pc}",
        "Open {time} until late.",
        "Take {qty} with water twice a day.",
        "The parcel weighs {kg}.",
        "Our office is at {addr}.",
    ],
    "de": [
        "Der Termin ist am {day} um {time} in Raum {room}.",
        "Die Stadt hat {pop} Einwohner.",
        "ISBN {isbn}",
        "Bitte auf Version {ver} aktualisieren.",
        "Flug {flight} startet um {time}.",
        "Lieferadresse: {addr}",
        "Das Spiel endete {score}.",
        "Maße: {meas}",
        "Treffpunkt: {gps}",
        "Gemäß {stat} ist die Frist einzuhalten.",
        "Der Umsatz stieg um {pct} ({years}).",
        "Preis: {price} pro Stück, Mindestmenge {qty}.",
        "Baujahr {year}.",
        "Öffnungszeiten: ab {time}.",
        "Die Praxis befindet sich in {zip}.",
    ],
    "fr": [
        "Rendez-vous le {day} à {time}, salle {room}.",
        "La ville compte {pop} habitants.",
        "ISBN {isbn}",
        "Mettez à jour vers la version {ver}.",
        "Le vol {flight} part à {time}.",
        "Adresse de livraison : {addr}",
        "Score final : {score}.",
        "Dimensions : {meas}",
        "Point de rendez-vous : {gps}",
        "Conformément à {stat}, le délai est d'un mois.",
        "Hausse de {pct} sur la période {years}.",
        "Prix : {price}, {qty} par commande.",
        "Construit en {year}.",
    ],
    "es": [
        "La reunión es el {day} a las {time} en la sala {room}.",
        "La ciudad tiene {pop} habitantes.",
        "ISBN {isbn}",
        "Actualice a la versión {ver}.",
        "El vuelo {flight} sale a las {time}.",
        "Dirección de envío: {addr}",
        "El partido terminó {score}.",
        "Medidas: {meas}",
        "Punto de encuentro: {gps}",
        "Según {stat}, el plazo es de un mes.",
        "Las ventas subieron un {pct} entre {years}.",
        "Precio: {price}, {qty} por pedido.",
        "Construido en {year}.",
    ],
    "it": [
        "La riunione è il {day} alle {time} in aula {room}.",
        "La città conta {pop} abitanti.",
        "ISBN {isbn}",
        "Aggiornare alla versione {ver}.",
        "Il volo {flight} parte alle {time}.",
        "Indirizzo di consegna: {addr}",
        "La partita è finita {score}.",
        "Misure: {meas}",
        "Punto d'incontro: {gps}",
        "Ai sensi del{stat}, il termine è di 30 giorni.",
        "Le vendite sono cresciute del {pct} nel periodo {years}.",
        "Prezzo: {price}, {qty} per ordine.",
        "Costruito nel {year}.",
    ],
    "nl": [
        "De afspraak is op {day} om {time} in lokaal {room}.",
        "De stad telt {pop} inwoners.",
        "ISBN {isbn}",
        "Update naar versie {ver}.",
        "Vlucht {flight} vertrekt om {time}.",
        "Afleveradres: {addr}",
        "Eindstand {score}.",
        "Afmetingen: {meas}",
        "Verzamelpunt: {gps}",
        "Op grond van {stat} geldt een termijn van vier weken.",
        "De omzet steeg {pct} in de periode {years}.",
        "Prijs: {price}, maximaal {qty} per bestelling.",
        "Bouwjaar {year}.",
    ],
    "pt": [
        "A reunião é dia {day} às {time} na sala {room}.",
        "A cidade tem {pop} habitantes.",
        "ISBN {isbn}",
        "Atualize para a versão {ver}.",
        "O voo {flight} sai às {time}.",
        "Endereço de entrega: {addr}",
        "O jogo terminou {score}.",
        "Medidas: {meas}",
        "Ponto de encontro: {gps}",
        "Conforme {stat}, o prazo é de 30 dias.",
        "As vendas subiram {pct} entre {years}.",
        "Preço: {price}, {qty} por pedido.",
        "Construído em {year}.",
        "CEP {pc}",
    ],
}
NEG_ONLY_SIGNATURE = {  # company footers with numbers but no personal data kinds
    "DE": "{co} · {addr} · USt-IdNr. {vat} · Amtsgericht {city} HRB {hrb}",
    "GB": "{co} is registered in England and Wales, company no. {crn}, VAT {vat}.",
    "FR": "{co} – SIRET {siret} – TVA {vat}",
    "IT": "{co} – P.IVA {piva} – {addr}",
    "NL": "{co} · KvK {kvk} · BTW {vat}",
    "BR": "{co} – CNPJ {vat} – {addr}",
    "ES": "{co} · CIF {vat} · {addr}",
    "US": "{co} · EIN {vat} · {addr}",
    "IN": "{co} · GSTIN {vat} · {addr}",
}

BLOCK = (
    "putain",
    "chier",
    "gueule",
    "cazz",
    "porra",
    "piss",
    "fuck",
    "shit",
    "scheiß",
    "scheiss",
    "kut",
    "puta",
    "mierda",
    "merda",
    "crap",
    "damn",
    "bloody",
    "fottut",
    "coño",
    "kanker",
    "tering",
    "arsch",
    "kack",
    "foda",
    "caralho",
    "bosta",
    "merde",
    "connard",
    "stab",
    "apuñal",
    "kill",
    "uccid",
    "matar",
    "töten",
    "tuer",
    "dood",
)


def load_corpora():
    qs = []
    with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)["question"].strip()
            if "@" in q:
                continue
            sents = re.split(r"(?<=[.?!])\s+", q)
            if len(sents) <= 3 and len(q) <= 300:
                qs.append(q)
    objs = {}
    files = {"en": DATA / "moderation/hatecheck_en_test_suite_cases.csv"}
    for lang, nm in (
        ("de", "german"),
        ("fr", "french"),
        ("es", "spanish"),
        ("it", "italian"),
        ("nl", "dutch"),
        ("pt", "portuguese"),
    ):
        files[lang] = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{nm}.csv"
    for lang, path in files.items():
        with open(path, encoding="utf-8", newline="") as fh:
            seen = []
            for row in csv.DictReader(fh):
                t = row["test_case"].strip()
                if (
                    row["functionality"] == "target_obj_nh"
                    and t not in seen
                    and not any(b in t.lower() for b in BLOCK)
                ):
                    seen.append(t)
        objs[lang] = sorted(seen)
    return qs, objs


# ----------------------------------------------------------------------------------------
# document assembly
# ----------------------------------------------------------------------------------------

FMT = string.Formatter()
# templates that announce a mobile / messaging number never get a (landline) local number
MOBILE_WORDS = re.compile(
    r"(?i)mobil|mobiel|handy|\bcell|celular|móvil|portable|\bport\.|\bmob\b|\bmob\.|whatsapp|"
    r"\bzap\b|\btext|texto|\bsms\b|\bapp me|\bcel\."
)


class Builder:
    def __init__(self, seed: int):
        self.g = Gen(seed)
        self.rng = self.g.rng
        self.docs: list[dict] = []
        self.qs, self.objs = load_corpora()

    # slot filling -------------------------------------------------------------------
    def render(self, template: str, region: str, lang: str, slots: dict) -> tuple[str, list[dict]]:
        neg = Neg(self.g, region, lang)
        text, spans = [], []
        pos = 0
        for literal, field, _spec, _conv in FMT.parse(template):
            text.append(literal)
            pos += len(literal)
            if field is None:
                continue
            val = slots[field] if field in slots else self.fill(field, neg, region)
            if isinstance(val, Span):
                spans.append(
                    {
                        "kind": val.kind,
                        "start": pos,
                        "end": pos + len(val.value),
                        "_v": val.value,
                        "_mode": val.meta.get("mode", ""),
                        "_region": val.meta.get("region", region),
                    }
                )
                if val.kind == "PHONE":
                    check_phone(val)
                s = val.value
            else:
                s = str(val)
            text.append(s)
            pos += len(s)
        return "".join(text), spans

    def fill(self, field: str, neg: Neg, region: str):
        g = self.g
        base = field.rstrip("0123456789")
        if base in ("name", "n"):
            if base == "n" and field != "n":  # n1, n2, n3 in LIST_DOCS are people
                return g.first(region)
            if base == "name":
                return g.name(region)
        simple = {
            "co": lambda: g.company(region),
            "city": lambda: g.city(region),
            "first": lambda: g.first(region),
            "title": lambda: self.rng.choice(TITLES.get(region, ["Manager"])),
            "crn": lambda: digits(self.rng, 8, "01"),
            "hrb": lambda: str(self.rng.randint(1000, 250000)),
            "siret": lambda: group(digits(self.rng, 14, "3456789"), [3, 3, 3, 5]),
            "piva": lambda: digits(self.rng, 11, "0"),
            "kvk": lambda: digits(self.rng, 8, "123456789"),
            "exp": lambda: f"{self.rng.randint(1, 12):02d}/{self.rng.randint(26, 31)}",
        }
        if base in simple:
            return simple[base]()
        return getattr(neg, base)()

    def phone_for(self, tpl: str, region: str) -> Span:
        """A phone for a template; local (subscriber-only) numbers only where a landline fits."""
        if MOBILE_WORDS.search(tpl):
            return phone_span(
                self.rng,
                region,
                self.rng.choice(["nat"] * 5 + ["intl"] * 3),
                None if region == "US" else "mobile",
            )
        return phone_span(self.rng, region)

    def add(self, region: str, text: str, spans: list[dict], tag: str):
        self.docs.append(
            {"locale": REGIONS[region][0], "text": text, "spans": spans, "_tag": tag, "_region": region}
        )

    def doc(self, template: str, region: str, lang: str, slots: dict, tag: str):
        text, spans = self.render(template, region, lang, slots)
        self.add(region, text, spans, tag)
        return text, spans

    # language choice ----------------------------------------------------------------
    def lang_for(self, region: str, p_en: float = 0.15) -> str:
        main = REGIONS[region][3]
        if main == "en":
            if region == "US" and self.rng.random() < 0.08:
                return "es"
            return "en"
        return "en" if self.rng.random() < p_en else main

    def phone_templates(self, region: str, lang: str):
        t = list(PHONE_CTX[lang])
        if lang == "en":
            t += PHONE_CTX.get("en_" + region, []) * 2
        return t

    # generators ---------------------------------------------------------------------
    @staticmethod
    def join(rng: Random, parts: list[str]) -> str:
        out = parts[0]
        for part in parts[1:]:
            out += (" " if out[-1] in ".!?)" else rng.choice([" · ", " | ", "\n", ", ", " – "])) + part
        return out

    def gen_combo_phone(self, region: str, n: int):
        """1-4 context-announced phone sentences, optionally with an email / negative sentence."""
        rng = self.rng
        for _ in range(n):
            lang = self.lang_for(region)
            k = rng.choices([1, 2, 3, 4], weights=[12, 30, 33, 25])[0]
            tpls = rng.sample(self.phone_templates(region, lang), k)
            parts, slots = [], {}
            for j, t in enumerate(tpls):
                key = "p" if j == 0 else f"p{j + 1}"
                parts.append(t.replace("{p}", "{" + key + "}"))
                slots[key] = self.phone_for(t, region)
            extra = rng.random()
            if extra < 0.38:  # a context-labelled, often phone-shaped negative in the same doc
                parts.insert(rng.randint(0, len(parts)), rng.choice(NEG_ID[lang]))
            elif extra < 0.46:  # plus an email
                parts.append(rng.choice(EMAIL_CTX[lang]))
                slots["e"] = self.g.email(region)
            elif extra < 0.65:  # plus a non-id numeric sentence
                parts.insert(rng.randint(0, len(parts)), rng.choice(NEG_OTHER[lang]))
            self.doc(self.join(rng, parts), region, lang, slots, "phone")

    def gen_foreign_intl(self, region: str, n: int):
        """A number from another region, written internationally, in this region's text."""
        rng = self.rng
        for _ in range(n):
            lang = self.lang_for(region)
            other = rng.choice([r for r in REGION_ORDER if r != region])
            t1, t2 = rng.sample(self.phone_templates(region, lang), 2)
            slots = {"p": phone_span(rng, other, "intl", rng.choice(["geo", "mobile"]), foreign=True)}
            tpl = t1
            if rng.random() < 0.6:
                tpl = self.join(rng, [t1, t2.replace("{p}", "{p2}")])
                slots["p2"] = self.phone_for(t2, region)
            self.doc(tpl, region, lang, slots, "phone-foreign")

    def gen_multi_phone(self, region: str, n: int):
        rng = self.rng
        for _ in range(n):
            lang = self.lang_for(region)
            tpl = rng.choice(MULTI_PHONE[lang])
            slots = {"p": self.phone_for(tpl, region), "p2": self.phone_for(tpl, region)}
            if rng.random() < 0.4:
                tpl = self.join(rng, [tpl, rng.choice(NEG_ID[lang])])
            self.doc(tpl, region, lang, slots, "phone-multi")

    def gen_list(self, region: str, n: int):
        rng = self.rng
        for _ in range(n):
            lang = self.lang_for(region)
            mode = rng.choice(["nat", "nat", "local"]) if region in LOCAL_REGIONS else "nat"
            kind = "mobile" if mode == "nat" and region != "US" else None
            k = rng.randint(3, 5)
            sep = rng.choice([", ", "; ", "\n"])
            tpl = rng.choice(LIST_DOCS[lang]) + sep.join(LIST_ENTRY[lang] % (i, i) for i in range(1, k + 1))
            slots = {f"p{i}": phone_span(rng, region, mode, kind) for i in range(1, k + 1)}
            self.doc(tpl, region, lang, slots, "phone-list")

    def gen_signature(self, region: str, n: int):
        rng = self.rng
        for _ in range(n):
            tpl = rng.choice(SIGNATURES[region])
            lang = REGIONS[region][3]
            if rng.random() < 0.3:
                tpl = re.sub(r"\n(?:E-Mail: |Email: )?\{e\}(?=\n|$)", "", tpl)
            slots = {
                k: phone_span(rng, region, rng.choice(["nat", "nat", "intl"])) for k in ("p", "p2", "p3")
            }
            slots["e"] = self.g.email(region)
            if "{i}" in tpl:
                slots["i"] = self.g.iban(region)
            self.doc(tpl, region, lang, slots, "signature")

    def gen_local_chat(self, region: str, n: int):
        """Informal messages announcing a local number (subscriber part only)."""
        rng = self.rng
        chats = {
            "en": [
                (
                    "hey it's {first}, my landline's {p}, ring me when you're outside. "
                    "Flat {room}, buzzer's broken."
                ),
                "Lost dog near the park! If found please ring {p}, reward offered.",
                "Bike for sale, {price} ono. Call {p} evenings.",
                "Babysitter available weekends, phone {p}.",
                "Landline's changed to {p} btw, the old one's dead.",
                "Tutor for maths and physics, reach me on {p}.",
            ],
            "de": [
                "Hi, hier ist {first}, meine Nummer ist {p}, klingel einfach zweimal.",
                "Katze entlaufen! Hinweise bitte an Tel. {p}.",
                "Verkaufe Fahrrad, {price} VB, Anrufe unter {p}.",
                "Nachhilfe in Mathe, erreichbar unter {p}.",
                "Unsere neue Festnetznummer: {p}.",
                "Zimmer frei, {price} warm. Tel. {p} (tagsüber) oder {p2} (abends).",
            ],
            "nl": [
                "Hoi, met {first}, mijn nummer is {p}, bel maar aan bij nummer {room}.",
                "Kat vermist! Tips graag naar tel. {p}.",
                "Fiets te koop, {price}, bel {p} na 18.00 uur.",
                "Bijles wiskunde, bereikbaar op {p}.",
                "Kamer te huur, {price} p/m. Bel {p} overdag of {p2} 's avonds.",
            ],
            "pt": [
                "Oi, aqui é {first}, me liga no {p} quando chegar.",
                "Cachorro perdido! Quem encontrar, ligue {p}.",
                "Vendo bicicleta por {price}, tratar no {p}.",
                "Aulas particulares de matemática, fone {p}.",
                "Aluga-se quarto, {price}. Ligue {p} de dia ou {p2} à noite.",
            ],
        }
        for _ in range(n):
            lang = REGIONS[region][3]
            tpl = rng.choice(chats[lang])
            slots = {"p": phone_span(rng, region, "local"), "p2": phone_span(rng, region, "local")}
            self.doc(tpl, region, lang, slots, "phone-local-chat")

    def gen_other_kind(self, region: str, kind: str, n: int):
        rng = self.rng
        for _ in range(n):
            lang = self.lang_for(region, 0.2)
            slots: dict = {}
            if kind == "EMAIL":
                tpl = rng.choice(EMAIL_CTX[lang])
                slots["e"] = self.g.email(region)
            elif kind == "CREDIT_CARD":
                tpl = rng.choice(CARD_CTX[lang])
                slots["c"] = self.g.card(region)
            elif kind == "IBAN":
                tpl = rng.choice(IBAN_CTX[lang])
                slots["i"] = self.g.iban(region)
            elif kind == "US_SSN":
                tpl = rng.choice(SSN_CTX)
                slots["s"] = self.g.ssn()
                lang = "en"
            else:
                tpl = rng.choice(IP_CTX[lang])
                slots["ip"] = self.g.ip()
            r = rng.random()
            if r < 0.5:
                pt = rng.choice(PHONE_CTX[lang])
                tpl = self.join(rng, [tpl, pt])
                slots["p"] = self.phone_for(pt, region)
            elif r < 0.75:
                tpl = self.join(rng, [tpl, rng.choice(NEG_ID[lang] + NEG_OTHER[lang])])
            self.doc(tpl, region, lang, slots, "other-" + kind)

    def gen_corpus_pos(self, n_en: int, n_obj: int):
        rng = self.rng
        for _ in range(n_en):
            region = rng.choice(["US", "GB", "IN"])
            q = rng.choice(self.qs)
            sents = re.split(r"(?<=[.?!])\s+", q)
            k = rng.randint(1, len(sents))
            ins = rng.choice(PHONE_CTX["en"] + EMAIL_CTX["en"][:2] + IP_CTX["en"][:1])
            if rng.random() < 0.3:
                ins = self.join(
                    rng, [ins, rng.choice([t for t in PHONE_CTX["en"] if t != ins]).replace("{p}", "{p2}")]
                )
            if ins[-1] not in ".!?":
                ins += "."
            slots = {
                "p": self.phone_for(ins, region),
                "p2": self.phone_for(ins, region),
                "e": self.g.email(region),
                "ip": self.g.ip(),
            }
            tpl = " ".join(s.replace("{", "{{").replace("}", "}}") for s in sents[:k]) + " " + ins
            if k < len(sents):
                tpl += " " + " ".join(s.replace("{", "{{").replace("}", "}}") for s in sents[k:])
            used = {f for _, f, _, _ in FMT.parse(tpl) if f}
            self.doc(tpl, region, "en", {k2: v for k2, v in slots.items() if k2 in used}, "corpus-pos")
        langs = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR"}
        for _ in range(n_obj):
            lang = rng.choice(sorted(langs))
            region = langs[lang]
            s = rng.choice(self.objs[lang]).replace("{", "{{").replace("}", "}}")
            ins = rng.choice(PHONE_CTX[lang])
            if rng.random() < 0.3:
                ins = self.join(
                    rng,
                    [
                        ins,
                        rng.choice([t for t in PHONE_CTX[lang] + EMAIL_CTX[lang] if t != ins]).replace(
                            "{p}", "{p2}"
                        ),
                    ],
                )
            if s[-1] not in ".!?":
                s += "."
            tpl = f"{s} {ins}" if rng.random() < 0.7 else self.join(rng, [ins, s])
            used = {f for _, f, _, _ in FMT.parse(tpl) if f}
            slots = {
                "p": self.phone_for(ins, region),
                "p2": self.phone_for(ins, region),
                "e": self.g.email(region),
            }
            self.doc(tpl, region, lang, {k2: v for k2, v in slots.items() if k2 in used}, "corpus-pos")

    # negatives -----------------------------------------------------------------------
    def gen_neg(self, region: str, n_id: int, n_other: int, n_footer: int):
        rng = self.rng
        for _ in range(n_id):
            lang = self.lang_for(region)
            k = rng.choice([1, 1, 2])
            tpl = " ".join(rng.sample(NEG_ID[lang], k))
            self.doc(tpl, region, lang, {}, "neg-id")
        for _ in range(n_other):
            lang = self.lang_for(region)
            tpl = " ".join(rng.sample(NEG_OTHER[lang], rng.choice([1, 2, 2])))
            if rng.random() < 0.3:
                tpl += " " + rng.choice(NEG_ID[lang])
            self.doc(tpl, region, lang, {}, "neg-other")
        for _ in range(n_footer):
            self.doc(NEG_ONLY_SIGNATURE[region], region, REGIONS[region][3], {}, "neg-footer")

    def gen_corpus_neg(self, n_en: int, n_obj: int):
        rng = self.rng
        for q in rng.sample(self.qs, n_en):
            self.add(rng.choice(["US", "GB", "IN"]), q, [], "corpus-neg")
        langs = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "en": "GB"}
        for _ in range(n_obj):
            lang = rng.choice(sorted(langs))
            s = rng.choice(self.objs[lang])
            if rng.random() < 0.5:  # pair with a numeric non-PII sentence
                tail = rng.choice(NEG_OTHER[lang] + NEG_ID[lang])
                s = s if s[-1] in ".!?" else s + "."
                self.doc(
                    s.replace("{", "{{").replace("}", "}}") + " " + tail, langs[lang], lang, {}, "corpus-neg"
                )
            else:
                self.add(langs[lang], s, [], "corpus-neg")

    # ---------------------------------------------------------------------------------
    def build(self) -> list[dict]:
        for region in REGION_ORDER:
            self.gen_combo_phone(region, 25)
            self.gen_multi_phone(region, 2)
            self.gen_list(region, 3)
            self.gen_signature(region, 7)
            self.gen_foreign_intl(region, 2)
            if region in ("DE", "NL", "BR"):
                self.gen_local_chat(region, 5)
            elif region in ("US", "GB", "IN"):
                self.gen_local_chat_en(region, 4)
            self.gen_neg(region, n_id=19, n_other=10, n_footer=2)
        self.gen_other_kind("US", "US_SSN", 16)
        for region in REGION_ORDER:
            self.gen_other_kind(region, "IP_ADDRESS", 3 if region in ("US", "DE", "GB", "FR") else 2)
            self.gen_other_kind(region, "EMAIL", 2)
            self.gen_other_kind(region, "CREDIT_CARD", 2)
            if region not in ("US", "IN"):
                self.gen_other_kind(region, "IBAN", 2)
        self.gen_corpus_pos(n_en=20, n_obj=20)
        self.gen_corpus_neg(n_en=45, n_obj=35)
        return self.docs

    def gen_local_chat_en(self, region, n):
        rng = self.rng
        tpls = [
            "hey it's {first}, my landline's {p}, ring me when you're outside. Flat {room}, buzzer's broken.",
            "Lost dog near the park! If found please ring {p}, reward offered.",
            "Bike for sale, {price} ono. Call {p} evenings.",
            "Babysitter available weekends, phone {p}.",
            "Landline's changed to {p} btw, the old one's dead.",
            "Tutor for maths and physics, reach me on {p}.",
            "Room to let, {price} pcm. Phone {p} days or {p2} evenings.",
        ]
        for _ in range(n):
            self.doc(
                rng.choice(tpls),
                region,
                "en",
                {"p": phone_span(rng, region, "local"), "p2": phone_span(rng, region, "local")},
                "phone-local-chat",
            )


# ----------------------------------------------------------------------------------------


def verify(docs: list[dict]) -> None:
    for d in docs:
        last = -1
        for s in sorted(d["spans"], key=lambda s: s["start"]):
            assert s["kind"] in KINDS
            assert d["text"][s["start"] : s["end"]] == s["_v"], (d, s)
            assert s["start"] >= last, ("overlap", d)
            last = s["end"]
            v = s["_v"]
            if s["kind"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v))
            elif s["kind"] == "IBAN":
                assert iban_ok(v)
            elif s["kind"] == "US_SSN":
                dd = re.sub(r"\D", "", v)
                assert dd[:3] not in ("000", "666") and dd[0] != "9" and dd[3:5] != "00" and dd[5:] != "0000"
            elif s["kind"] == "IP_ADDRESS":
                ipaddress.ip_address(v)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--out", type=Path, default=Path("tests/data/pii_heldout.jsonl"))
    ap.add_argument(
        "--values-out",
        type=Path,
        default=None,
        help="optional sidecar JSONL with the inserted values (for an independent offset check)",
    )
    args = ap.parse_args(argv)
    b = Builder(args.seed)
    docs = b.build()
    verify(docs)
    b.rng.shuffle(docs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, d in enumerate(docs):
            rec = {
                "id": f"heldout-{i:06d}",
                "locale": d["locale"],
                "text": d["text"],
                "spans": [
                    {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                    for s in sorted(d["spans"], key=lambda s: s["start"])
                ],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.values_out:
        with open(args.values_out, "w", encoding="utf-8") as fh:
            for i, d in enumerate(docs):
                vals = [
                    {"kind": s["kind"], "value": s["_v"], "mode": s["_mode"], "region": s["_region"]}
                    for s in sorted(d["spans"], key=lambda s: s["start"])
                ]
                fh.write(
                    json.dumps(
                        {"id": f"heldout-{i:06d}", "tag": d["_tag"], "values": vals}, ensure_ascii=False
                    )
                    + "\n"
                )
    n_spans = sum(len(d["spans"]) for d in docs)
    n_neg = sum(1 for d in docs if not d["spans"])
    print(f"wrote {len(docs)} docs, {n_spans} spans, {n_neg} negative-only docs -> {args.out}")


if __name__ == "__main__":
    main()
