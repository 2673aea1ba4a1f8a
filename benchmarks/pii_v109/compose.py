"""Documents: fill sentence templates, record spans and values, screen hard negatives."""

import re

import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as F

from . import lex_en, lex_eu, lex_hi, lex_sud, local, negs, numbers, values

LEX = {
    "en": lex_en.EN,
    "de": lex_eu.DE,
    "fr": lex_eu.FR,
    "nl": lex_eu.NL,
    "es": lex_sud.ES,
    "it": lex_sud.IT,
    "pt": lex_sud.PT,
    "hi": lex_hi.HI,
}
HEADS = dict(lex_eu.HEADS, **lex_sud.HEADS, en=lex_en.HEADS, hi=lex_hi.HEADS)
LABELS = dict(lex_eu.LABELS, **lex_sud.LABELS, en=lex_en.LABELS, hi=lex_hi.LABELS)

# language -> [(locale, home region, national region)]
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
    "nl": [("nl_NL", "NL", "NL"), ("nl_BE", "BE", "NL")],
    "es": [("es_ES", "ES", "ES")],
    "it": [("it_IT", "IT", "IT")],
    "pt": [("pt_BR", "BR", "BR"), ("pt_PT", "PT", "PT")],
    "hi": [("en_IN", "IN", "IN")],
}
LANG_HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "nl": ["NL"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
ABROAD = ["GB", "DE", "NL", "FR", "US", "BR", "IN", "ES", "IT", "PT", "AT", "CH", "BE", "IE", "AU"]
IBAN_LOCALE = {
    "US": "en_GB",
    "IN": "en_GB",
    "AU": "en_GB",
    "IE": "en_GB",
    "CH": "de_CH",
    "AT": "de_AT",
    "BE": "nl_BE",
    "BR": "pt_BR",
}
# list layouts (label, phone): none of v52's five
LAYOUTS = ["- {lab}: {ph}", "{lab}\t{ph}", "{ph} – {lab}", "{lab} ☎ {ph}", "{lab} ({ph})"]
_PH = re.compile(r"\{(\w+)(?::(\w+))?\}")

_FAKERS = {}


def faker(loc, seed):
    if loc not in _FAKERS:
        try:
            f = Faker("hi_IN" if loc == "hi" else loc)
        except AttributeError:
            f = Faker(loc.split("_")[0] + "_" + loc.split("_")[0].upper())
        f.seed_instance(seed + len(_FAKERS))
        _FAKERS[loc] = f
    return _FAKERS[loc]


class Dirty(Exception):
    """A hard negative stayed dirty after 60 draws: the caller redraws the whole document."""


class Doc:
    def __init__(self, rng, seed, lang, loc, home, nat):
        self.rng, self.seed, self.lang, self.loc, self.home, self.nat = rng, seed, lang, loc, home, nat
        self.text, self.spans, self.vals, self.negs = "", [], [], []
        self.fake = faker("hi" if lang == "hi" else loc, seed)
        self.regions = sorted({home, nat, *LANG_HOME[lang]})
        self.stats = {"value_redraws": 0}

    def add(self, s):
        self.text += s

    def value(self, kind, mode, text, **extra):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        v = {"kind": kind, "mode": mode, "text": text}
        if kind == "PHONE":
            v.update(region=extra["region"], e164=extra["e164"], area_len=extra.get("area_len"))
        self.vals.append(v)

    def phone(self, num, mode, writer, region_for_parse, area_len=None, text=None):
        e164 = pn.format_number(num, F.E164)
        region = pn.region_code_for_number(num)
        if text is None:
            for _ in range(30):
                text = writer(self.rng, num)
                if numbers.parses_to(text, region_for_parse or region, e164):
                    break
            else:
                text = pn.format_number(num, F.INTERNATIONAL)
        self.value("PHONE", mode, text, region=region, e164=e164, area_len=area_len)

    def neg(self, kind):
        gen = negs.KINDS[kind]
        for _ in range(60):
            v = gen(self.rng)
            if not negs.dirty(v, self.regions):
                break
            self.stats["value_redraws"] += 1
        else:
            raise Dirty(kind)
        self.negs.append(kind)
        self.add(v)

    def fill(self, template, local_ctx=None):
        pos = 0
        for m in _PH.finditer(template):
            self.add(template[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            rng = self.rng
            if key == "n":
                self.neg(arg)
            elif key == "name":
                self.add(self.fake.name())
            elif key == "town":
                self.add(local_ctx["town"])
            elif key == "L":
                region, area = local_ctx["region"], local_ctx["area"]
                num, sub = numbers.draw_local(rng, region, area)
                e164 = pn.format_number(num, F.E164)
                for _ in range(30):
                    text = numbers.write_local(rng, region, sub)
                    if pn.format_number(numbers.put_back(region, area, text), F.E164) == e164:
                        break
                self.phone(num, "local-announced", None, None, area_len=len(area), text=text)
            elif key == "N":
                self.phone(numbers.draw(rng, self.nat, "fixed"), "national", numbers.write_national, self.nat)
            elif key == "M":
                self.phone(
                    numbers.draw(rng, self.nat, "mobile"), "national", numbers.write_national, self.nat
                )
            elif key == "O":
                self.phone(numbers.draw(rng, self.nat, "other"), "other", numbers.write_other, self.nat)
            elif key in ("I", "X"):
                reg = self.home if key == "I" else rng.choice([r for r in ABROAD if r != self.home])
                num = numbers.draw(rng, reg, rng.choice(["fixed", "mobile"]))
                self.phone(num, "international", numbers.write_international, "ZZ")
            elif key == "E":
                mode, v = values.email(rng, self.fake)
                self.value("EMAIL", mode, v)
            elif key == "C":
                mode, v = values.card(rng)
                self.value("CREDIT_CARD", mode, v)
            elif key == "B":
                f = faker(IBAN_LOCALE.get(self.home, self.loc), self.seed)
                mode, v = values.iban(rng, f.iban)
                self.value("IBAN", mode, v)
            elif key == "P":
                mode, v = values.ip(rng)
                self.value("IP_ADDRESS", mode, v)
            elif key == "S":
                mode, v = values.ssn(rng)
                self.value("US_SSN", mode, v)
            else:
                raise KeyError(key)
        self.add(template[pos:])

    def list_block(self, n):
        rng = self.rng
        self.add("\n\n" + rng.choice(HEADS[self.lang]) + "\n")
        layout = rng.choice(LAYOUTS)
        for lab in rng.sample(LABELS[self.lang], n):
            pre, post = layout.split("{ph}")
            self.add(pre.replace("{lab}", lab))
            num = numbers.draw(rng, self.nat, rng.choice(["fixed", "fixed", "mobile"]))
            self.phone(num, "list-entry", numbers.write_national, self.nat)
            self.add(post.replace("{lab}", lab) + "\n")

    def blanked(self):
        t = list(self.text)
        for s in self.spans:
            for i in range(s["start"], s["end"]):
                t[i] = " "
        return "".join(t)

    def clean(self):
        return not negs.doc_hits(self.blanked(), self.regions)


def usable(template, loc):
    return "{S}" not in template or loc == "en_US"


def positive(rng, seed, lang, genre, with_list):
    loc, home, nat = rng.choice(LOCALES[lang])
    g = LEX[lang][genre]
    d = Doc(rng, seed, lang, loc, home, nat)
    d.fill(rng.choice(g["title"]))
    d.add("\n\n")
    pii = [t for t in g["pii"] if usable(t, loc)]
    sents = rng.sample(pii, min(len(pii), rng.choice([1, 1, 2, 2, 3])))
    sents += rng.sample(g["neg"], rng.choice([1, 1, 2]))
    rng.shuffle(sents)
    for i, s in enumerate(sents):
        d.add(" " if i else "")
        d.fill(s)
    if with_list:
        d.list_block(rng.choice([2, 2, 3]))
    d.add("\n")
    return d


def negative(rng, seed, lang, genre):
    loc, home, nat = rng.choice(LOCALES[lang])
    g = LEX[lang][genre]
    d = Doc(rng, seed, lang, loc, home, nat)
    titles = [t for t in g["title"] if "{" not in t] or g["title"]
    d.fill(rng.choice(titles))
    d.add("\n\n")
    sents = rng.sample(g["neg"], min(len(g["neg"]), rng.choice([2, 3, 3])))
    for i, s in enumerate(sents):
        d.add(" " if i else "")
        d.fill(s)
    d.add("\n")
    return d


def local_doc(rng, seed, region, lang, loc, left):
    key = "IN-hi" if lang == "hi" else region
    templates = [t for t in local.LOCAL[key] if t.count("{L}") <= left]
    town, area = rng.choice(numbers.AREAS[region])
    d = Doc(rng, seed, lang, loc, region, region)
    genre = rng.choice(sorted(LEX[lang]))
    g = LEX[lang][genre]
    titles = [t for t in g["title"] if "{" not in t] or g["title"]
    d.fill(rng.choice(titles))
    d.add("\n\n")
    ctx = {"town": town, "area": area, "region": region}
    parts = [rng.choice(templates), rng.choice(g["neg"])]
    if rng.random() < 0.3:
        parts.append(rng.choice([t for t in g["pii"] if usable(t, loc)]))
    rng.shuffle(parts)
    for i, s in enumerate(parts):
        d.add(("\n\n" if "\n" in s or (i and "\n" in parts[i - 1]) else " ") if i else "")
        d.fill(s, ctx)
    d.add("\n")
    return d, genre
