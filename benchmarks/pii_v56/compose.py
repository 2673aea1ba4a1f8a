"""Documents for v56: sentences from the lexicons, values rendered with their spans."""

import re

import phonenumbers as pn

from . import lex_de_nl, lex_en, lex_fr_es_it, lex_pt_hi, numbers, values

GENRES = {
    "en": lex_en.GENRES,
    "de": lex_de_nl.DE,
    "nl": lex_de_nl.NL,
    "fr": lex_fr_es_it.FR,
    "es": lex_fr_es_it.ES,
    "it": lex_fr_es_it.IT,
    "pt": lex_pt_hi.PT,
    "hi": lex_pt_hi.HI,
}
LISTS = {"en": lex_en.LIST, **lex_de_nl.LIST, **lex_fr_es_it.LIST, **lex_pt_hi.LIST}
LOCAL = {**lex_en.LOCAL, **lex_de_nl.LOCAL, **lex_pt_hi.LOCAL}

# locale -> (language, home region for national numbers, own region written internationally only)
LOCALES = {
    "en_US": ("en", "US", None),
    "en_GB": ("en", "GB", None),
    "en_IN": ("en", "IN", None),
    "en_AU": ("en", "GB", "AU"),
    "en_IE": ("en", "GB", "IE"),
    "de_DE": ("de", "DE", None),
    "de_AT": ("de", "DE", "AT"),
    "de_CH": ("de", "DE", "CH"),
    "fr_FR": ("fr", "FR", None),
    "fr_BE": ("fr", "FR", "BE"),
    "fr_CH": ("fr", "FR", "CH"),
    "es_ES": ("es", "ES", None),
    "it_IT": ("it", "IT", None),
    "nl_NL": ("nl", "NL", None),
    "nl_BE": ("nl", "NL", "BE"),
    "pt_BR": ("pt", "BR", None),
    "pt_PT": ("pt", "PT", None),
}
LANG_LOCALES = {
    "en": ["en_US"] * 3 + ["en_GB"] * 3 + ["en_IN"] * 2 + ["en_AU", "en_IE"],
    "de": ["de_DE"] * 4 + ["de_AT", "de_CH"],
    "fr": ["fr_FR"] * 3 + ["fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL"] * 3 + ["nl_BE"],
    "pt": ["pt_BR"] * 2 + ["pt_PT"],
    "hi": ["en_IN"],
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
FAKER = {
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_BE": "fr_BE",
    "fr_CH": "fr_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
}
IBAN_COUNTRY = {"US": "GB", "IN": "GB", "AU": "GB"}
ALL_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]
LAYOUTS = ["☎ {p} – {l}", "{l}\t{p}", "* {l}: {p}", "{l}, {tel} {p}", "{p} ({l})"]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


def screen_regions(locale, lang):
    _, home, own = LOCALES[locale]
    regs = [own or home, home] + LANG_HOME[lang]
    return list(dict.fromkeys(regs))


class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.vals = []
        self.len = 0

    def add(self, text, value=None):
        if value is not None:
            self.spans.append({"kind": value["kind"], "start": self.len, "end": self.len + len(text)})
            self.vals.append(value)
        self.parts.append(text)
        self.len += len(text)

    def text(self):
        return "".join(self.parts)


def phone_value(text, num, region, mode, area_len=None):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": numbers.e164(num),
        "area_len": area_len,
    }


class Composer:
    def __init__(self, rng, fakers, drawer):
        self.rng = rng
        self.fakers = fakers
        self.drawer = drawer

    def phone(self, locale, kind, list_entry=False):
        rng = self.rng
        _, home, own = LOCALES[locale]
        if kind == "intl":
            region = rng.choice([r for r in ALL_REGIONS if r not in (home, own)])
            num = numbers.draw(rng, region, rng.choice(["fixed", "mobile"]))
            return numbers.write(rng, num, region, True), num, region, "international"
        if kind == "free" or (kind == "ph" and rng.random() < 0.15):
            num = numbers.draw(rng, home, "other")
            text = numbers.write(rng, num, home, False, other=True)
            return text, num, home, "list-entry" if list_entry else "other"
        sort = "mobile" if kind == "mob" else rng.choice(["fixed", "fixed", "mobile"])
        if own and rng.random() < 0.5:
            num = numbers.draw(rng, own, sort)
            text = numbers.write(rng, num, own, True)
            region = own
        else:
            region = home
            num = numbers.draw(rng, home, sort)
            text = numbers.write(rng, num, home, rng.random() < 0.2)
        mode = "list-entry" if list_entry else ("international" if "+" in text[:2] else "national")
        return text, num, region, mode

    def render(self, doc, template, locale, lang, local=None):
        rng = self.rng
        _, home, own = LOCALES[locale]
        fake = self.fakers[("hi_IN" if lang == "hi" else FAKER[locale])]
        pos = 0
        for m in SLOT.finditer(template):
            doc.add(template[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            if key == "n":
                doc.add(self.drawer.draw(arg, screen_regions(locale, lang)))
            elif key in ("ph", "mob", "intl", "free"):
                text, num, region, mode = self.phone(locale, key)
                doc.add(text, phone_value(text, num, region, mode))
            elif key in ("email", "role"):
                text, mode = values.email(rng, self.fakers["en_US"], key == "role")
                doc.add(text, {"kind": "EMAIL", "mode": mode, "text": text})
            elif key == "card":
                text, mode = values.card(rng)
                doc.add(text, {"kind": "CREDIT_CARD", "mode": mode, "text": text})
            elif key == "iban":
                country = IBAN_COUNTRY.get(own or home, own or home)
                text, mode = values.iban(rng, country)
                doc.add(text, {"kind": "IBAN", "mode": mode, "text": text})
            elif key == "ip":
                text, mode = values.ip(rng)
                doc.add(text, {"kind": "IP_ADDRESS", "mode": mode, "text": text})
            elif key == "ssn":
                text, mode = values.ssn(rng)
                doc.add(text, {"kind": "US_SSN", "mode": mode, "text": text})
            elif key == "name":
                doc.add(fake.name())
            elif key == "town":
                doc.add(local["town"])
            elif key in ("loc", "loc2"):
                num, sub, area = local[key]
                text = rng.choice(numbers.local_forms(local["region"], sub))
                area_len = pn.length_of_geographical_area_code(num)
                assert area_len == len(area), (num, area)
                doc.add(text, phone_value(text, num, local["region"], "local-announced", area_len))
            else:
                raise KeyError(key)
        doc.add(template[pos:])

    def pick(self, pool, k, locale):
        cands = [s for s in pool if "{ssn}" not in s or locale == "en_US"]
        # weighted sampling without replacement: cards and IBANs less often
        keys = [
            (self.rng.random() ** (1 / (0.3 if "{card}" in s or "{iban}" in s else 1.0)), s) for s in cands
        ]
        return [s for _, s in sorted(keys, reverse=True)[:k]]

    def body(self, doc, cell, locale, lang, n_pii, n_plain):
        sents = self.pick(cell["pii"], n_pii, locale) + self.pick(cell["plain"], n_plain, locale)
        self.rng.shuffle(sents)
        if len(sents) > 3 and self.rng.random() < 0.5:
            cut = self.rng.randint(1, len(sents) - 1)
            paras = [sents[:cut], sents[cut:]]
        else:
            paras = [sents]
        for i, para in enumerate(paras):
            if i:
                doc.add("\n\n")
            for j, s in enumerate(para):
                if j:
                    doc.add(" ")
                self.render(doc, s, locale, lang)

    def contact_list(self, doc, locale, lang):
        rng = self.rng
        lst = LISTS[lang]
        layout = rng.choice(LAYOUTS)
        doc.add("\n\n" + rng.choice(lst["heads"]) + "\n")
        for label in rng.sample(lst["labels"], rng.randint(2, 3)):
            text, num, region, mode = self.phone(locale, rng.choice(["ph", "ph", "mob"]), list_entry=True)
            before, after = layout.split("{p}")
            doc.add(before.format(l=label, tel=lst["tel"]))
            doc.add(text, phone_value(text, num, region, mode))
            doc.add(after.format(l=label, tel=lst["tel"]) + "\n")

    def positive(self, locale, lang, genre):
        rng = self.rng
        cell = GENRES[lang][genre]
        doc = Doc()
        doc.add(rng.choice(cell["title"]) + "\n\n")
        self.body(doc, cell, locale, lang, rng.randint(1, 3), rng.randint(1, 3))
        if rng.random() < 0.28:
            self.contact_list(doc, locale, lang)
        else:
            doc.add("\n")
        return doc

    def negative(self, locale, lang, genre):
        rng = self.rng
        cell = GENRES[lang][genre]
        doc = Doc()
        doc.add(rng.choice(cell["title"]) + "\n\n")
        self.body(doc, cell, locale, lang, 0, rng.randint(2, 4))
        doc.add("\n")
        return doc

    def local_doc(self, locale, lang, genre, region, key, town, area, want):
        rng = self.rng
        cell = GENRES[lang][genre]
        templates = [t for t in LOCAL[key] if ("{loc2}" in t) == (want == 2)]
        template = rng.choice(templates)
        local = {"town": town, "region": region}
        for slot in ("loc", "loc2"):
            num, sub = numbers.draw_local(rng, region, area)
            local[slot] = (num, sub, area)
        doc = Doc()
        doc.add(rng.choice(cell["title"]) + "\n\n")
        if rng.random() < 0.5:
            self.render(doc, template, locale, lang, local)
            doc.add("\n\n")
            self.body(doc, cell, locale, lang, rng.randint(0, 1), rng.randint(1, 2))
        else:
            self.body(doc, cell, locale, lang, rng.randint(0, 1), rng.randint(1, 2))
            doc.add("\n\n")
            self.render(doc, template, locale, lang, local)
        doc.add("\n")
        return doc
