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

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, text_fields
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
        if len(folded) == 1 and folded.isascii():
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


def _card_ok(s: str) -> bool:
    d = _digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d) and len(set(d)) > 1


def _ssn_ok(s: str) -> bool:
    d = _digits(s)
    area, group, serial = d[:3], d[3:5], d[5:]
    return len(d) == 9 and area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
    except ValueError:
        return False
    return True


def _phone_ok(s: str) -> bool:
    """9-15 digits, and written like a phone number: a +/00/(area) prefix or two separators,
    so a bare long integer in a maths problem is not taken for one."""
    d = _digits(s)
    shaped = s.startswith(("+", "00", "(")) or len(re.findall(r"[ .\-]", s)) >= 2
    ssn_shaped = re.fullmatch(r"\d{3}([ .-])\d{2}\1\d{4}", s) is not None  # US_SSN's shape, valid or not
    return 9 <= len(d) <= 15 and len(set(d)) > 2 and shaped and not ssn_shaped


SEP = r"[ .\-]?"  # adversarial spellings put spaces, dots or dashes between digit groups
PATTERNS: dict[str, tuple[re.Pattern, Callable[[str], bool] | None]] = {
    "SECRET": (re.compile(
        r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )?PRIVATE KEY-----"
        r"|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"                        # AWS access key id
        r"|\bgh[pousr]_[A-Za-z0-9]{36,}\b"                       # GitHub tokens
        r"|\bxox[abprs]-[A-Za-z0-9-]{10,}\b"                     # Slack tokens
        r"|\bAIza[0-9A-Za-z_\-]{35}\b"                           # Google API key
        r"|\bsk-[A-Za-z0-9_\-]{20,}\b"                           # OpenAI-style secret keys
        r"|(?i:\bbearer\s+)[A-Za-z0-9\-._~+/]{20,}=*"            # bearer tokens
        r"|(?i:aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+=]{40}"), None),
    "EMAIL": (re.compile(
        r"(?<![\w.+-])[A-Za-z0-9_%+-]+(?:\s?\.\s?[A-Za-z0-9_%+-]+)*\s?(?:@|\[at\]|\(at\))\s?[A-Za-z0-9-]+(?:\s?(?:\.|\[dot\]|\(dot\))\s?[A-Za-z0-9-]+)*"
        r"\s?(?:\.|\[dot\]|\(dot\))\s?[A-Za-z]{2,}(?![\w-])"), None),
    "IBAN": (re.compile(r"\b[A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}(?:[ .-]?[A-Z0-9]{1,3})?\b"), iban_ok),
    "CREDIT_CARD": (re.compile(r"(?<!\d)(?:\d" + SEP + r"){12,18}\d(?!\d)"), _card_ok),
    "US_SSN": (re.compile(r"(?<![\d.-])\d{3}([ .-])\d{2}\1\d{4}(?![\d.-])"), _ssn_ok),
    "IP_ADDRESS": (re.compile(
        r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"
        r"|(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?![:\w])"
        r"|(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:?){0,5}[0-9A-Fa-f]{0,4}(?![:\w])"), _ip_ok),
    "PHONE": (re.compile(
        r"(?<![\w+\-])(?:\+\d{1,3}" + SEP + r"|00\d{1,3}" + SEP + r")?(?:\(\d{1,4}\)" + SEP + r")?"
        r"\d{1,4}(?:" + SEP + r"\d{2,4}){2,5}(?![\w-])"), _phone_ok),
}
KINDS = tuple(PATTERNS)  # checked in this order: an earlier kind claims overlapping text first


@lru_cache(maxsize=2)
def _ner(model: str):
    try:
        import spacy
    except ImportError:
        raise ConfigError("PII kind PERSON needs an NER backend", hint="pip install 'reasonrl[ner]' and set "
                          "compliance.pii.ner_model to a spaCy pipeline (e.g. en_core_web_sm)") from None
    try:
        return spacy.load(model, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy pipeline '{model}': {exc}", where="compliance.pii.ner_model") from None


def person_spans(text: str, ner_model: str) -> list[PiiSpan]:
    """PERSON entities from a spaCy pipeline (statistical or rule-based)."""
    return [PiiSpan(e.start_char, e.end_char, "PERSON") for e in _ner(ner_model)(text).ents if e.label_ == "PERSON"]


def detect_pii(text: str, kinds: tuple[str, ...] | list[str] = KINDS, ner_model: str | None = None) -> list[PiiSpan]:
    """All validated PII spans, non-overlapping, sorted by start. PERSON needs `ner_model`."""
    norm = normalize_same_length(text)
    taken: list[PiiSpan] = []
    for kind in (k for k in KINDS if k in kinds):
        pattern, valid = PATTERNS[kind]
        for m in pattern.finditer(norm):
            if valid is not None and not valid(m.group().strip()):
                continue
            if any(m.start() < s.end and s.start < m.end() for s in taken):
                continue
            taken.append(PiiSpan(m.start(), m.end(), kind))
    if "PERSON" in kinds and ner_model:
        taken += [p for p in person_spans(text, ner_model) if not any(p.start < s.end and s.start < p.end for s in taken)]
    return sorted(taken, key=lambda s: s.start)


def _replace(text: str, spans: list[PiiSpan]) -> str:
    out, pos = [], 0
    for span in spans:
        out.append(text[pos:span.start] + f"<{span.kind}>")
        pos = span.end
    return "".join(out) + text[pos:]


def redact_pii(text: str, kinds: tuple[str, ...] | list[str] = KINDS, ner_model: str | None = None) -> str:
    """Replace each span with a typed placeholder such as `<EMAIL>`."""
    return _replace(text, detect_pii(text, kinds, ner_model))


@FILTERS.register("pii")
class PiiRedact(Filter):
    """Redact the policy's `pii.redact` kinds; quarantine the record when a `pii.drop` kind is present."""

    name, version = "pii", "2"

    def apply(self, record: dict) -> FilterResult:
        redact, drop = set(self.policy.pii.redact), set(self.policy.pii.drop)
        kinds, ner = tuple(redact | drop), self.policy.pii.ner_model
        if "PERSON" in kinds and not ner:
            raise ConfigError("PII kind PERSON is in the policy but no NER backend is set",
                              where="compliance.pii.ner_model", hint="set it to a spaCy pipeline, or drop PERSON")
        spans = {f: detect_pii(record[f], kinds, ner) for f in text_fields(record)}  # one pass per field
        dropped = sorted({s.kind for found in spans.values() for s in found if s.kind in drop})
        if dropped:
            return FilterResult(None, [f"pii_drop:{k}" for k in dropped])
        changed = {f: _replace(record[f], found) for f, found in spans.items() if found}
        if not changed:
            return FilterResult(record)
        return FilterResult({**record, **changed}, [f"redacted:{','.join(sorted(changed))}"], modified=True)
