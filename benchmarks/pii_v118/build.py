"""Composes v118's documents: positives, hard negatives and corpus negatives, screened and shuffled."""

import random
import re

import phonenumbers as pn
from faker import Faker

from . import corpus, negs, values
from . import numbers as N
from .lex_en import EN, HEADS_EN, LABELS_EN, LOCAL_EN
from .lex_eu import DE, ES, FR, HEADS, IT, LABELS, LOCAL_DE
from .lex_nl_pt_hi import HEADS2, HI, LABELS2, LOCAL_HI, LOCAL_NL, LOCAL_PT, NL, PT

SEED = 23118
LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
HEADS_ALL = {"en": HEADS_EN, **HEADS, **HEADS2}
LABELS_ALL = {"en": LABELS_EN, **LABELS, **LABELS2}
# key: (language, locale, own region, region for national/list/other numbers)
LOCALES = {
    "en_US": ("en", "en_US", "US", "US"),
    "en_GB": ("en", "en_GB", "GB", "GB"),
    "en_IN": ("en", "en_IN", "IN", "IN"),
    "en_IE": ("en", "en_IE", "IE", "GB"),
    "en_AU": ("en", "en_AU", "AU", "GB"),
    "de_DE": ("de", "de_DE", "DE", "DE"),
    "de_AT": ("de", "de_AT", "AT", "DE"),
    "de_CH": ("de", "de_CH", "CH", "DE"),
    "fr_FR": ("fr", "fr_FR", "FR", "FR"),
    "fr_BE": ("fr", "fr_BE", "BE", "FR"),
    "es_ES": ("es", "es_ES", "ES", "ES"),
    "it_IT": ("it", "it_IT", "IT", "IT"),
    "nl_NL": ("nl", "nl_NL", "NL", "NL"),
    "nl_BE": ("nl", "nl_BE", "BE", "NL"),
    "pt_BR": ("pt", "pt_BR", "BR", "BR"),
    "pt_PT": ("pt", "pt_PT", "PT", "PT"),
    "hi": ("hi", "en_IN", "IN", "IN"),
}
POS_WEIGHTS = {
    "en_US": 70,
    "en_GB": 60,
    "en_IN": 30,
    "en_IE": 15,
    "en_AU": 15,
    "de_DE": 45,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 40,
    "fr_BE": 10,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 35,
    "nl_BE": 10,
    "pt_BR": 25,
    "pt_PT": 15,
    "hi": 20,
}
NEG_SHARE = 0.68
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
# local regions: (key, region, values wanted)
LOCAL_PLAN = [
    ("en_US", "US", 75),
    ("en_GB", "GB", 75),
    ("de_DE", "DE", 75),
    ("nl_NL", "NL", 75),
    ("pt_BR", "BR", 75),
    ("en_IN", "IN", 40),
    ("hi", "IN", 35),
]
LOCAL_TPL = {
    ("en", "US"): LOCAL_EN["US"],
    ("en", "GB"): LOCAL_EN["GB"],
    ("en", "IN"): LOCAL_EN["IN"],
    ("de", "DE"): LOCAL_DE,
    ("nl", "NL"): LOCAL_NL,
    ("pt", "BR"): LOCAL_PT,
    ("hi", "IN"): LOCAL_HI,
}
LAYOUTS = ["{L}: {P}", "• {L} — {P}", "{P} ({L})", "{L} = {P}", "{L}, tel. {P}"]
FAKER_LOC = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
COMMA = {
    "repeater-frequency",
    "offset-and-tone",
    "antenna-dimensions",
    "resistance-reading",
    "print-settings",
}
SLOT = re.compile(r"\{(P|E|CARD|IBAN|IP|SSN|name|town|L1|L2|n:[a-z-]+)\}")


class Ctx:
    def __init__(self, rng, key):
        self.rng, self.key = rng, key
        self.lang, self.locale, self.own, self.nat = LOCALES[key]
        self.regions = sorted({self.own, self.nat, *HOME[self.lang]})
        self.text, self.spans, self.vals = "", [], []
        self.town, self.locals = None, []

    def add(self, s):
        self.text += s

    def value(self, kind, mode, s, **extra):
        self.spans.append({"kind": kind, "start": len(self.text), "end": len(self.text) + len(s)})
        self.vals.append({"kind": kind, "mode": mode, "text": s, **extra})
        self.text += s


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.fakers = {lang: Faker(loc) for lang, loc in FAKER_LOC.items()}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)
        self.mail_faker = Faker("en_US")
        self.mail_faker.seed_instance(seed + 99)
        self.drawer = negs.Drawer(self.rng)
        self.doc_redraws = 0

    def phone(self, c: Ctx, mode=None):
        rng = self.rng
        mode = mode or rng.choices(["national", "international", "other"], [55, 30, 15])[0]
        if mode == "other":
            num = N.draw(rng, c.nat, "toll")
            s = N.national(rng, num)
        elif mode in ("national", "list-entry"):
            num = N.draw(rng, c.nat, rng.choice(["fixed", "mobile"]))
            s = N.national(rng, num)
        else:
            reg = (
                c.own
                if rng.random() < 0.8
                else rng.choice(["US", "GB", "DE", "FR", "NL", "IT", "ES", "CH", "AT"])
            )
            num = N.draw(rng, reg, rng.choice(["fixed", "mobile"]))
            s = N.international(rng, num)
        reg = pn.region_code_for_number(num)
        c.value("PHONE", mode, s, region=reg, e164=N.e164(num), area_len=None)

    def slot(self, c: Ctx, name):
        rng = self.rng
        if name == "P":
            self.phone(c)
        elif name == "E":
            c.value("EMAIL", *values.email(rng, self.mail_faker))
        elif name == "CARD":
            c.value("CREDIT_CARD", *values.card(rng))
        elif name == "IBAN":
            c.value("IBAN", *values.iban(rng, c.locale if c.key != "hi" else "en_IN"))
        elif name == "IP":
            c.value("IP_ADDRESS", *values.ip(rng))
        elif name == "SSN":
            c.value("US_SSN", *values.ssn(rng))
        elif name == "name":
            c.add(self.fakers[c.lang].name())
        elif name == "town":
            c.add(c.town)
        elif name in ("L1", "L2"):
            num, area = c.locals[int(name[1]) - 1]
            c.value(
                "PHONE",
                "local-announced",
                N.local(rng, num),
                region=c.local_region,
                e164=N.e164(num),
                area_len=len(area),
            )
        else:
            kind = name[2:]
            v = self.drawer(kind, c.regions, comma=c.lang != "en" and kind in COMMA)
            c.add(v)

    def render(self, c: Ctx, tpl):
        pos = 0
        for m in SLOT.finditer(tpl):
            c.add(tpl[pos : m.start()])
            self.slot(c, m.group(1))
            pos = m.end()
        c.add(tpl[pos:])

    def usable(self, c: Ctx, tpl):
        if "{IBAN}" in tpl and values.IBAN_CC.get(c.locale) is None:
            return False
        return "{SSN}" not in tpl or c.locale == "en_US"

    def compose(self, key, polarity, genre, local=None):
        for _ in range(50):
            c = Ctx(self.rng, key)
            rng, cell = self.rng, LEX[c.lang][genre]
            c.add(rng.choice(cell["titles"]) + "\n\n")
            sents = []
            if polarity == "pos":
                pool = [t for t in cell["pos"] if self.usable(c, t)]
                sents = rng.sample(pool, 1 if local else 2)
            negs_ = rng.sample(
                cell["neg"], 1 if polarity == "pos" else min(len(cell["neg"]), rng.randint(2, 3))
            )
            body = sents + negs_
            rng.shuffle(body)
            if local:
                c.local_region, c.town, area, tpl = local
                c.locals = [(N.draw(rng, c.local_region, "fixed", area), area) for _ in range(2)]
                body.insert(rng.randint(0, 1), tpl)
            for i, t in enumerate(body):
                self.render(c, ("" if i == 0 else " ") + t)
            c.add("\n")
            if polarity == "pos" and rng.random() < 0.2:
                c.add("\n" + rng.choice(HEADS_ALL[c.lang]) + "\n")
                lay = rng.choice(LAYOUTS)
                for lab in rng.sample(LABELS_ALL[c.lang], rng.randint(1, 2)):
                    a, b = lay.split("{P}")
                    c.add(a.replace("{L}", lab))
                    self.phone(c, "list-entry")
                    c.add(b.replace("{L}", lab) + "\n")
            blank = list(c.text)
            for sp in c.spans:
                blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
            if not negs.doc_hits("".join(blank), c.regions):
                return c
            self.doc_redraws += 1
        raise RuntimeError("document keeps failing its screen")

    def build(self):
        rng = self.rng
        plan = []
        for key, w in POS_WEIGHTS.items():
            genres = sorted(LEX[LOCALES[key][0]])
            plan += [(key, "pos", genres[i % len(genres)], None) for i in range(w * 9 // 10)]
            plan += [(key, "neg", genres[(i + 3) % len(genres)], None) for i in range(int(w * NEG_SHARE))]
        for key, region, want in LOCAL_PLAN:
            lang = LOCALES[key][0]
            genres = sorted(LEX[lang])
            got, i = 0, 0
            while got < want:
                tpl = rng.choice(LOCAL_TPL[(lang, region)])
                k = 2 if "{L2}" in tpl else 1
                if got + k > want:
                    continue
                town, area = rng.choice(N.AREAS[region])
                plan.append((key, "pos", genres[i % len(genres)], (region, town, area, tpl)))
                got, i = got + k, i + 1
        docs = []
        for n, (key, pol, genre, local) in enumerate(plan):
            c = self.compose(key, pol, genre, local)
            gid = ("hi-" if key == "hi" else "") + genre
            docs.append(
                (
                    {
                        "id": f"{c.locale}-{pol}-{gid}-{n}",
                        "locale": c.locale,
                        "text": c.text,
                        "spans": c.spans,
                    },
                    {"values": c.vals},
                )
            )
        docs += corpus.load(rng)
        rng.shuffle(docs)
        return docs
