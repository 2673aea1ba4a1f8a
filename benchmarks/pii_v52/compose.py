"""Turns the sentence tables into labelled documents. Slots: {P} fixed line, {M} mobile, {T} toll-free or
shared-cost ('other'), {I} international, {L} local (with {town}), {E} role e-mail, {EP} personal e-mail,
{NAME}, {C} card, {IB} IBAN, {IP} IP address, {SSN} US SSN, {N:kind} hard negative."""

import re

from . import numbers as N
from . import values as V
from .lex_de_fr import DE, DE_LIST, DE_LOCAL, FR, FR_LIST
from .lex_en import EN, EN_LIST, EN_LOCAL, EN_LOCAL8
from .lex_es_it import ES, ES_LIST, IT, IT_LIST
from .lex_nl_pt_hi import HI, HI_LIST, HI_LOCAL, NL, NL_LIST, NL_LOCAL, PT, PT_LIST, PT_LOCAL

LEX = {
    "en": (EN, EN_LIST),
    "de": (DE, DE_LIST),
    "fr": (FR, FR_LIST),
    "es": (ES, ES_LIST),
    "it": (IT, IT_LIST),
    "nl": (NL, NL_LIST),
    "pt": (PT, PT_LIST),
    "hi": (HI, HI_LIST),
}
LOCAL = {"de": DE_LOCAL, "nl": NL_LOCAL, "pt": PT_LOCAL, "hi": HI_LOCAL}
# language -> [(locale, document region, region of national / list / service numbers)]
LOCALES = {
    "en": [
        ("en_US", "US", "US"),
        ("en_GB", "GB", "GB"),
        ("en_IN", "IN", "IN"),
        ("en_AU", "AU", "GB"),
        ("en_IE", "IE", "GB"),
    ],
    "de": [("de_DE", "DE", "DE"), ("de_AT", "AT", "DE"), ("de_CH", "CH", "DE")],
    "fr": [("fr_FR", "FR", "FR"), ("fr_BE", "BE", "FR"), ("fr_CH", "CH", "FR")],
    "es": [("es_ES", "ES", "ES")],
    "it": [("it_IT", "IT", "IT")],
    "nl": [("nl_NL", "NL", "NL"), ("nl_BE", "BE", "NL")],
    "pt": [("pt_BR", "BR", "BR"), ("pt_PT", "PT", "PT")],
    "hi": [("en_IN", "IN", "IN")],
}
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "CH", "AT", "BE", "IE", "AU"]
LAYOUTS = ["{lab} {dots} {ph}", "{ph} \u00b7 {lab}", "[{lab}] {ph}", "{lab} \u2192 {ph}", "{lab} | {ph}"]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Doc:
    def __init__(self, ctx):
        self.ctx = ctx
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def put(self, kind, text, value):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append(dict({"kind": kind}, **value))


def phone(doc, kind, intl=False, mode=None):
    c, rng = doc.ctx, doc.ctx["rng"]
    region = c["nat"]
    if intl:
        region = (
            c["region"] if c["region"] != c["nat"] else rng.choice([r for r in FOREIGN if r != c["region"]])
        )
    d = N.draw_nsn(rng, region, kind)
    forms = N.intl_forms(region, kind, d) if intl else N.national_forms(region, kind, d)
    text = rng.choice(forms)
    if mode is None:
        mode = "other" if kind == "other" else ("international" if intl else "national")
    e = N.e164(region, d)
    assert N.parses_back(text, region, e), (text, region, e)
    doc.put("PHONE", text, {"mode": mode, "text": text, "region": region, "e164": e, "area_len": None})


def fill(doc, template):
    c, rng = doc.ctx, doc.ctx["rng"]
    pos = 0
    for m in SLOT.finditer(template):
        doc.add(template[pos : m.start()])
        pos = m.end()
        name, arg = m.group(1), m.group(2)
        if name == "P":
            phone(doc, "fixed", intl=rng.random() < 0.12 and c["region"] == c["nat"])
        elif name == "M":
            phone(doc, "mobile", intl=rng.random() < 0.15)
        elif name == "T":
            phone(doc, "other")
        elif name == "I":
            phone(doc, rng.choice(["fixed", "mobile"]), intl=True)
        elif name == "L":
            region, area, sub_len = c["area"]
            sub = N.draw_local(rng, region, area, sub_len)
            text = rng.choice(N.local_forms(region, sub))
            e = N.e164(region, area + sub)
            assert N.parses_back(N.put_back(region, area, text), region, e)
            doc.put(
                "PHONE",
                text,
                {"mode": "local-announced", "text": text, "region": region, "e164": e, "area_len": len(area)},
            )
        elif name == "town":
            doc.add(c["town"])
        elif name == "NAME":
            doc.add(c["fake"].name())
        elif name in ("E", "EP"):
            t, mode = (V.email_role if name == "E" else V.email_personal)(rng, c["efake"])
            doc.put("EMAIL", t, {"mode": mode, "text": t})
        elif name == "C":
            t, mode = V.card(rng)
            doc.put("CREDIT_CARD", t, {"mode": mode, "text": t})
        elif name == "IB":
            cc = (
                c["region"]
                if c["region"] in V.IBAN_SHAPE
                else {"de": "DE", "fr": "FR", "nl": "NL"}.get(c["lang"], "GB")
            )
            t, mode = V.iban(rng, cc)
            doc.put("IBAN", t, {"mode": mode, "text": t})
        elif name == "IP":
            t, mode = V.ip(rng)
            doc.put("IP_ADDRESS", t, {"mode": mode, "text": t})
        elif name == "SSN":
            t, mode = V.ssn(rng)
            doc.put("US_SSN", t, {"mode": mode, "text": t})
        elif name == "N":
            doc.add(c["drawer"].draw(arg, c["lang"], c["screen"]))
            c["neg_kinds"].add(arg)
        else:
            raise KeyError(name)
    doc.add(template[pos:])


def usable(t, ctx):
    return "{SSN}" not in t or ctx["locale"] == "en_US"


def list_block(doc):
    rng, lang = doc.ctx["rng"], doc.ctx["lang"]
    heads, labels = LEX[lang][1]
    doc.add("\n\n" + rng.choice(heads) + "\n")
    layout = rng.choice(LAYOUTS)
    for lab in rng.sample(labels, rng.randint(2, 3)):
        pre, post = layout.split("{ph}")
        doc.add(pre.format(lab=lab, dots="." * rng.randint(3, 9)))
        phone(doc, rng.choice(["fixed", "mobile", "fixed"]), intl=rng.random() < 0.15, mode="list-entry")
        doc.add(post.format(lab=lab, dots="") + "\n")


def body(doc, genre, kinds):
    """kinds: list of 'p' / 'n' / 'loc' sentence slots, written in a shuffled paragraph."""
    rng, lang = doc.ctx["rng"], doc.ctx["lang"]
    g = LEX[lang][0][genre]
    doc.add(rng.choice(g["t"]) + "\n\n")
    chosen = []
    for k in kinds:
        if k == "loc":
            chosen.append(doc.ctx["local_sentence"])
        else:
            pool = [t for t in g[k] if usable(t, doc.ctx) and t not in chosen]
            if pool:
                chosen.append(rng.choice(pool))
    rng.shuffle(chosen)
    for i, t in enumerate(chosen):
        if i:
            doc.add("\n" if rng.random() < 0.35 else " ")
        fill(doc, t)


def local_sentence(rng, lang, region, sub_len, k):
    if lang == "en":
        pool = EN_LOCAL if sub_len == 7 else EN_LOCAL8
    else:
        pool = LOCAL[lang]
    pool = [t for t in pool if t.count("{L}") == k]
    return rng.choice(pool)
