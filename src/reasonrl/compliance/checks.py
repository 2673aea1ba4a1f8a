"""The data gate's own checks, written independently of the filters they audit.

A gate that calls the filter's detectors only confirms that the filter agrees with itself: a bug
in one is a bug in both. These are a second implementation of each promise, deliberately
simpler and stricter about what counts as certain: PII through python-stdnum's checksums and
libphonenumber at VALID leniency (international numbers, and national numbers of the compliance
policy's regions), a phone word right before a number (a subset of what the filter redacts, so clean
data passes), metadata rules re-derived from the compliance policy, contamination through its own n-gram
index. Language identity is lingua's in both places: it is a model, not a rule.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import re
from functools import lru_cache
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.us import ssn as std_ssn

from reasonrl.config.compliance import ComplianceConfig, DecontaminationRules, EvalTarget
from reasonrl.data.eval_sets import EVAL_SETS, eval_set_path
from reasonrl.errors import ConfigError

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b")
_CARD = re.compile(
    r"(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])|(?<!\d)3[47]\d{2}[ -]?\d{6}[ -]?\d{5}(?!\d)"
)
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)")
_ARITHMETIC = re.compile(r"[=+*/×÷<>]")
_DIGITS7 = re.compile(r"(?:\d[\s().\-/]*){7,}")  # cheap: libphonenumber only where a number could be
# A phone word touching a number ("Tel. 4565792", "Handy: 0171 2345678", "mobile 467 3395"): a
# phone in every region, local or national. Kept certain so clean data passes: the word right
# before it, groups of two digits or more, and nothing after it on the phrase that could make it a
# count ("Tel. 12 500 EUR") or a decimal.
_PHONE_LABEL = re.compile(
    r"(?i)(?<!\w)(?:t[eé]l|t[eé]l[eé](?:f|ph)\w*|phone\w*|mobil\w*|cell\w*|celular|m[oó]vil|fax|handy\w*"
    r"|portable|whatsapp)\.?[ \t]*[:.]?[ \t]*"
    r"(\(?\d{2,}\)?(?:[ .\-/]\d{2,}){0,5})(?=[ \t]*(?:$|\n|[,;)|·–]|[.\-](?!\d)))"
)
_DATE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{2,4}")
_MOBILE = phonenumbers.PhoneNumberType.MOBILE
# A number sign or a document word right before a number ("Invoice 0711-3432-7209", "Job no.
# 72-650-0360", "Fattura n. 87-428-6235"): a thing's number shaped like a phone is not certainly
# a phone, so the national re-check leaves it (the filter's own identifier rules decide there).
_THING = re.compile(
    r"(?i)(?:(?<!\w)(?:ref|reference|invoice|order|case|ticket|account|part|job|po|id|serial|tracking"
    r"|booking|policy|claim|application|docket|parcel|lot|batch|receipt|transaction|item|model|sku"
    r"|rechnung\w*|bestell\w*|auftrag\w*|kunden\w*|vorgang\w*|aktenzeichen|az|charge|facture|commande"
    r"|dossier|suivi|colis|factura|pedido|albar[aá]n|expediente|p[oó]liza|ordine|fattura|pratica"
    r"|protocollo|prenotazione|rif|factuur|bestelling|zaak\w*|klant\w*|chamado|protocolo|boleto"
    r"|encomenda|code|company|vat|p\.?iva|localizador|reserva|r[eé]servation|lotto|matricola|s[eé]rie"
    r"|r[eé]f|r[eé]f[eé]rence|processo|registration|quote|kenmerk|documento"
    r"|(?!tel|handy|mobil|fax|ruf|notruf|notfall|spoed)\w+(?:nummer|nr))\.?"
    r"(?:[ \t]*(?:no|nr|n[°º]|number|nummer|num[eé]ro|n[uú]mero)\.?)?"
    r"|(?<!\w)(?:no|nr|n)\.|n\.?[°º]|#)[ \t]*[:#]?[ \t]*(?:\w+[ \t]+){0,2}$"
)
_SECRET = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----|\bA[KS]IA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36,}"
)
# The major brands' prefixes with the lengths they issue (Visa 13/16/19, Mastercard 16, Amex 15,
# Discover 16-19): a Luhn-valid 18-digit run from a spreadsheet that starts "25" is not a card.
_MAJOR_BRANDS = {
    re.compile(r"4"): {13, 16, 19},
    re.compile(r"5[1-5]|2[2-7]"): {16},
    re.compile(r"3[47]"): {15},
    re.compile(r"6011|65"): {16, 17, 18, 19},
}


def pii_kinds(text: str, phone_regions: tuple[str, ...] | list[str] = ()) -> set[str]:
    """PII kinds certainly present in text (after redaction there must be none). Phones: any
    number in international form, national numbers of `phone_regions` (the compliance policy's) that
    libphonenumber calls VALID and that are written as phone numbers are (grouped by spaces,
    dashes, dots, slashes or an area code in parentheses; a bare digit run may be a quantity), and
    any 6-12 digit number a phone word announces. A region libphonenumber does not know fails
    closed: the gate cannot promise what it cannot check."""
    regions = _known_regions(phone_regions)
    found = set()
    if _EMAIL.search(text):
        found.add("EMAIL")
    if any(std_iban.is_valid(m.group()) for m in _IBAN.finditer(text)):
        found.add("IBAN")
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if any(p.match(digits) and len(digits) in n for p, n in _MAJOR_BRANDS.items()) and luhn.is_valid(
            digits
        ):
            found.add("CREDIT_CARD")
    if any(std_ssn.is_valid(m.group()) for m in _SSN.finditer(text)):
        found.add("US_SSN")
    if any(_is_ip(m.group()) for m in _IPV4.finditer(text)):
        found.add("IP_ADDRESS")
    if "+" in text and any(
        True for _ in phonenumbers.PhoneNumberMatcher(text, "ZZ", leniency=phonenumbers.Leniency.VALID)
    ):
        found.add("PHONE")  # region ZZ: only numbers written in international form can match
    elif any(
        _national_phone(text, m)
        for region in regions
        if _DIGITS7.search(text)
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
    ) or (regions and _announced_phone(text)):
        found.add("PHONE")
    if _SECRET.search(text):
        found.add("SECRET")
    return found


def _known_regions(phone_regions) -> tuple[str, ...]:
    unknown = sorted({r for r in phone_regions if r.upper() not in phonenumbers.SUPPORTED_REGIONS})
    if unknown:
        raise ConfigError(
            f"phone regions {unknown} are unknown to libphonenumber: the gate cannot check their numbers",
            where="compliance.pii.phone_regions",
            hint="use ISO 3166 alpha-2 codes such as DE, FR, US",
        )
    return tuple(r.upper() for r in phone_regions)


def _announced_phone(text: str) -> bool:
    """A number of 6-12 digits right after a phone word, not a date ("Tel. 4565792")."""
    return any(
        6 <= len(re.sub(r"\D", "", m.group(1))) <= 12 and not _DATE.fullmatch(m.group(1))
        for m in _PHONE_LABEL.finditer(text)
    )


def _national_phone(text: str, match) -> bool:
    """A VALID national number that is unmistakably written as a phone number: 9+ digits with an
    area code in parentheses, a trunk 0, or three or more groups of 2+ digits (not 4-4-4), no
    arithmetic around it ("960-480-120 = 360" is a sum, "4000/2000" a ratio) and no number sign
    or document word right before it; or a mobile in two halves of five ("98765 43210")."""
    raw, digits = match.raw_string, re.sub(r"\D", "", match.raw_string)
    around = text[max(0, match.start - 3) : match.start] + text[match.end : match.end + 3]
    if len(digits) < 9 or "/" in raw or _ARITHMETIC.search(around) or re.search(r"[.,]\s", raw):
        return False  # "$25,123.83. 82553" runs a price into the next sentence
    if _THING.search(text[max(0, match.start - 40) : match.start]):
        return False
    groups = [g for g in re.split(r"[\s.\-()]+", raw) if g]
    grouped = len(groups) >= 3 and min(map(len, groups)) >= 2 and not all(len(g) == 4 for g in groups)
    # a mobile in its home halves: India's "98765 43210" (five and five, the way it is printed)
    halves = [len(g) for g in groups] == [5, 5] and phonenumbers.number_type(match.number) == _MOBILE
    return "(" in raw or raw.startswith("0") or grouped or halves


def _is_ip(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


def licence_ok(record: dict, compliance: ComplianceConfig) -> bool:
    allowed = compliance.for_source(record.get("source")).allowed_licences or compliance.allowed_licences
    return str(record.get("licence") or "").casefold() in {a.casefold() for a in allowed}


def region_ok(record: dict, compliance: ComplianceConfig) -> bool:
    allowed = compliance.for_source(record.get("source")).allowed_regions or compliance.allowed_regions
    return allowed is None or record.get("region") in allowed


def residency_ok(record: dict, compliance: ComplianceConfig) -> bool:
    """Data from a region with residency rules is processed only where those rules permit."""
    permitted = compliance.residency.get(record.get("region") or "")
    return permitted is None or compliance.processing_region in permitted


def consent_ok(record: dict, compliance: ComplianceConfig) -> bool:
    required = compliance.for_source(record.get("source")).consent_required
    return record.get("consent") is True or not (
        compliance.consent_required if required is None else required
    )


class ContaminationIndex:
    """Eval-set n-grams over whitespace tokens stripped of punctuation (the filter tokenises with
    a regex; a different tokeniser is the point). Texts shorter than n count whole."""

    def __init__(self, rules: DecontaminationRules):
        self.rules = rules
        self.grams: dict[int, dict[tuple[str, ...], str]] = {rules.n: {}, rules.n_short: {}}
        for target in rules.targets:
            name, texts = _eval_texts(target)
            for text in texts:
                for n, table in self.grams.items():
                    for g in _ngrams(_tokens(text), n):
                        table.setdefault(g, name)

    def hit(self, text: str, task: str | None) -> str | None:
        n = self.rules.n_short if (task or "") in self.rules.short_tasks else self.rules.n
        return next((self.grams[n][g] for g in _ngrams(_tokens(text), n) if g in self.grams[n]), None)


def _tokens(text: str) -> list[str]:
    return [t for t in (re.sub(r"[^\w]", "", w) for w in text.casefold().split()) if t]


def _ngrams(tokens: list[str], n: int):
    return (
        [tuple(tokens)]
        if 0 < len(tokens) < n
        else [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    )


def _eval_texts(target: str | EvalTarget) -> tuple[str, list[str]]:
    if isinstance(target, str):
        name, path, fields = target, eval_set_path(target), EVAL_SETS[target].fields
    else:
        name, path, fields = target.name, Path(target.uri), tuple(target.fields)
    with (gzip.open if str(path).endswith(".gz") else open)(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return name, [str(r[f]) for r in rows for f in fields if r.get(f)]


@lru_cache(maxsize=2)
def contamination_index(rules_json: str) -> ContaminationIndex:
    return ContaminationIndex(DecontaminationRules.model_validate_json(rules_json))


def heldout_leaks(records: list[dict], leak_free: list[str]) -> dict[str, str]:
    """{record id: why} for held-out records that training has already seen, re-derived here from
    the records alone (not from ingest's `unseen_template` marks or report): a record of a set in
    `leak_free` leaks when its template, or its text up to case and whitespace, occurs in a
    training record. `<set>_unseen_template` names the part of a set whose template no training
    record has (the unseen language on unseen templates): there only the exact text can leak."""

    def text(r: dict) -> str:
        return " ".join(str(r.get("question") or "").casefold().split())

    train = [r for r in records if r.get("split") == "train"]
    templates = {r["template"] for r in train if r.get("template")}
    texts = {text(r) for r in train} - {""}
    leaks = {}
    for r in records:
        own = r.get("held_out")
        if r.get("split") != "test" or not own:
            continue
        fresh_template = not r.get("template") or r["template"] not in templates
        sets = {own} | ({f"{own}_unseen_template"} if fresh_template else set())
        guarded = sorted(sets & set(leak_free))
        if not guarded:
            continue
        if r.get("template") and not fresh_template:
            leaks[str(r.get("id"))] = f"{guarded[0]}: template {r['template']} is in training"
        elif text(r) in texts:
            leaks[str(r.get("id"))] = f"{guarded[0]}: its exact text is in training"
    return leaks
