"""Assembles v46 documents from the sentence tables, numbers and screened negatives."""

import re
import unicodedata

from . import habits, lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, neg_words, numbers, pii

LEX = {
    "en": dict(
        g=lex_en.G,
        local=lex_en.LOCAL,
        head=lex_en.LIST_HEAD,
        labels=lex_en.LIST_LABELS,
        email=lex_en.EMAIL,
        card=lex_en.CARD,
        iban=lex_en.IBAN,
        ip=lex_en.IP,
        ssn=lex_en.SSN,
    ),
    "de": dict(
        g=lex_de_fr.DE,
        local=lex_de_fr.DE_LOCAL,
        head=lex_de_fr.DE_LIST,
        labels=lex_de_fr.DE_LABELS,
        email=lex_de_fr.DE_EMAIL,
        card=lex_de_fr.DE_CARD,
        iban=lex_de_fr.DE_IBAN,
        ip=lex_de_fr.DE_IP,
    ),
    "fr": dict(
        g=lex_de_fr.FR,
        head=lex_de_fr.FR_LIST,
        labels=lex_de_fr.FR_LABELS,
        email=lex_de_fr.FR_EMAIL,
        card=lex_de_fr.FR_CARD,
        iban=lex_de_fr.FR_IBAN,
        ip=lex_de_fr.FR_IP,
    ),
    "es": dict(
        g=lex_es_it.ES,
        head=lex_es_it.ES_LIST,
        labels=lex_es_it.ES_LABELS,
        email=lex_es_it.ES_EMAIL,
        card=lex_es_it.ES_CARD,
        iban=lex_es_it.ES_IBAN,
        ip=lex_es_it.ES_IP,
    ),
    "it": dict(
        g=lex_es_it.IT,
        head=lex_es_it.IT_LIST,
        labels=lex_es_it.IT_LABELS,
        email=lex_es_it.IT_EMAIL,
        card=lex_es_it.IT_CARD,
        iban=lex_es_it.IT_IBAN,
        ip=lex_es_it.IT_IP,
    ),
    "nl": dict(
        g=lex_nl_pt_hi.NL,
        local=lex_nl_pt_hi.NL_LOCAL,
        head=lex_nl_pt_hi.NL_LIST,
        labels=lex_nl_pt_hi.NL_LABELS,
        email=lex_nl_pt_hi.NL_EMAIL,
        card=lex_nl_pt_hi.NL_CARD,
        iban=lex_nl_pt_hi.NL_IBAN,
        ip=lex_nl_pt_hi.NL_IP,
    ),
    "pt": dict(
        g=lex_nl_pt_hi.PT,
        local=lex_nl_pt_hi.PT_LOCAL,
        head=lex_nl_pt_hi.PT_LIST,
        labels=lex_nl_pt_hi.PT_LABELS,
        email=lex_nl_pt_hi.PT_EMAIL,
        card=lex_nl_pt_hi.PT_CARD,
        iban=lex_nl_pt_hi.PT_IBAN,
        ip=lex_nl_pt_hi.PT_IP,
    ),
    "hi": dict(
        g=lex_nl_pt_hi.HI,
        local=lex_nl_pt_hi.HI_LOCAL,
        head=lex_nl_pt_hi.HI_LIST,
        labels=lex_nl_pt_hi.HI_LABELS,
        email=lex_nl_pt_hi.HI_EMAIL,
        card=lex_nl_pt_hi.HI_CARD,
        ip=lex_nl_pt_hi.HI_IP,
    ),
}
LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_PT", "pt_BR"],
    "hi": ["en_IN"],
}
LOCALE_W = {"en": [4, 4, 2, 1, 1], "de": [6, 1, 1], "fr": [5, 1, 1], "nl": [4, 1], "pt": [1, 2]}
HOME = {
    "en": ["US", "GB", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
CURRENCY = {
    "en_US": "$",
    "en_GB": "£",
    "en_IN": "₹",
    "en_AU": "A$",
    "en_IE": "€",
    "de_CH": "CHF",
    "fr_CH": "CHF",
    "pt_BR": "R$",
    "pt_PT": "€",
}
MOBILE_GENRES = {"sitter", "wedding", "fanclub", "raffle", "radio"}
SLOT = re.compile(r"\{(P|PR|L|T|E|C|IBAN|IP|SSN|NAME|N:\w+)\}")


def regions_of(locale, lang):
    region = locale.split("_")[1]
    nat = {
        "AT": "DE",
        "CH": "FR" if lang == "fr" else "DE",
        "BE": "FR" if lang == "fr" else "NL",
        "AU": "GB",
        "IE": "GB",
    }.get(region, region)
    return region, nat


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


class Doc:
    def __init__(self, ctx):
        self.ctx = ctx
        self.parts = []
        self.pos = 0
        self.spans = []
        self.values = []
        self.last_phone = None

    def add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def add_value(self, text, value):
        self.spans.append({"kind": value["kind"], "start": self.pos, "end": self.pos + len(text)})
        self.values.append(value)
        self.add(text)

    def text(self):
        return "".join(self.parts)


def phone_value(ctx, mode, list_entry=False):
    rng, region, nat = ctx["rng"], ctx["region"], ctx["nat"]
    mobile = ctx["genre"] in MOBILE_GENRES and rng.random() < 0.6
    if mode == "international":
        reg = region
        num = numbers.make(rng, reg, "mobile" if mobile else "fixed")
    elif mode == "other":
        reg = nat
        num = numbers.make(rng, reg, "service")
    else:
        reg = nat
        num = numbers.make(rng, reg, "mobile" if mobile else "fixed")
    text = habits.write(rng, num, reg, mode, mobile)
    return text, {
        "kind": "PHONE",
        "mode": "list-entry" if list_entry else mode,
        "text": text,
        "region": reg,
        "e164": numbers.e164(num),
        "area_len": None,
    }


def pick_mode(rng, region):
    own_intl_only = region in ("AT", "CH", "BE", "AU", "IE")
    x = rng.random()
    if x < (0.35 if own_intl_only else 0.2):
        return "international"
    if x < 0.42:
        return "other"
    return "national"


def fill(doc, template):
    ctx, rng = doc.ctx, doc.ctx["rng"]
    i = 0
    for m in SLOT.finditer(template):
        doc.add(template[i : m.start()])
        i = m.end()
        slot = m.group(1)
        if slot == "P":
            text, val = phone_value(ctx, pick_mode(rng, ctx["region"]))
            doc.last_phone = (text, val)
            doc.add_value(text, val)
        elif slot == "PR":
            text, val = doc.last_phone
            doc.add_value(text, dict(val))
        elif slot == "T":
            doc.add(ctx["town"])
        elif slot == "L":
            reg, area = ctx["local_region"], ctx["area"]
            num, sub = numbers.make_local(rng, reg, area)
            text = habits.write_local(rng, num, reg, area, sub)
            doc.add_value(
                text,
                {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": reg,
                    "e164": numbers.e164(num),
                    "area_len": len(area),
                },
            )
        elif slot == "NAME":
            doc.add(ctx["faker"].last_name() if rng.random() < 0.6 else ctx["faker"].first_name())
        elif slot.startswith("N:"):
            doc.add(ctx["drawer"].draw(slot[2:], ctx["lang"], ctx["screen"]))
        else:
            text, val = pii.make(slot, ctx)
            doc.add_value(text, val)
    doc.add(template[i:])


def list_block(doc, n):
    ctx, rng, lx = doc.ctx, doc.ctx["rng"], LEX[doc.ctx["lang"]]
    style = rng.randrange(4)
    head = rng.choice(lx["head"])
    doc.add("\n" + head + ("" if head.endswith(":") else ":") + "\n")
    for label in rng.sample(lx["labels"], n):
        mode = "other" if rng.random() < 0.12 else "national"
        text, val = phone_value(ctx, mode, list_entry=True)
        lead = {
            0: f"{label}: ",
            1: f"- {label} ",
            2: f"{label} {'.' * rng.randint(4, 12)} ",
            3: f"{label} | ",
        }[style]
        doc.add(lead)
        doc.add_value(text, val)
        doc.add("\n")


def count_local(template):
    return template.count("{L}")


def build(ctx, kind, n_local=0):
    rng, lx = ctx["rng"], LEX[ctx["lang"]]
    g = lx["g"][ctx["genre"]]
    neg_words.CUR_OVERRIDE["cur"] = CURRENCY.get(ctx["locale"])
    doc = Doc(ctx)
    title = rng.choice(g["title"])
    fill(doc, title)
    doc.add("\n\n")
    body = []
    if kind == "neg":
        pool = list(g["neg"])
        other = rng.choice([x for x in lx["g"] if x != ctx["genre"]])
        pool += lx["g"][other]["neg"][:1]
        body = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
    else:
        body = rng.sample(g["neg"], rng.randint(0, min(2, len(g["neg"]))))
        if n_local:
            cands = [t for t in lx["local"] if count_local(t) == n_local]
            body.append(rng.choice(cands))
            k = 1 if rng.random() < 0.35 else 0
        else:
            k = rng.choice([1, 1, 2]) if len(g["phone"]) > 1 else 1
        body += rng.sample(g["phone"], min(k, len(g["phone"])))
        rng.shuffle(body)
        extras = []
        if rng.random() < 0.3:
            extras.append(
                rng.choice(lx["email"]) if ctx["genre"] in ("parish", "wedding") else lx["email"][0]
            )
        if ctx["genre"] in ("boxoffice", "venue", "listings") and rng.random() < 0.25:
            extras.append(rng.choice(lx["card"]))
        if ctx["genre"] in ("parish", "wedding", "raffle", "funeral") and "iban" in lx and rng.random() < 0.2:
            extras.append(lx["iban"][0 if ctx["genre"] == "wedding" else 1])
        if ctx["genre"] in ("boxoffice", "listings", "fanclub", "festival") and rng.random() < 0.25:
            extras.append(rng.choice(lx["ip"]))
        if ctx["locale"] == "en_US" and ctx["genre"] in ("raffle", "sitter") and rng.random() < 0.4:
            extras.append(rng.choice(lx["ssn"]))
        body += extras
    for j, t in enumerate(body):
        fill(doc, t)
        doc.add("\n" if ctx["genre"] == "radio" else (" " if j < len(body) - 1 else "\n"))
    if kind == "pos" and not n_local and ctx["genre"] not in ("sitter", "radio") and rng.random() < 0.3:
        list_block(doc, rng.randint(2, 4))
    return doc
