"""Composing v110 documents: locales, sentence filling and span bookkeeping."""

import re

import phonenumbers as pn

from . import habits, lex_de, lex_en, lex_fr, values
from . import numbers as nums
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, NL, PT
from .negs import KINDS, dirty


def _mod(m):
    return {
        k: getattr(m, k)
        for k in (
            "TITLES",
            "BODY",
            "PHONE",
            "PHONE2",
            "SERVICE",
            "LOCAL1",
            "LOCAL2",
            "EMAIL",
            "IP",
            "CARD",
            "IBAN",
            "SSN",
            "HEADS",
            "LABELS",
        )
    }


LEX = {
    "en": _mod(lex_en),
    "de": _mod(lex_de),
    "fr": _mod(lex_fr),
    "es": ES,
    "it": IT,
    "nl": NL,
    "pt": PT,
    "hi": HI,
}
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
# locale key -> (language, locale written, own region, home region for national and service numbers)
LOCALES = {
    "en_US": ("en", "en_US", "US", "US"),
    "en_GB": ("en", "en_GB", "GB", "GB"),
    "en_IN": ("en", "en_IN", "IN", "IN"),
    "en_AU": ("en", "en_AU", "AU", "GB"),
    "en_IE": ("en", "en_IE", "IE", "GB"),
    "de_DE": ("de", "de_DE", "DE", "DE"),
    "de_AT": ("de", "de_AT", "AT", "DE"),
    "de_CH": ("de", "de_CH", "CH", "DE"),
    "fr_FR": ("fr", "fr_FR", "FR", "FR"),
    "fr_BE": ("fr", "fr_BE", "BE", "FR"),
    "fr_CH": ("fr", "fr_CH", "CH", "FR"),
    "es_ES": ("es", "es_ES", "ES", "ES"),
    "it_IT": ("it", "it_IT", "IT", "IT"),
    "nl_NL": ("nl", "nl_NL", "NL", "NL"),
    "nl_BE": ("nl", "nl_BE", "BE", "NL"),
    "pt_BR": ("pt", "pt_BR", "BR", "BR"),
    "pt_PT": ("pt", "pt_PT", "PT", "PT"),
    "hi": ("hi", "en_IN", "IN", "IN"),
}
INTL_ONLY = {"AU", "IE", "AT", "CH", "BE"}
IBAN_CC = {"en": "DE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "DE"}
_TOK = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def pii(self, kind, value, **extra):
        start = len(self.text)
        self.text += value
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append(dict({"kind": kind, "text": value}, **extra))


class Composer:
    def __init__(self, rng, fake, drawer):
        self.rng, self.fake, self.drawer = rng, fake, drawer

    def regions(self, key):
        lang, _, own, home = LOCALES[key]
        return list(dict.fromkeys([own, home] + LANG_HOME[lang]))

    def phone(self, key, service=False):
        rng = self.rng
        _, _, own, home = LOCALES[key]
        if service:
            region = home
            nsn, k = nums.draw(rng, region, "other")
            return habits.service(rng, region, nsn, k), "other", region, nsn
        cls = rng.choice(["fixed", "fixed", "mobile"])
        if own in INTL_ONLY and rng.random() < 0.6:
            region, mode = own, "international"
        elif rng.random() < 0.25:
            region, mode = (own if own not in INTL_ONLY else home), "international"
            if rng.random() < 0.2:
                region = rng.choice(["US", "GB", "DE", "FR", "NL", "IT", "ES", "CH", "AT", "BE", "IE", "AU"])
        else:
            region, mode = home, "national"
        if (region, cls) not in nums.PREFIX:
            cls = "fixed"
        nsn, k = nums.draw(rng, region, cls)
        if mode == "international":
            return habits.international(rng, region, nsn, k), mode, region, nsn
        return habits.national(rng, region, nsn, k), mode, region, nsn

    def put_phone(self, doc, key, mode_override=None, service=False):
        text, mode, region, nsn = self.phone(key, service)
        doc.pii(
            "PHONE",
            text,
            mode=mode_override or mode,
            region=region,
            e164="+%d%s" % (nums.CC[region], nsn),
            area_len=None,
        )

    def fill(self, doc, key, tpl, ctx):
        pos = 0
        regions = self.regions(key)
        for m in _TOK.finditer(tpl):
            doc.add(tpl[pos : m.start()])
            name = m.group(1)
            pos = m.end()
            if name in KINDS:
                doc.add(self.drawer.draw(name, regions))
            elif name == "T":
                doc.add(ctx["town"])
            elif name in ("L1", "L2"):
                region, area = ctx["region"], ctx["area"]
                sub = ctx["subs"].pop(0)
                num = pn.parse("+%d%s%s" % (nums.CC[region], area, sub))
                assert pn.length_of_geographical_area_code(num) == len(area)
                doc.pii(
                    "PHONE",
                    habits.local(self.rng, region, sub),
                    mode="local-announced",
                    region=region,
                    e164="+%d%s%s" % (nums.CC[region], area, sub),
                    area_len=len(area),
                )
            elif name in ("P", "P2"):
                self.put_phone(doc, key, service=ctx.get("service", False))
            elif name == "E":
                mode = self.rng.choice(["role", "role", "personal"])
                doc.pii("EMAIL", values.email(self.rng, self.fake, mode), mode=mode)
            elif name == "IP":
                mode = self.rng.choice(["v4", "v4-private", "v6"])
                doc.pii("IP_ADDRESS", values.ip(self.rng, mode), mode=mode)
            elif name == "C":
                mode = self.rng.choice(["spaced", "solid", "dashed"])
                doc.pii("CREDIT_CARD", values.card(self.rng, mode), mode=mode)
            elif name == "IB":
                mode = self.rng.choice(["print", "electronic"])
                cc = IBAN_CC[LOCALES[key][0]]
                if key in ("de_AT", "nl_BE", "fr_BE"):
                    cc = {"de_AT": "AT", "nl_BE": "BE", "fr_BE": "BE"}[key]
                doc.pii("IBAN", values.iban(self.rng, cc, mode), mode=mode)
            elif name == "SSN":
                mode = self.rng.choice(["spaced", "dashed"])
                doc.pii("US_SSN", values.ssn(self.rng, mode), mode=mode)
            else:
                raise KeyError(name)
        doc.add(tpl[pos:])

    def body(self, doc, key, lx, genre, n):
        sents = self.rng.sample(lx["BODY"][genre], min(n, len(lx["BODY"][genre])))
        for i, s in enumerate(sents):
            self.fill(doc, key, s, {})
            doc.add(" " if i < len(sents) - 1 else "")

    def positive(self, key, genre, local=None):
        rng = self.rng
        lx = LEX[LOCALES[key][0]]
        doc = Doc()
        doc.add(rng.choice(lx["TITLES"][genre]) + "\n\n")
        self.body(doc, key, lx, genre, rng.choice((1, 2)))
        if local:
            pool = lx["LOCAL2"] if len(local["subs"]) == 2 else lx["LOCAL1"]
            doc.add(" " if rng.random() < 0.5 else "\n\n")
            self.fill(doc, key, rng.choice(pool), dict(local))
        n_phone = rng.choice((0, 0, 1)) if local else rng.choice((1, 1, 1, 2))
        seen = set()
        for _ in range(n_phone):
            r = rng.random()
            if r < 0.15 and lx["SERVICE"]:
                tpl, ctx = rng.choice(lx["SERVICE"]), {"service": True}
            elif r < 0.3:
                tpl, ctx = rng.choice(lx["PHONE2"]), {}
            else:
                tpl, ctx = rng.choice(lx["PHONE"]), {}
            if tpl in seen:
                continue
            seen.add(tpl)
            doc.add(" ")
            self.fill(doc, key, tpl, ctx)
        extras = [("EMAIL", 0.25), ("IP", 0.12), ("CARD", 0.05), ("IBAN", 0.06), ("SSN", 0.06)]
        for name, p in extras:
            if name == "SSN" and key != "en_US":
                continue
            if lx[name] and rng.random() < p:
                doc.add(" ")
                self.fill(doc, key, rng.choice(lx[name]), {})
        if rng.random() < 0.2:
            self.contact_list(doc, key, lx)
        doc.add("\n")
        return doc

    def contact_list(self, doc, key, lx):
        rng = self.rng
        doc.add("\n\n" + rng.choice(lx["HEADS"]) + "\n")
        labels = rng.sample(lx["LABELS"], rng.choice((1, 2, 3)))
        layout = rng.randrange(6)
        for label in labels:
            if layout == 0:
                doc.add(label + ": ")
                self.put_phone(doc, key, "list-entry")
            elif layout == 1:
                self.put_phone(doc, key, "list-entry")
                doc.add(" (" + label + ")")
            elif layout == 2:
                doc.add(label + " — ")
                self.put_phone(doc, key, "list-entry")
            elif layout == 3:
                doc.add("• " + label + ", ")
                self.put_phone(doc, key, "list-entry")
            elif layout == 4:
                doc.add(label + " ☎ ")
                self.put_phone(doc, key, "list-entry")
            else:
                doc.add(label + "\t")
                self.put_phone(doc, key, "list-entry")
            doc.add("\n")
        doc.text = doc.text.rstrip("\n")

    def negative(self, key, genre):
        rng = self.rng
        lx = LEX[LOCALES[key][0]]
        doc = Doc()
        doc.add(rng.choice(lx["TITLES"][genre]) + "\n\n")
        self.body(doc, key, lx, genre, rng.choice((2, 3, 4)))
        other = rng.choice(sorted(lx["BODY"]))
        if other != genre and rng.random() < 0.5:
            doc.add("\n\n")
            self.body(doc, key, lx, other, 1)
        doc.add("\n")
        return doc

    def clean(self, doc, key):
        text = doc.text
        for s in doc.spans:
            text = text[: s["start"]] + " " * (s["end"] - s["start"]) + text[s["end"] :]
        return not dirty(text, self.regions(key), whole=True)
