"""PII detection and redaction with validators.

    detect_pii("call +44 20 7946 0958") -> [PiiSpan(start=5, end=21, kind="PHONE")]
    redact_pii("mail a@b.org") -> "mail <EMAIL>"

Patterns run over a *length-preserving* normalisation of the text (unicode digits such as
'٣' or '３' become ASCII, fullwidth punctuation its ASCII twin), so adversarial spellings are
caught while spans still index the original string. Candidates are then checked by validators
(Luhn for cards, ISO 13616 mod-97 for IBANs, octet ranges for IPv4, SSA rules for SSNs) so that
order numbers and dates are not redacted.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from phonenumbers import SUPPORTED_REGIONS
from stdnum import numdb

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, text_fields
from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans
from reasonrl.data.filters.phone_learned import PhoneModel
from reasonrl.data.filters.phone_lists import tables
from reasonrl.data.filters.phone_script import WORD_CHAR
from reasonrl.errors import ConfigError


@dataclass(frozen=True)
class PiiSpan:
    start: int
    end: int
    kind: str


def normalize_same_length(text: str) -> str:
    """Map each char to one ASCII char where an equivalent exists (digits in any script,
    fullwidth forms, unicode dashes/dots/at-signs); other chars stay. len(out) == len(text)."""
    if text.isascii():  # the common case, and a C-speed check
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        digit = unicodedata.digit(ch, None)
        if digit is not None:
            out.append(str(digit))
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if ch in "\u00aa\u00ba":  # ordinal indicators stay: "n.º 5663" is a number sign, not "n.o"
            out.append(ch)
        elif len(folded) == 1 and folded.isascii():
            out.append(folded)
        elif ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
            out.append("-")
        elif ch in "\u00a0\u2007\u202f":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def iban_ok(candidate: str) -> bool:
    """ISO 13616: move the first four chars to the end, letters -> 10..35, the number mod 97 == 1."""
    s = re.sub(r"[\s.-]", "", candidate).upper()
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# Issuer prefixes (IIN ranges) and lengths of the card brands in use: Visa, Mastercard, Amex,
# Discover, Diners, JCB (35xx: issuers use more than 3528-3589), Maestro (12-19 digits, old 0604
# ranges too), UnionPay, Mir, RuPay (60, 65, 81, 82, 508: India's domestic scheme). A Luhn-valid
# run of digits with no brand prefix (an EAN-13, an ISBN, an order number) is not a card.
_BRANDS = re.compile(
    r"4\d{12}(?:\d{3}){0,2}|5[1-5]\d{14}|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}"
    r"|6(?:011|4[4-9]\d|5\d\d)\d{12,15}|3(?:0[0-59]|[689]\d)\d{11,16}|(?:2131|1800)\d{11}"
    r"|35\d{14,17}|(?:5[06-9]|6\d)\d{10,17}|0604\d{8,15}|220[0-4]\d{12}|8[12]\d{14}"
)


def _card_ok(s: str) -> bool:
    """Brand prefix and length, Luhn, and grouped the way cards are printed (4-4-4-4, 4-6-5, ...)."""
    d = _digits(s)
    groups = [g for g in re.split(r"\D+", s) if g]
    printed = (
        len(groups) == 1
        or all(len(g) == 4 for g in groups[:-1])
        or [len(g) for g in groups] in ([4, 6, 5], [4, 6, 4])
    )
    return 12 <= len(d) <= 19 and bool(_BRANDS.fullmatch(d)) and luhn_ok(d) and len(set(d)) > 1 and printed


def _ssn_ok(s: str) -> bool:
    d = _digits(s)
    area, group, serial = d[:3], d[3:5], d[5:]
    return (
        len(d) == 9 and area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
    )


def _ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
    except ValueError:
        return False
    return True


SEP = r"[ .\-]?"  # adversarial spellings put spaces, dots or dashes between digit groups
PATTERNS: dict[str, tuple[re.Pattern, Callable[[str], bool] | None]] = {
    "SECRET": (
        re.compile(
            r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )?PRIVATE KEY-----"
            r"|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"  # AWS access key id
            r"|\bgh[pousr]_[A-Za-z0-9]{36,}\b"  # GitHub tokens
            r"|\bxox[abprs]-[A-Za-z0-9-]{10,}\b"  # Slack tokens
            r"|\bAIza[0-9A-Za-z_\-]{35}\b"  # Google API key
            r"|\bsk-[A-Za-z0-9_\-]{20,}\b"  # OpenAI-style secret keys
            r"|(?i:\bbearer\s+)[A-Za-z0-9\-._~+/]{20,}=*"  # bearer tokens
            r"|(?i:aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+=]{40}"
        ),
        None,
    ),
    "EMAIL": (
        re.compile(
            # a dot is written bare or spaced on both sides ("jane . doe");
            # one-sided ("net. 203") ends a sentence
            rf"(?<!{WORD_CHAR})(?<![.+-])[A-Za-z0-9_%+-]+(?:(?:\.| \. )[A-Za-z0-9_%+-]+)*\s?"
            r"(?:@|\[at\]|\(at\))\s?[A-Za-z0-9-]+"
            r"(?:(?:\.| \. |\s?\[dot\]\s?|\s?\(dot\)\s?)[A-Za-z0-9-]+)*"
            rf"(?:\.| \. |\s?\[dot\]\s?|\s?\(dot\)\s?)[A-Za-z]{{2,}}(?!{WORD_CHAR}|-)"
        ),
        None,
    ),
    # IBANs in any case and spacing (ISO 13616 allows groups of four; people write lower case too)
    "IBAN": (
        re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ .-]?[A-Za-z0-9]{4}){2,7}(?:[ .-]?[A-Za-z0-9]{1,3})?\b"),
        iban_ok,
    ),
    # a card number follows no "+": "+4922136285047" is a phone number, Luhn-valid or not
    "CREDIT_CARD": (re.compile(r"(?<![\d+])(?:\d" + SEP + r"){11,18}\d(?!\d)"), _card_ok),
    # a full stop may end the sentence right after the number: (?!\.\d) instead of (?![.]); spaced
    # groups with more spaced digits either side are a longer number's ("1Z XHP 286 19 6072 265": a
    # parcel's tracking number), dashed or dotted ones stand apart from a number before them
    "US_SSN": (
        re.compile(
            r"(?<![\d.-])(?:(?=\d{3}[.-])|(?<!\d ))\d{3}([ .-])\d{2}\1\d{4}(?![\d-]|\.\d)(?!(?<= \d{4}) \d)"
        ),
        _ssn_ok,
    ),
    "IP_ADDRESS": (
        re.compile(
            r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)"
            rf"|(?<![0-9A-Fa-f:]:)(?<!{WORD_CHAR})(?:[0-9A-Fa-f]{{1,4}}:){{2,7}}(?::|[0-9A-Fa-f]{{1,4}})(?!:|{WORD_CHAR})"
            rf"|(?<![0-9A-Fa-f:]:)(?<!{WORD_CHAR})(?:[0-9A-Fa-f]{{1,4}}:){{1,6}}:(?:[0-9A-Fa-f]{{1,4}}:?){{0,5}}"
            rf"[0-9A-Fa-f]{{0,4}}(?!:|{WORD_CHAR})"
        ),
        _ip_ok,
    ),
}
KINDS = (*PATTERNS, "PHONE")  # checked in this order: an earlier kind claims overlapping text first
# An SSN written without separators is nine digits like any other; a label announcing it makes it
# one ("SSN: 099859624", "SS# 167582954", "Número de Seguro Social: 214438194", "my social is ..."),
# the SSA's rules still apply. A remark in parentheses may stand between ("SSN (9 digits, no dashes):").
_SSN_ANNOUNCED = re.compile(
    r"(?i)(?<![\w#])(?:ssn|ss\s?#|ss\s?no\.?|(?-i:TIN)|social\s+security(?:\s+(?:number|no\.?|#))?"
    r"|social(?=\s*(?:is\b|[:#]))|(?:n[uú]mero\s+de\s+)?seguro\s+social)(?!\w)"
    r"(?:\([^)\n]{0,40}\)|[^\d\n]){0,25}?(?<![\d.-])(\d{3}([ .-]?)\d{2}\2\d{4})(?![\d-])"
)

_SSN_HEADER = re.compile(r"(?i)ssn|social security(?: number| no\.?)?|(?-i:TIN)")


@lru_cache(maxsize=2)
def _ner(model: str):
    try:
        import spacy
    except ImportError:
        raise ConfigError(
            "PII kind PERSON needs an NER backend",
            hint="pip install 'reasonrl[ner]' and set "
            "compliance.pii.ner_model to a spaCy pipeline (e.g. en_core_web_sm)",
        ) from None
    try:
        return spacy.load(model, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    except OSError as exc:
        raise ConfigError(
            f"cannot load spaCy pipeline '{model}': {exc}", where="compliance.pii.ner_model"
        ) from None


def person_spans(text: str, ner_model: str) -> list[PiiSpan]:
    """PERSON entities from a spaCy pipeline (statistical or rule-based)."""
    return [
        PiiSpan(e.start_char, e.end_char, "PERSON")
        for e in _ner(ner_model)(text).ents
        if e.label_ == "PERSON"
    ]


def _candidates(kind: str, norm: str, phone_regions) -> list[tuple[int, int]]:
    if kind == "PHONE":
        return phone_spans(norm, phone_regions)
    pattern, valid = PATTERNS[kind]
    found = [
        (m.start(), m.end()) for m in pattern.finditer(norm) if valid is None or valid(m.group().strip())
    ]
    if kind == "IBAN":  # the last groups may have taken the next words: "PL41 ... 4801 do 24-Jun",
        # "ES97 8677 4287 3487 3098 5241 poniendo": the longest valid prefix ending at a group's end
        found += [
            (m.start(), m.start() + cut)
            for m in pattern.finditer(norm)
            if not iban_ok(m.group()) and (cut := _iban_prefix(m.group()))
        ]
    if kind == "US_SSN":  # an SSN-shaped ticket number is redacted too: the gate counts it as one
        found += [
            m.span(1) for m in _SSN_ANNOUNCED.finditer(norm) if _ssn_ok(m.group(1)) and m.span(1) not in found
        ]
        found += [s for s in _ssn_column(norm) if s not in found]
    return found


def _iban_prefix(raw: str) -> int:
    """Length of the prefix of `raw` that ends where a group ends, has its country's IBAN length
    (python-stdnum's registry: one length per country, so no following word can slip in on a
    one-in-97 checksum) and is a valid IBAN; or 0."""
    length = _iban_length(raw[:2].upper())
    ends = [m.end() for m in re.finditer(r"[A-Za-z0-9]+", raw)]
    fits = [end for end in ends[:-1] if len(re.sub(r"[\s.-]", "", raw[:end])) == length]
    return next((end for end in fits if iban_ok(raw[:end])), 0)


@lru_cache(maxsize=None)
def _iban_length(country: str) -> int | None:
    """The length of `country`'s IBANs: 4 + its BBAN's ("ES": 24), None if unknown."""
    info = numdb.get("iban").info(country)[0][1]
    bban = info.get("bban")
    return 4 + sum(int(n) for n in re.findall(r"(\d+)!?[nac]", bban)) if bban else None


def _ssn_column(text: str) -> list[tuple[int, int]]:
    """The cells of a table column headed "SSN" (or "social security number", "TIN") that hold an
    issuable SSN, compact ones too: the header announces each of them as a label would."""
    out = []
    for rows in tables(text):
        for j, head in enumerate(rows[0]):
            if not _SSN_HEADER.fullmatch(text[head[0] : head[1]].strip().replace("_", " ")):
                continue
            for row in rows[1:]:
                raw = text[row[j][0] : row[j][1]]
                m = re.fullmatch(r"\s*(\d{3}([ .-]?)\d{2}\2\d{4})\s*", raw)
                if m and _ssn_ok(m.group(1)):
                    out.append((row[j][0] + m.start(1), row[j][0] + m.end(1)))
    return out


def rule_pass(norm: str, phone_regions: tuple[str, ...], kinds=KINDS) -> list[PiiSpan]:
    """The rules' spans of `kinds` in normalised text, non-overlapping (an earlier kind of KINDS
    claims overlapping text first). Of every kind, it is what the learned phone reading is given."""
    taken: list[PiiSpan] = []
    for kind in (k for k in KINDS if k in kinds):
        for start, end in _candidates(kind, norm, phone_regions):
            if not any(start < s.end and s.start < end for s in taken):
                taken.append(PiiSpan(start, end, kind))
    return taken


def detect_pii(
    text: str,
    kinds: tuple[str, ...] | list[str] = KINDS,
    ner_model: str | None = None,
    phone_regions: tuple[str, ...] | list[str] = DEFAULT_REGIONS,
) -> list[PiiSpan]:
    """All validated PII spans, non-overlapping, sorted by start. PERSON needs `ner_model`;
    local-format phone numbers are read as numbers of `phone_regions`. Phones are the learned
    reading (phone_learned) of the rules' verdicts, shapes and words around each number."""
    norm, regions = normalize_same_length(text), tuple(phone_regions)
    ruled = rule_pass(norm, regions, KINDS if "PHONE" in kinds else kinds)  # the model reads all
    taken = [s for s in ruled if s.kind != "PHONE" and s.kind in kinds]
    if "PHONE" in kinds:
        spans = [(s.kind, s.start, s.end) for s in ruled]
        phones = PhoneModel.load().phones(norm, spans, regions)
        taken += [PiiSpan(a, b, "PHONE") for a, b in phones]
    if "PERSON" in kinds and ner_model:
        taken += [
            p
            for p in person_spans(text, ner_model)
            if not any(p.start < s.end and s.start < p.end for s in taken)
        ]
    return sorted(taken, key=lambda s: s.start)


def _replace(text: str, spans: list[PiiSpan]) -> str:
    out, pos = [], 0
    for span in spans:
        out.append(text[pos : span.start] + f"<{span.kind}>")
        pos = span.end
    return "".join(out) + text[pos:]


def redact_pii(
    text: str,
    kinds: tuple[str, ...] | list[str] = KINDS,
    ner_model: str | None = None,
    phone_regions: tuple[str, ...] | list[str] = DEFAULT_REGIONS,
) -> str:
    """Replace each span with a typed placeholder such as `<EMAIL>`."""
    return _replace(text, detect_pii(text, kinds, ner_model, phone_regions))


@FILTERS.register("pii")
class PiiRedact(Filter):
    """Redact the compliance policy's `pii.redact` kinds; quarantine the record when a `pii.drop`
    kind is present."""

    # what each version changed: benchmarks/results/pii_filter_versions.md; its cases:
    # tests/data/test_phone_versionNN.py (fail under the version before)
    name, version = "pii", "57"

    def apply(self, record: dict) -> FilterResult:
        redact, drop = set(self.compliance.pii.redact), set(self.compliance.pii.drop)
        kinds, ner, regions = (
            tuple(redact | drop),
            self.compliance.pii.ner_model,
            self.compliance.pii.phone_regions,
        )
        unknown = sorted(set(regions) - SUPPORTED_REGIONS)
        if unknown:  # libphonenumber would read no national number of theirs: fail closed
            raise ConfigError(
                f"phone regions {unknown} are unknown to libphonenumber",
                where="compliance.pii.phone_regions",
                hint="use ISO 3166 alpha-2 codes such as DE, FR, US",
            )
        if "PERSON" in kinds and not ner:
            raise ConfigError(
                "PII kind PERSON is in the compliance policy but no NER backend is set",
                where="compliance.pii.ner_model",
                hint="set it to a spaCy pipeline, or drop PERSON",
            )
        spans = {
            f: detect_pii(record[f], kinds, ner, regions) for f in text_fields(record)
        }  # one pass per field
        dropped = sorted({s.kind for found in spans.values() for s in found if s.kind in drop})
        if dropped:
            return FilterResult(None, [f"pii_drop:{k}" for k in dropped])
        changed = {f: _replace(record[f], found) for f, found in spans.items() if found}
        if not changed:
            return FilterResult(record)
        return FilterResult({**record, **changed}, [f"redacted:{','.join(sorted(changed))}"], modified=True)
