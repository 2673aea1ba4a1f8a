"""Fill a template and record where each gold value landed (held-out set v4).

Slots in templates (anything else in braces is filler):
    {P:nat} {P:mob} {P:intl} {P:loc} {P:list} {P:svc}   a number of the document's region
    {PX}                                                a number of another country, international
    {E} {E:org}                                         e-mail of the main person / of the org
    {CC} {IBAN} {SSN} {IP4} {IP6}                        other gold values
    {N:<kind>}                                          a negative from negatives.make
Filler: {who} (the document's person, fixed), {name}, {first}, {last}, {org} (fixed), {company},
{street}, {city} (fixed), {town}, {date}, {time}, {n}, {nn}, {year}.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from faker import Faker

from benchmarks.pii_v4 import negatives, phones, values

SLOT = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z]+))?\}")
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "de_AT": "AT",
    "en_AU": "AU",
    "fr_BE": "BE",
}
IBAN_COUNTRY = {"US": "GB", "IN": "GB", "BR": "PT", "AU": "IE", "AT": "AT", "BE": "BE"}
FAKERS: dict[str, Faker] = {}


def faker_for(loc: str) -> Faker:
    if loc not in FAKERS:
        FAKERS[loc] = Faker(loc)
    return FAKERS[loc]


@dataclass
class Doc:
    locale: str
    rng: random.Random
    text: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    values: list[dict] = field(default_factory=list)
    pos: int = 0
    fixed: dict = field(default_factory=dict)

    def lit(self, s: str) -> None:
        self.text.append(s)
        self.pos += len(s)

    def gold(self, kind: str, s: str, meta: dict) -> None:
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(s)})
        self.values.append({"kind": kind, **meta, "text": s})
        self.lit(s)


def _phone(doc: Doc, mode: str, ocr: bool) -> tuple[str, dict]:
    rng, region = doc.rng, REGION[doc.locale]
    if mode == "x":
        region = rng.choice([r for r in phones.FOREIGN + phones.NINE if r != region])
        mode = "intl"
    if region not in phones.NINE:
        mode = "intl"
    if mode in ("loc", "list") and region not in phones.LOCAL_REGIONS:
        mode = "nat"
    kind = {"mob": "mobile", "svc": "service"}.get(mode, "geo")
    if mode in ("nat", "intl") and rng.random() < 0.45:
        kind = "mobile"
    ph = phones.draw_phone(rng, region, kind, local=mode in ("loc", "list"))
    if mode == "intl":
        text, label = phones.international(rng, ph), "international"
    elif mode in ("loc", "list"):
        text, label = phones.local(rng, ph), "local-announced" if mode == "loc" else "list-entry"
    else:
        text = phones.national(rng, ph)
        label = "other" if kind == "service" else "national"
    if ocr and rng.random() < 0.5:
        text = phones.ocr_spaced(rng, text)
    meta = {"mode": label, "region": ph.region, "e164": phones.e164(ph), "area_len": ph.area_len}
    return text, meta


def _email(doc: Doc, arg: str | None) -> tuple[str, dict]:
    fk, rng = faker_for(doc.locale), doc.rng
    first, last = doc.fixed["first"], doc.fixed["last"]
    if arg == "org":
        domain = doc.fixed["domain"]
    else:
        domain = rng.choice([fk.free_email_domain(), fk.free_email_domain(), doc.fixed["domain"]])
    text, mode = values.email(rng, first, last, domain)
    return text, {"mode": mode}


def _value(doc: Doc, key: str, arg: str | None, ocr: bool) -> tuple[str, str, dict] | None:
    rng = doc.rng
    if key == "P":
        return "PHONE", *_phone(doc, arg or "nat", ocr)
    if key == "PX":
        return "PHONE", *_phone(doc, "x", ocr)
    if key == "E":
        return "EMAIL", *_email(doc, arg)
    if key == "CC":
        text, mode = values.card(rng)
        return "CREDIT_CARD", text, {"mode": mode}
    if key == "IBAN":
        region = REGION[doc.locale]
        text, mode = values.iban(rng, IBAN_COUNTRY.get(region, region))
        return "IBAN", text, {"mode": mode}
    if key == "SSN":
        text, mode = values.ssn(rng)
        return "US_SSN", text, {"mode": mode}
    if key in ("IP4", "IP6"):
        text, mode = (values.ipv4 if key == "IP4" else values.ipv6)(rng)
        return "IP_ADDRESS", text, {"mode": mode}
    return None


def _filler(doc: Doc, key: str) -> str:
    fk, rng = faker_for(doc.locale), doc.rng
    if key in doc.fixed and key not in ("first", "last"):
        return doc.fixed[key]
    simple = {
        "name": fk.name,
        "first": fk.first_name,
        "last": fk.last_name,
        "company": fk.company,
        "street": fk.street_address,
        "town": fk.city,
    }
    if key in simple:
        return simple[key]()
    if key == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
        if doc.locale == "en_US":
            return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"])
        return rng.choice(
            [f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"]
        )
    if key == "time":
        return f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}"
    if key == "n":
        return str(rng.randint(2, 9))
    if key == "nn":
        return str(rng.randint(10, 99))
    if key == "year":
        return str(rng.randint(1995, 2025))
    raise KeyError(key)


def ocr_noise(rng: random.Random, s: str) -> str:
    """l->1 and O->0 confusions, only between two letters of literal template text."""
    out = list(s)
    for i in range(1, len(s) - 1):
        if s[i] == "l" and s[i - 1].isalpha() and s[i + 1].isalpha() and rng.random() < 0.25:
            out[i] = "1"
        elif s[i] == "O" and s[i - 1].isupper() and s[i + 1].isupper() and rng.random() < 0.5:
            out[i] = "0"
    return "".join(out)


def render(template: str, locale: str, rng: random.Random, ocr: bool = False) -> Doc:
    fk = faker_for(locale)
    fk.seed_instance(rng.randrange(2**31))
    first, last = fk.first_name(), fk.last_name()
    org = fk.company()
    word = values.ascii_word(org.split()[0]) or values.ascii_word(last) or "mail"
    tld = {"US": "com", "GB": "co.uk", "IN": "in", "BR": "com.br", "AU": "com.au"}.get(REGION[locale])
    domain = f"{word}.{tld or REGION[locale].lower()}"
    fixed = {"who": f"{first} {last}", "first": first, "last": last, "org": org, "city": fk.city()}
    doc = Doc(locale, rng, fixed=fixed | {"domain": domain})
    pos = 0
    for m in SLOT.finditer(template):
        piece = template[pos : m.start()]
        doc.lit(ocr_noise(rng, piece) if ocr else piece)
        key, arg = m.group(1), m.group(2)
        val = _value(doc, key, arg, ocr)
        if val is not None:
            doc.gold(val[0], val[1], val[2])
        elif key == "N":
            doc.lit(negatives.make(rng, arg, locale))
        else:
            doc.lit(_filler(doc, key))
        pos = m.end()
    tail = template[pos:]
    doc.lit(ocr_noise(rng, tail) if ocr else tail)
    return doc
