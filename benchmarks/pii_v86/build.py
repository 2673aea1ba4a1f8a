"""Assembles v86's documents from the sentence tables, numbers and negatives."""

import random
import re

import phonenumbers as pn
from faker import Faker
from stdnum import iban as std_iban

from . import negs, numbers
from .lex_de_fr import DE, FR
from .lex_en import EN
from .lex_en import LIST_HEADS as EN_HEADS
from .lex_en import LIST_LABELS as EN_LABELS
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, LIST_HEADS, LIST_LABELS, NL, PT

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
LIST_HEADS = dict(LIST_HEADS, en=EN_HEADS)
LIST_LABELS = dict(LIST_LABELS, en=EN_LABELS)

# locale: (language, own region, region of national/list/service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
IBAN_LOCALE = {
    "en_GB": "en_GB",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_BE": "nl_BE",
    "fr_CH": "de_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
}
FOREIGN = ["GB", "DE", "FR", "NL", "ES", "IT", "CH", "AT", "US", "IE"]
# positive (non-local) and negative documents per locale, and Hindi
PLAN = {
    "en_US": (50, 33),
    "en_GB": (50, 33),
    "en_IN": (25, 14),
    "en_AU": (18, 11),
    "en_IE": (18, 11),
    "de_DE": (32, 19),
    "de_AT": (11, 6),
    "de_CH": (11, 6),
    "fr_FR": (30, 15),
    "fr_BE": (9, 5),
    "fr_CH": (8, 5),
    "es_ES": (30, 17),
    "it_IT": (30, 17),
    "nl_NL": (28, 17),
    "nl_BE": (9, 6),
    "pt_BR": (28, 17),
    "pt_PT": (22, 13),
    "hi": (22, 14),
}
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
ROLES = [
    "enquiries",
    "bookings",
    "archives",
    "library",
    "learning",
    "reprographics",
    "friends",
    "info",
    "searchroom",
    "loans",
]
LAYOUTS = ["• {l}: {p}", "{l}\t{p}", "{p} ({l})", "{l} – {p}", "{l} ☎ {p}"]


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)
        self.ibans = {}
        self.stats = {"value_redraws": 0, "doc_redraws": 0, "replaced": 0, "kinds": set()}

    # values ------------------------------------------------------------------------------------
    def phone(self, region, kind, intl, mode):
        e = numbers.draw(self.rng, region, kind)
        return numbers.written(self.rng, region, e, intl), dict(
            kind="PHONE", mode=mode, region=region, e164=e, area_len=None
        )

    def card(self):
        r = self.rng
        pre, n = r.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("34", 15), ("37", 15)])
        while True:
            body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
            for c in "0123456789":
                if negs.luhn(body + c):
                    s = body + c
                    break
            mode = r.choice(["spaced", "solid", "dashed"])
            if mode == "solid":
                return s, mode
            g = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
            parts, i = [], 0
            for k in g:
                parts.append(s[i : i + k])
                i += k
            return (" " if mode == "spaced" else "-").join(parts), mode

    def iban(self, locale):
        fl = IBAN_LOCALE[locale]
        if fl not in self.ibans:
            f = Faker(fl)
            f.seed_instance(sum(map(ord, fl)))
            self.ibans[fl] = f
        for _ in range(500):
            v = self.ibans[fl].iban()
            if std_iban.is_valid(v):
                break
        else:
            raise RuntimeError(fl)
        if self.rng.random() < 0.6:
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4)), "print"
        return v, "electronic"

    def ip(self, which):
        r = self.rng
        if which == "IPp":
            return r.choice(
                [
                    f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}",
                    f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                ]
            ), "v4-private"
        if which == "IP4":
            return (
                f"{r.choice([31, 62, 81, 93, 141, 185, 194, 212])}.{r.randint(0, 255)}."
                f"{r.randint(0, 255)}.{r.randint(1, 254)}",
                "v4",
            )
        head = r.choice(["2001:67c", "2a02:8108", "2a01:4f8", "2003:e6"])
        return head + ":" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(6)), "v6"

    def ssn(self):
        r = self.rng
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        mode = r.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}", mode

    def email(self, role):
        dom = self.fake.domain_name()
        if role:
            return f"{self.rng.choice(ROLES)}@{dom}", "role"
        return f"{self.fake.first_name().lower()}.{self.fake.last_name().lower()}@{dom}", "personal"

    def neg(self, kind, lang, regions):
        fn = negs.KINDS[kind]
        for _ in range(200):
            v = fn(self.rng, lang)
            if not negs.dirty(v, regions):
                self.stats["kinds"].add(kind)
                return v
            self.stats["value_redraws"] += 1
        self.stats["replaced"] += 1
        self.stats.setdefault("bad", []).append((kind, lang))
        return "–"

    # documents ---------------------------------------------------------------------------------
    def fill(self, parts, locale, lang, locals_=None):
        """parts: template strings joined into one text; returns text, spans, values."""
        _l, own, nat = LOCALES[locale]
        regions = sorted(set([own, nat] + negs.HOME[lang]))
        text, spans, values = "", [], []
        li = 0
        for tpl in parts:
            pos = 0
            for m in SLOT.finditer(tpl):
                text += tpl[pos : m.start()]
                pos = m.end()
                name, arg = m.group(1), m.group(2)
                val = None
                if name == "N":
                    text += self.neg(arg, lang, regions)
                    continue
                if name == "T":
                    text += locals_["town"]
                    continue
                if name in ("L", "L2"):
                    s, e164 = locals_["nums"][li]
                    li += 1
                    val = dict(
                        kind="PHONE",
                        mode="local-announced",
                        region=locals_["region"],
                        e164=e164,
                        area_len=locals_["area_len"],
                    )
                elif name == "P":
                    s, val = self.phone(nat, "fixed", False, "national")
                elif name == "M":
                    s, val = self.phone(nat, "mobile", False, "national")
                elif name == "I":
                    reg = own if own != nat else self.rng.choice([r for r in FOREIGN if r != own])
                    s, val = self.phone(reg, self.rng.choice(["fixed", "mobile"]), True, "international")
                elif name == "O":
                    s, val = self.phone(nat, "free", False, "other")
                elif name in ("E", "Ep"):
                    s, mode = self.email(name == "E")
                    val = dict(kind="EMAIL", mode=mode)
                elif name == "C":
                    s, mode = self.card()
                    val = dict(kind="CREDIT_CARD", mode=mode)
                elif name == "B":
                    s, mode = self.iban(locale)
                    val = dict(kind="IBAN", mode=mode)
                elif name in ("IP4", "IPp", "IP6"):
                    s, mode = self.ip(name)
                    val = dict(kind="IP_ADDRESS", mode=mode)
                elif name == "S":
                    s, mode = self.ssn()
                    val = dict(kind="US_SSN", mode=mode)
                else:
                    raise KeyError(name)
                spans.append({"kind": val["kind"], "start": len(text), "end": len(text) + len(s)})
                values.append(_ordered(val, s))
                text += s
            text += tpl[pos:]
        return text, spans, values

    def usable(self, sents, locale):
        out = []
        for s in sents:
            if "{B}" in s and locale not in IBAN_LOCALE:
                continue
            if "{S}" in s and locale != "en_US":
                continue
            out.append(s)
        return out

    def listblock(self, lang, locale):
        _l, _own, nat = LOCALES[locale]
        lay = self.rng.choice(LAYOUTS)
        labels = self.rng.sample(LIST_LABELS[lang], self.rng.choice([2, 2, 3]))
        lines = [self.rng.choice(LIST_HEADS[lang])]
        vals = []
        for lab in labels:
            kind = self.rng.choice(["fixed", "fixed", "mobile"])
            s, v = self.phone(nat, kind, False, "list-entry")
            vals.append((s, v))
            lines.append(lay.replace("{l}", lab).replace("{p}", "\x00"))
        return lines, vals


def _ordered(val, text):
    out = {"kind": val["kind"], "mode": val["mode"], "text": text}
    if val["kind"] == "PHONE":
        out.update(region=val["region"], e164=val["e164"], area_len=val["area_len"])
    return out


def attach_list(text, spans, values, lines, vals):
    text += "\n\n" + lines[0] + "\n"
    for line, (s, v) in zip(lines[1:], vals, strict=True):
        i = line.index("\x00")
        start = len(text) + i
        text += line[:i] + s + line[i + 1 :] + "\n"
        spans.append({"kind": "PHONE", "start": start, "end": start + len(s)})
        values.append(_ordered(v, s))
    return text, spans, values


def national_digits(e164):
    return pn.national_significant_number(pn.parse(e164))
