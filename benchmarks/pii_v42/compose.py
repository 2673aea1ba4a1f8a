"""Document composition for v42: headers, fillers with hard negatives, contact lines, directories."""

import re
import unicodedata

from faker import Faker

from . import (
    negs,
    screen,
    texts_de,
    texts_en,
    texts_es,
    texts_fr,
    texts_hi,
    texts_it,
    texts_nl,
    texts_pt,
    values,
)

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
# locale, language, region, borrowed region (or None), weight
LOCALES = [
    ("en_US", "en", "US", None, 100),
    ("en_GB", "en", "GB", None, 96),
    ("en_IN", "en", "IN", None, 60),
    ("en_AU", "en", "AU", "GB", 36),
    ("en_IE", "en", "IE", "GB", 36),
    ("de_DE", "de", "DE", None, 80),
    ("de_AT", "de", "AT", "DE", 22),
    ("de_CH", "de", "CH", "DE", 20),
    ("fr_FR", "fr", "FR", None, 76),
    ("fr_BE", "fr", "BE", "FR", 20),
    ("fr_CH", "fr", "CH", "FR", 18),
    ("es_ES", "es", "ES", None, 104),
    ("it_IT", "it", "IT", None, 104),
    ("nl_NL", "nl", "NL", None, 80),
    ("nl_BE", "nl", "BE", "NL", 32),
    ("pt_PT", "pt", "PT", None, 54),
    ("pt_BR", "pt", "BR", None, 60),
    ("hi", "hi", "IN", None, 84),
]
GENRES = ["gp", "hosp", "lab", "care", "tele", "eyedent", "helpline", "fitness"]
ORGS = {
    "gp": ["Lindenhof", "Brookside", "Riverbend", "Kastanje", "Santa Clara", "Ashgrove"],
    "hosp": ["St Aldric", "Westmark", "Hôpital Belvédère", "Clínica Aurora", "Nordklinik", "San Rocco"],
    "lab": ["Biolab Meridian", "Labcentrum Oost", "Analytica Sud", "Helix Diagnostics", "Synlab Vale"],
    "care": ["Rosewood", "Haus Abendrot", "Les Tilleuls", "Villa Serena", "De Meander", "Casa do Sol"],
    "tele": ["CareLink", "TeleDoc Plus", "MedVisio", "Consulta Já", "Zorgscherm"],
    "eyedent": ["Brightsmile", "Optik Klarblick", "Dentalia", "Visión Clara", "Studio Sorriso", "OogPunt"],
    "helpline": ["Lifeline Circle", "Stimmenhaus", "Écoute Amitié", "Mente Abierta", "Filo Diretto"],
    "fitness": ["PulseFit", "Vitalwerk", "Kiné Mouvement", "ActivaSport", "FysioFlex", "Corpo em Forma"],
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}
ROLE_MAIL = ["reception", "appointments", "results", "info", "physio", "care", "praxis", "contact"]
IBAN_GENRES = {"care", "fitness", "eyedent"}
CARD_GENRES = {"gp", "fitness"}
IP_GENRES = {"tele", "lab"}
NO_IBAN = {"en_US", "en_AU", "en_IN", "hi", "pt_BR"}
LOCAL_LOCALES = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "hi": "IN",
    "de_DE": "DE",
    "nl_NL": "NL",
    "pt_BR": "BR",
}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
SLOT_RE = re.compile(r"\{(\w+)\}")
OTHER_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]
_FAKERS = {}


def faker(loc):
    key = {"hi": "hi_IN", "de_CH": "de_CH", "fr_CH": "fr_CH", "nl_BE": "nl_BE", "fr_BE": "fr_BE"}.get(
        loc, loc
    )
    if key not in _FAKERS:
        _FAKERS[key] = Faker(key)
    return _FAKERS[key]


def person(rng, loc):
    f = faker(loc)
    f.seed_instance(rng.randint(0, 10**9))
    return f.first_name(), f.last_name()


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", s)


class Doc:
    """Lines with labelled spans, assembled left to right."""

    def __init__(self):
        self.lines = []  # list of (text, [(kind, start, end)])
        self.values = []

    def add(self, template, fixed_slots, value_slot=None, value=None):
        text = SLOT_RE.sub(lambda m: fixed_slots.get(m.group(1), m.group(0)), template)
        spans = []
        if value_slot:
            i = text.index("{" + value_slot + "}")
            text = text[:i] + value["text"] + text[i + len(value_slot) + 2 :]
            spans.append((value["kind"], i, i + len(value["text"])))
            self.values.append(value)
        self.lines.append((text, spans))

    def build(self):
        out, spans, pos = [], [], 0
        for text, sp in self.lines:
            for kind, a, b in sp:
                spans.append({"kind": kind, "start": pos + a, "end": pos + b})
            out.append(text)
            pos += len(text) + 1
        return "\n".join(out) + "\n", spans


def fill_negs(rng, template, lang, loc, regions):
    slots = {}
    for name in SLOT_RE.findall(template):
        if name in ("org", "name", "town") or name in slots:
            continue
        for _ in range(300):
            v = negs.draw(name, rng, lang, loc)
            if screen.value_ok(v, regions):
                break
        else:
            raise RuntimeError(f"hard negative {name} never passed")
        slots[name] = v
    return slots


def phone(rng, ctx, kind, style, mode):
    """kind: fixed, mobile, any, service; style: national/international; returns a value dict."""
    region = ctx["region"]
    if ctx["borrow"] and (kind == "service" or rng.random() < 0.5):
        region = ctx["borrow"]
    if kind == "any":
        kind = rng.choice(["fixed", "fixed", "mobile"])
    if kind == "service":
        num = values.service(rng, region)
    elif kind == "mobile":
        num = values.mobile(rng, region)
    else:
        num = values.fixed(rng, region)[0]
    if ctx["borrow"]:
        style = "international"
    if kind == "service":
        text = values.write(rng, num, "international" if style == "international" else "service")
        if style == "international":
            text = values.pn.format_number(num, values.PF.INTERNATIONAL)
    else:
        text = values.write(rng, num, style, kind == "mobile")
    if mode is None:
        mode = "international" if text.startswith(("+", "00", "(+")) else "national"
    return values.phone_value(num, mode, text)


def directory(rng, ctx, T, doc):
    layout = rng.randrange(3)
    doc.add(rng.choice(T.DIR_HEAD) + ":", {})
    roles = rng.sample(T.ROLES, rng.randint(3, 4))
    width = max(len(r) for r in roles) + 3
    for role in roles:
        v = phone(
            rng,
            ctx,
            rng.choice(["fixed", "fixed", "mobile", "service"]),
            "international" if rng.random() < 0.15 else "national",
            "list-entry",
        )
        if layout == 0:
            tpl = role + " " + "." * (width - len(role)) + " {phone}"
        elif layout == 1:
            tpl = "| " + role + " | {phone} |"
        else:
            tpl = "{phone} — " + role
        doc.add(tpl, {}, "phone", v)


def contact_lines(rng, ctx, T, genre, doc):
    loc = ctx["locale"]
    opts = ["general", "general", "mobile", "fixed", "abroad", "service", "email"]
    if loc in LOCAL_LOCALES:
        opts += ["local", "local"]
    if genre in IBAN_GENRES and loc not in NO_IBAN and T.IBAN:
        opts.append("iban")
    if genre in CARD_GENRES:
        opts.append("card")
    if genre in IP_GENRES:
        opts += ["ip", "ip"]
    if loc == "en_US" and genre == "hosp":
        opts.append("ssn")
    picks = rng.sample(opts, min(len(opts), rng.randint(2, 4)))
    used = set()
    for p in picks:
        national = "national" if rng.random() < 0.8 else "international"
        if p == "general":
            tpl = rng.choice([t for t in T.GENERAL if t not in used])
            doc.add(tpl, {}, "phone", phone(rng, ctx, "any", national, None))
        elif p == "mobile":
            tpl = T.MOBILE
            doc.add(tpl, {}, "phone", phone(rng, ctx, "mobile", national, None))
        elif p == "fixed":
            tpl = T.FIXED
            doc.add(tpl, {}, "phone", phone(rng, ctx, "fixed", national, None))
        elif p == "abroad":
            tpl = rng.choice(T.ABROAD)
            reg = ctx["region"] if rng.random() < 0.6 else rng.choice(OTHER_REGIONS)
            num = values.fixed(rng, reg)[0] if rng.random() < 0.7 else values.mobile(rng, reg)
            doc.add(
                tpl,
                {},
                "phone",
                values.phone_value(num, "international", values.write(rng, num, "international")),
            )
        elif p == "service":
            tpl = rng.choice([t for t in T.SERVICE if t not in used])
            doc.add(tpl, {}, "phone", dict(phone(rng, ctx, "service", national, None), mode="other"))
        elif p == "local":
            region = LOCAL_LOCALES[loc]
            tpl = rng.choice([t for t in T.LOCAL[region] if t not in used])
            num, town, pre, sub = values.fixed(rng, region)
            text = values.local_form(rng, region, sub)
            v = values.phone_value(num, "local-announced", text, len(pre.lstrip("0")))
            doc.add(tpl, {"town": town}, "local", v)
        elif p == "email":
            tpl = rng.choice([t for t in T.EMAIL if t not in used])
            dom = ascii_slug(ctx["org"]) + "." + TLD[ctx["region"]]
            if rng.random() < 0.5:
                addr, mode = rng.choice(ROLE_MAIL) + "@" + dom, "role"
            else:
                first, last = person(rng, "en_IN" if loc == "hi" else loc)
                addr = f"{ascii_slug(first)}{rng.choice(['.', '_', ''])}{ascii_slug(last)}@{dom}"
                mode = "personal"
            doc.add(tpl, {}, "email", {"kind": "EMAIL", "mode": mode, "text": addr})
        elif p == "iban":
            country = ctx["region"]
            text, mode = values.iban(rng, country)
            tpl = T.IBAN
            doc.add(tpl, {}, "iban", {"kind": "IBAN", "mode": mode, "text": text})
        elif p == "card":
            text, mode = values.card(rng)
            tpl = T.CARD
            doc.add(tpl, {}, "card", {"kind": "CREDIT_CARD", "mode": mode, "text": text})
        elif p == "ip":
            mode = rng.choice(["v4-private", "v4", "v6"])
            tpl = T.IP_PRIV if mode == "v4-private" else T.IP_PUB
            if tpl in used:
                continue
            doc.add(tpl, {}, "ip", {"kind": "IP_ADDRESS", "mode": mode, "text": values.ip(rng, mode)})
        elif p == "ssn":
            text, mode = values.ssn(rng)
            tpl = texts_en.SSN
            doc.add(tpl, {}, "ssn", {"kind": "US_SSN", "mode": mode, "text": text})
        used.add(tpl)


def compose(rng, loc_row, genre, positive):
    loc, lang, region, borrow, _ = loc_row
    T = TEXTS[lang]
    g = T.GENRES[genre]
    ctx = {"locale": loc, "region": region, "borrow": borrow, "org": rng.choice(ORGS[genre])}
    regions = [region] + ([borrow] if borrow else [])
    first, last = person(rng, loc)
    doc = Doc()
    doc.add(rng.choice(g["head"]), {"org": ctx["org"], "name": f"{first} {last}"})
    doc.add("", {})
    fills = rng.sample(g["fill"], rng.randint(2, min(4, len(g["fill"]))))
    for f in fills:
        doc.add(f, fill_negs(rng, f, lang, loc, regions))
    if positive:
        doc.add("", {})
        if rng.random() < 0.35:
            directory(rng, ctx, T, doc)
            if rng.random() < 0.6:
                contact_lines(rng, ctx, T, genre, doc)
        else:
            contact_lines(rng, ctx, T, genre, doc)
    elif rng.random() < 0.4:
        doc.add(rng.choice(T.NOPHONE), {})
    doc.add("", {})
    doc.add(g["sign"], {})
    text, spans = doc.build()
    phone_regions = {v["region"] for v in doc.values if v["kind"] == "PHONE"}
    return text, spans, doc.values, sorted(set(regions) | phone_regions)
