"""Composes the v82 documents from the lexicons, numbers, values and hard negatives."""

import random
import re

from faker import Faker

from . import corpus, lex_de_fr, lex_en, lex_more, negs, values
from . import numbers as N

SEED = 10082
LEX = {
    "en": {
        "TITLES": lex_en.TITLES,
        "POS": lex_en.POS,
        "NEG": lex_en.NEG,
        "LIST_HEADS": lex_en.LIST_HEADS,
        "LIST_LABELS": lex_en.LIST_LABELS,
    },
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_more.ES,
    "it": lex_more.IT,
    "nl": lex_more.NL,
    "pt": lex_more.PT,
    "hi": lex_more.HI,
}
# language -> [(locale, own region, region of national/list/service numbers)]
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
    "pt": [("pt_PT", "PT", "PT"), ("pt_BR", "BR", "BR")],
    "hi": [("en_IN", "IN", "IN")],
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
FAKER = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
LANG_W = {"en": 40, "de": 12, "fr": 10, "nl": 10, "pt": 10, "es": 6, "it": 6, "hi": 6}
# local-announced quota: region -> [(language, locale, count)]
LOCAL_Q = {
    "US": [("en", "en_US", 75)],
    "GB": [("en", "en_GB", 75)],
    "DE": [("de", "de_DE", 75)],
    "NL": [("nl", "nl_NL", 75)],
    "BR": [("pt", "pt_BR", 75)],
    "IN": [("en", "en_IN", 40), ("hi", "en_IN", 35)],
}
LAYOUTS = ["{label} — {p}", "{p} ({label})", "• {label}, {p}", "{label} = {p}", "{label} … tel. {p}"]
SSN_EN = [
    "Dosimetry enrolment for {name} lists SSN {ssn}; the radiation safety office is on {nat}.",
    "The access badge form for {name} (SSN {ssn}) went to the security office; queries on {nat}.",
]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
N_POS, N_NEG = 470, 310


_FAKERS = {}


def _faker(name):
    if name not in _FAKERS:
        _FAKERS[name] = Faker("en_US" if name == "mail" else name)
    return _FAKERS[name]


class Ctx:
    def __init__(self, rng, lang, locale, own, nat, drawer):
        self.rng, self.lang, self.locale, self.own, self.nat, self.drawer = (
            rng,
            lang,
            locale,
            own,
            nat,
            drawer,
        )
        self.fake = _faker(FAKER[lang])
        self.fake.seed_instance(rng.randrange(10**9))
        self.mailfake = _faker("mail")
        self.mailfake.seed_instance(rng.randrange(10**9))
        self.regions = sorted({own, nat, HOME[lang]})
        self.town = self.area = self.loc_region = None

    def phone(self, region, typ, mode):
        nsn, e164 = N.draw(self.rng, region, typ)
        text = (
            N.intl_form(self.rng, region, nsn)
            if mode == "international"
            else N.national_form(self.rng, region, nsn, typ)
        )
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": None,
        }

    def slot(self, name, arg, mode_override=None):
        r = self.rng
        if name == "n":
            return self.drawer(arg, self.regions), None
        if name == "name":
            return self.fake.name(), None
        if name == "town":
            return self.town, None
        if name in ("nat", "mob"):
            return self.phone(self.nat, "fixed" if name == "nat" else "mobile", mode_override or "national")
        if name == "free":
            return self.phone(self.nat, "other", "other")
        if name == "intl":
            if self.own != self.nat and r.random() < 0.7:
                reg = self.own
            else:
                reg = r.choice([x for x in N.SPEC if x != self.own])
            return self.phone(reg, r.choice(["fixed", "mobile"]), "international")
        if name in ("l1", "l2"):
            sub, e164 = N.draw_local(r, self.loc_region, self.area)
            text = N.local_form(r, self.loc_region, sub)
            return text, {
                "kind": "PHONE",
                "mode": "local-announced",
                "text": text,
                "region": self.loc_region,
                "e164": e164,
                "area_len": len(self.area),
            }
        if name in ("role", "mail"):
            text = values.email(r, self.mailfake, name == "role")
            return text, {"kind": "EMAIL", "mode": "role" if name == "role" else "personal", "text": text}
        if name in ("ip4", "ip4p", "ip6"):
            mode = {"ip4": "v4", "ip4p": "v4-private", "ip6": "v6"}[name]
            if name == "ip4" and r.random() < 0.25:
                mode = "v6"
            text = values.ip(r, mode)
            return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        if name == "card":
            mode = r.choice(["spaced", "solid", "dashed"])
            text = values.card(r, mode)
            return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        if name == "iban":
            mode = r.choice(["print", "electronic"])
            cands = [x for x in (self.own, self.nat) if x in values.IBAN_BBAN] or ["GB", "DE", "NL"]
            country = r.choice(cands) if len(cands) == 3 else cands[0]
            text = values.iban(r, country, mode)
            return text, {"kind": "IBAN", "mode": mode, "text": text}
        if name == "ssn":
            mode = r.choice(["spaced", "dashed"])
            text = values.ssn(r, mode)
            return text, {"kind": "US_SSN", "mode": mode, "text": text}
        raise KeyError(name)


def fill(ctx, template, out, spans, vals, mode_override=None):
    pos = 0
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        text, val = ctx.slot(m.group(1), m.group(2), mode_override)
        start = sum(len(x) for x in out)
        out.append(text)
        if val is not None:
            spans.append({"kind": val["kind"], "start": start, "end": start + len(text)})
            vals.append(val)
        pos = m.end()
    out.append(template[pos:])


def compose(ctx, genre, kind, local=None):
    r, lex = ctx.rng, LEX[ctx.lang]
    out, spans, vals = [], [], []
    out.append(r.choice(lex["TITLES"][genre]) + "\n\n")
    body = []
    if kind == "pos":
        k = r.choice([1, 2]) if local else r.choice([2, 2, 3])
        body += r.sample(lex["POS"][genre], min(k, len(lex["POS"][genre])))
        if ctx.locale == "en_US" and ctx.ssn_left[0] > 0 and genre == "unilab":
            body.append(r.choice(SSN_EN))
            ctx.ssn_left[0] -= 1
        body += r.sample(lex["NEG"][genre], min(r.choice([1, 1, 2]), len(lex["NEG"][genre])))
        r.shuffle(body)
        if local:
            body.insert(r.choice([0, 0, 1]), local)
    else:
        negs_ = lex["NEG"][genre]
        body += r.sample(negs_, min(len(negs_), r.choice([2, 3, 4])))
    for i, sent in enumerate(body):
        if i:
            out.append("\n\n" if r.random() < 0.35 else " ")
        fill(ctx, sent, out, spans, vals)
    out.append("\n")
    if kind == "pos" and not local and r.random() < 0.4:
        out.append("\n" + r.choice(lex["LIST_HEADS"]) + "\n")
        layout = r.choice(LAYOUTS)
        for label in r.sample(lex["LIST_LABELS"], r.choice([2, 3])):
            tmpl = layout.replace("{label}", label).replace(
                "{p}", "{" + r.choice(["nat", "nat", "mob"]) + "}"
            )
            fill(ctx, tmpl, out, spans, vals, mode_override="list-entry")
            out.append("\n")
    return "".join(out), spans, vals


def local_sentences(lang, region):
    if lang == "en":
        return lex_en.LOCAL[region]
    return LEX[lang]["LOCAL"]


def build():
    rng = random.Random(SEED)
    drawer = negs.Drawer(rng)
    docs, stats = [], {"doc_redraws": 0}
    ssn_left = [3]

    def make(lang, loc, genre, kind, local_region=None, need=None):
        locale, own, nat = loc
        while True:
            ctx = Ctx(rng, lang, locale, own, nat, drawer)
            ctx.ssn_left = ssn_left
            sent = None
            if local_region:
                ctx.loc_region = local_region
                ctx.town, ctx.area = rng.choice(N.AREAS[local_region])
                cands = [s for s in local_sentences(lang, local_region) if need > 1 or "{l2}" not in s]
                sent = rng.choice(cands)
            text, spans, vals = compose(ctx, genre, kind, sent)
            if not negs.doc_dirty(text, spans, ctx.regions):
                n = len(docs)
                pre = "hi-" if lang == "hi" else ""
                docs.append(
                    (
                        {
                            "id": f"{locale}-{kind}-{pre}{genre}-{n}",
                            "locale": locale,
                            "text": text,
                            "spans": spans,
                        },
                        {"values": vals},
                    )
                )
                return sum(v.get("mode") == "local-announced" for v in vals)
            stats["doc_redraws"] += 1

    for region, parts in LOCAL_Q.items():
        for lang, locale, count in parts:
            loc = next(x for x in LOCALES[lang] if x[0] == locale)
            left = count
            while left > 0:
                genre = rng.choice(sorted(LEX[lang]["POS"]))
                left -= make(lang, loc, genre, "pos", region, left)
    langs = sorted(LANG_W)
    weights = [LANG_W[x] for x in langs]
    for kind, n in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(n):
            lang = rng.choices(langs, weights)[0]
            loc = rng.choice(LOCALES[lang])
            genre = rng.choice(sorted(LEX[lang]["POS"]))
            make(lang, loc, genre, kind)
    cdocs = corpus.corpus_docs(rng)
    docs += [(d, {"values": []}) for d in cdocs]
    rng.shuffle(docs)
    stats.update(value_redraws=drawer.redraws, replaced=drawer.replaced, kinds_used=len(drawer.used))
    return docs, stats
