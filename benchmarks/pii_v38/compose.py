"""Puts v38 documents together: header, fillers with hard negatives, contact lines with labelled values."""

import re

from faker import Faker

from . import negs, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V

TEXTS = {
    "en": texts_en,
    "de": texts_de,
    "fr": texts_fr,
    "es": texts_es,
    "it": texts_it,
    "nl": texts_nl,
    "pt": texts_pt,
    "hi": texts_hi,
}
GENRES = ["bank", "fraud", "credit", "dunning", "utility", "tax", "payroll", "insurance", "refund", "fund"]

# locale, language, own region, region of national / list / local / service numbers, documents
LOCALES = [
    ("en_US", "en", "US", "US", 70),
    ("en_GB", "en", "GB", "GB", 70),
    ("en_AU", "en", "AU", "GB", 40),
    ("en_IE", "en", "IE", "GB", 40),
    ("en_IN", "en", "IN", "IN", 50),
    ("de_DE", "de", "DE", "DE", 65),
    ("de_AT", "de", "AT", "DE", 30),
    ("de_CH", "de", "CH", "DE", 30),
    ("fr_FR", "fr", "FR", "FR", 60),
    ("fr_BE", "fr", "BE", "FR", 30),
    ("fr_CH", "fr", "CH", "FR", 25),
    ("es_ES", "es", "ES", "ES", 105),
    ("it_IT", "it", "IT", "IT", 105),
    ("nl_NL", "nl", "NL", "NL", 75),
    ("nl_BE", "nl", "BE", "NL", 40),
    ("pt_PT", "pt", "PT", "PT", 55),
    ("pt_BR", "pt", "BR", "BR", 60),
    ("en_IN", "hi", "IN", "IN", 90),
]
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
OTHER_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]

IBAN_G = {"bank", "credit", "dunning", "utility", "tax", "payroll", "insurance", "fund", "refund"}
CARD_G = {"fraud", "refund", "fund", "insurance", "bank"}
IP_G = {"bank", "fraud", "refund", "utility", "fund"}
SSN_G = {"tax", "payroll", "credit"}
LIST_G = {"bank", "credit", "dunning", "utility", "insurance", "payroll", "tax"}

# hard negatives that belong to some locales of a language only
RESTRICT = {
    ("pt", "boleto"): {"pt_BR"},
    ("pt", "cpf_no"): {"pt_BR"},
    ("pt", "mb_ref"): {"pt_PT"},
    ("pt", "tax_id"): {"pt_PT"},
    ("fr", "be_ogm"): {"fr_BE"},
    ("nl", "be_ogm"): {"nl_BE"},
}

ORGS = [
    "harwick",
    "lindqvist",
    "aldermoor",
    "brightwell",
    "veldhaven",
    "montclar",
    "serrania",
    "caldora",
    "oostwal",
    "ribeirinha",
    "kestrel",
    "nordau",
    "fiorenza",
    "lumiere",
    "tavira",
    "sundaram",
]
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_AU": "com.au",
    "en_IE": "ie",
    "en_IN": "in",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_PT": "pt",
    "pt_BR": "com.br",
}
ROLE_WORDS = {
    "en": ["billing", "collections", "help", "payroll", "renewals"],
    "de": ["rechnung", "forderungen", "kundenservice", "lohnbuero", "vertraege"],
    "fr": ["facturation", "recouvrement", "service-client", "paie", "contrats"],
    "es": ["facturacion", "cobros", "atencion", "nominas", "polizas"],
    "it": ["fatturazione", "recupero", "assistenza", "paghe", "polizze"],
    "nl": ["facturen", "incasso", "klantenservice", "salaris", "polissen"],
    "pt": ["faturacao", "cobrancas", "apoio", "salarios", "apolices"],
    "hi": ["billing", "recovery", "care", "payroll", "renewal"],
}
FAKER_LOC = {"hi": "hi_IN", "en_AU": "en_AU"}
PLACE = re.compile(r"\{(\w+)\}")
SPAN_KEYS = {"phone", "local", "email", "iban", "card", "ip", "ssn"}


_FAKERS = {}


def faker_for(loc):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


class Doc:
    """One document being drawn: its locale, its regions and the values drawn so far."""

    def __init__(self, rng, loc, lang, own, nat, genre, pos):
        self.rng, self.loc, self.lang, self.own, self.nat, self.genre, self.pos = (
            rng,
            loc,
            lang,
            own,
            nat,
            genre,
            pos,
        )
        self.fk = faker_for(FAKER_LOC.get(lang, loc))
        self.fk.seed_instance(rng.getrandbits(32))
        self.fk_mail = faker_for("en_IN" if lang == "hi" else loc)
        self.area = None
        self.org = rng.choice(ORGS)
        self.used = set()

    def neg(self, kind):
        regions = [self.own, self.nat]
        for _ in range(300):
            v = negs.NEGS[kind](self.rng, self.lang)
            if screen.value_ok(v, regions):
                return v
        raise RuntimeError(f"hard negative {kind} keeps failing the screen")

    def name(self):
        return f"{self.fk.first_name()} {self.fk.last_name()}"


def allowed(doc, template):
    return all(doc.loc in RESTRICT.get((doc.lang, k), {doc.loc}) for k in PLACE.findall(template))


def render(doc, template, slot):
    """Fill a template; slot(key) returns a value dict for span keys. Returns text, spans, values."""
    out, spans, vals, pos = [], [], [], 0
    length = 0
    for m in PLACE.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        key = m.group(1)
        if key in SPAN_KEYS:
            v = slot(key)
            spans.append({"kind": v["kind"], "start": length, "end": length + len(v["text"])})
            vals.append(v)
            s = v["text"]
        elif key == "name":
            s = doc.name()
        elif key == "town":
            s = doc.town
        else:
            s = doc.neg(key)
        out.append(s)
        length += len(s)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans, vals


def pick(doc, seq):
    seq = [t for t in seq if allowed(doc, t)]
    fresh = [t for t in seq if t not in doc.used]
    t = doc.rng.choice(fresh or seq)
    doc.used.add(t)
    return t


def phone_for(doc, line_kind, list_entry=False):
    rng = doc.rng
    if line_kind == "service":
        num = V.phone(rng, doc.nat, rng.choice(["tollfree", "tollfree", "shared"]))
        return V.phone_value("other", V.write_service(rng, num), num)
    kind = {"mobile": "mobile", "fixed": "fixed"}.get(line_kind, rng.choice(["fixed", "fixed", "mobile"]))
    if line_kind == "intl":
        region = doc.own if rng.random() < 0.6 else rng.choice([r for r in OTHER_REGIONS if r != doc.own])
        num = V.phone(rng, region, kind)
        return V.phone_value("international", V.write_intl(rng, num, doc.own), num)
    if doc.own in INTL_ONLY and rng.random() < 0.5:
        num = V.phone(rng, doc.own, kind)
        return V.phone_value(
            "list-entry" if list_entry else "international", V.write_intl(rng, num, doc.own), num
        )
    num = V.phone(rng, doc.nat, kind)
    if not list_entry and rng.random() < 0.2:
        return V.phone_value("international", V.write_intl(rng, num, doc.own), num)
    return V.phone_value("list-entry" if list_entry else "national", V.write_national(rng, num), num)


def local_value(doc):
    num, sub = V.local_number(doc.rng, doc.nat, doc.area)
    v = V.phone_value("local-announced", V.local_form(doc.rng, doc.nat, sub), num)
    v["area_len"] = len(doc.area)
    return v


def email_value(doc):
    rng = doc.rng
    tld = TLD.get(doc.loc, "in")
    if rng.random() < 0.55:
        text, mode = V.email(rng, rng.choice(ROLE_WORDS[doc.lang]), doc.org, tld)
    else:
        text, mode = V.email(rng, None, doc.org, tld, (doc.fk_mail.first_name(), doc.fk_mail.last_name()))
    return {"kind": "EMAIL", "mode": mode, "text": text}


def contact_block(doc):
    """Lines (as (template, slot) pairs) of a positive document."""
    rng, T = doc.rng, TEXTS[doc.lang].LINES
    lines = []
    n = rng.choice([1, 2, 2, 3])
    for _ in range(n):
        lk = rng.choices(["any", "mobile", "fixed", "intl", "service"], [5, 2, 2, 2, 2])[0]
        lines.append((pick(doc, T[lk]), lambda key, lk=lk: phone_for(doc, lk)))
    if "local" in T and doc.own == doc.nat and doc.nat in V.AREAS and rng.random() < 0.45:
        doc.area, town = rng.choice(V.AREAS[doc.nat])
        doc.town = V.HINDI_TOWNS[town] if doc.lang == "hi" else town
        lines.append((pick(doc, T["local"]), lambda key: local_value(doc)))
    if doc.genre in LIST_G and rng.random() < 0.35:
        head = rng.choice(T["list_head"])
        roles = rng.sample(T["roles"], rng.choice([2, 2, 3, 4]))
        layout = rng.choice(["dots", "pipe"])
        rows = [head + ":"] if layout == "pipe" else [head]
        for role in roles:
            if layout == "dots":
                rows.append(role + " " + "." * max(3, 24 - len(role)) + " {phone}")
            else:
                rows.append(f"{role} | {rng.choice(T['hours'])} | " + "{phone}")
        lines.append(("\n".join(rows), lambda key: phone_for(doc, "any", list_entry=True)))
    if rng.random() < 0.5:
        lines.append((pick(doc, T["email"]), lambda key: email_value(doc)))
    if (
        doc.genre in IBAN_G
        and "iban" in T
        and doc.loc in V.IBAN_CC
        and doc.loc not in ("en_US", "en_AU", "en_IN")
        and rng.random() < 0.35
    ):
        lines.append((T["iban"][0], lambda key: V.iban(rng, V.IBAN_CC[doc.loc])))
    if doc.genre in CARD_G and rng.random() < 0.3:
        lines.append((T["card"][0], lambda key: V.card(rng)))
    if doc.genre in IP_G and rng.random() < 0.3:
        want = "v4-private" if doc.genre == "utility" and rng.random() < 0.6 else None
        lines.append((T["ip"][0], lambda key: V.ip(rng, want)))
    if doc.loc == "en_US" and doc.lang == "en" and doc.genre in SSN_G and rng.random() < 0.4:
        lines.append((T["ssn"][0], lambda key: V.ssn(rng)))
    rng.shuffle(lines)
    return lines


def draw(rng, loc, lang, own, nat, genre, pos):
    doc = Doc(rng, loc, lang, own, nat, genre, pos)
    doc.town = ""
    G = TEXTS[lang].GENRES[genre]
    fills = [t for t in G["fill"] if allowed(doc, t)]
    rng.shuffle(fills)
    parts = [(pick(doc, G["title"]), None), ("", None), (fills[0], None), (fills[1], None)]
    if pos:
        parts += contact_block(doc)
    elif rng.random() < 0.4:
        parts.append((rng.choice(TEXTS[lang].LINES["nophone"]), None))
    parts += [(f, None) for f in fills[2:3]]
    parts += [("", None), (rng.choice(G["sign"]), None)]
    text, spans, vals = "", [], []
    for template, slot in parts:
        t, s, v = render(doc, template, slot)
        for sp in s:
            sp["start"] += len(text)
            sp["end"] += len(text)
        text += t + "\n"
        spans += s
        vals += v
    return text, spans, vals


def make_doc(rng, loc, lang, own, nat, genre, pos):
    """Draw until the document passes the screen (masked spans: no phone match, no guard hit)."""
    for attempt in range(60):
        text, spans, vals = draw(rng, loc, lang, own, nat, genre, pos)
        touch = any(
            text[s["start"] - 1 : s["start"]].isalnum() or text[s["end"] : s["end"] + 1].isalnum()
            for s in spans
        )
        if not touch and screen.doc_ok(text, spans, [own, nat]):
            return text, spans, vals, attempt
    raise RuntimeError(f"document {loc} {genre} keeps failing the screen")
