"""Documents for v122: fills the sentences of lex_*.py with labelled values and screened hard negatives."""

import re

import phonenumbers as pn
from faker import Faker

from . import lex_en, lex_eu, lex_nl_pt_hi, negs, values
from . import numbers as nb

# locale: (language, home region, region for national/list/service numbers)
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
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
ORGS = ["Hive", "Loft 9", "Kettle & Code", "Launchpad", "The Foundry", "Ground Floor", "Spark Yard"]
LAYOUTS = ["{l}: {p}", "{p} ({l})", "• {l}, {p}", "{l} – {p}", "{l} — tel. {p}"]
PH = re.compile(r"\{(P|E|C|I|IP|S|NAME|ORG|TOWN|L1|L2|N(?::[\w|]+)?)\}")


def genres(lang):
    if lang == "en":
        return lex_en.G
    return (lex_eu.G if lang in lex_eu.G else lex_nl_pt_hi.G)[lang]


def misc(lang):
    return lex_en.MISC if lang == "en" else {**lex_eu.MISC, **lex_nl_pt_hi.MISC}[lang]


def list_bits(lang):
    if lang == "en":
        return lex_en.LIST_HEADS, lex_en.LIST_LABELS
    heads = {**lex_eu.LIST_HEADS, **lex_nl_pt_hi.LIST_HEADS}
    labels = {**lex_eu.LIST_LABELS, **lex_nl_pt_hi.LIST_LABELS}
    return heads[lang], labels[lang]


def local_templates(region, lang):
    if region in ("US", "GB") or (region == "IN" and lang == "en"):
        return lex_en.LOCAL[region]
    return {**lex_eu.LOCAL, **lex_nl_pt_hi.LOCAL}[region]


class Doc:
    def __init__(self):
        self.text, self.spans, self.vals = "", [], []

    def add(self, s):
        self.text += s

    def value(self, kind, mode, text, **extra):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.vals.append({"kind": kind, "mode": mode, "text": text, **extra})


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for lang, loc in FAKER_LOCALE.items():
            f = Faker(loc)
            f.seed_instance(rng.randrange(1 << 30))
            self.fakers[lang] = f
        self.mail = Faker("en_US")
        self.mail.seed_instance(rng.randrange(1 << 30))

    def regions(self, locale, lang):
        _, home, part = LOCALES[locale]
        return list(dict.fromkeys([home, part] + LANG_HOME[lang]))

    def phone(self, doc, locale, mode=None):
        r = self.rng
        _, home, part = LOCALES[locale]
        if mode is None:
            x = r.random()
            mode = "national" if x < 0.5 else "international" if x < 0.78 else "other"
        if mode == "international":
            region = (
                home
                if r.random() < 0.75
                else r.choice(["US", "GB", "DE", "FR", "NL", "ES", "IT", "BR", "IN"])
            )
            num = nb.draw(r, region, r.choice(["fixed", "mobile"]))
        else:
            region = part
            kind = "free" if mode == "other" else r.choice(["fixed", "mobile"])
            num = nb.draw(r, region, kind)
        style = "international" if mode == "international" else "national"
        text = nb.write(r, num, region, style)
        doc.value("PHONE", mode, text, region=region, e164=nb.e164(num), area_len=None)

    def local(self, doc, region, area):
        for _ in range(200):
            num = nb.draw(self.rng, region, "fixed", prefix=area)
            if pn.length_of_geographical_area_code(num) == len(area):
                break
        assert pn.length_of_geographical_area_code(num) == len(area)
        text = nb.write(self.rng, num, region, "local")
        doc.value("PHONE", "local-announced", text, region=region, e164=nb.e164(num), area_len=len(area))

    def fill(self, doc, tpl, locale, lang, town=None, area=None):
        r, pos = self.rng, 0
        fk = self.fakers[lang]
        for m in PH.finditer(tpl):
            doc.add(tpl[pos : m.start()])
            pos = m.end()
            key = m.group(1)
            if key == "P":
                self.phone(doc, locale)
            elif key in ("L1", "L2"):
                self.local(doc, LOCALES[locale][1], area)
            elif key == "E":
                doc.value("EMAIL", *values.email(r, self.mail))
            elif key == "C":
                doc.value("CREDIT_CARD", *values.card(r))
            elif key == "I":
                doc.value("IBAN", *values.iban(r, LOCALES[locale][2]))
            elif key == "IP":
                doc.value("IP_ADDRESS", *values.ip(r))
            elif key == "S":
                doc.value("US_SSN", *values.ssn(r))
            elif key == "NAME":
                doc.add(fk.first_name() + " " + fk.last_name() if r.random() < 0.6 else fk.first_name())
            elif key == "ORG":
                doc.add(r.choice(ORGS))
            elif key == "TOWN":
                doc.add(town)
            else:
                kinds = key[2:].split("|") if ":" in key else negs.KINDS
                doc.add(self.drawer.phrase(r.choice(kinds), lang, self.regions(locale, lang)))
        doc.add(tpl[pos:])

    def usable(self, tpl, locale):
        return "{S}" not in tpl or locale == "en_US"

    def document(self, locale, lang, genre, positive, local=None, n_p=2):
        """One document; local = (town, area, number of local numbers) for local-announced ones."""
        r = self.rng
        cell = genres(lang)[genre]
        doc = Doc()
        self.fill(doc, r.choice(cell["t"]) + "\n\n", locale, lang)
        body = r.sample(cell["s"], k=min(len(cell["s"]), r.choice([1, 2, 2])))
        if positive:
            ps = [t for t in cell["p"] if self.usable(t, locale)]
            body += r.sample(ps, k=min(len(ps), n_p))
        if r.random() < 0.45:
            body.append(r.choice(misc(lang)))
        r.shuffle(body)
        if local:
            town, area, k = local
            tpls = [t for t in local_templates(LOCALES[locale][1], lang) if ("{L2}" in t) == (k == 2)]
            body.insert(r.randrange(len(body) + 1), r.choice(tpls))
        sep = " " if r.random() < 0.6 else "\n"
        for i, s in enumerate(body):
            self.fill(
                doc,
                s + (sep if i < len(body) - 1 else "\n"),
                locale,
                lang,
                town=local[0] if local else None,
                area=local[1] if local else None,
            )
        if positive and not local and r.random() < 0.3:
            heads, labels = list_bits(lang)
            doc.add("\n" + r.choice(heads) + "\n")
            lay = r.choice(LAYOUTS)
            for lab in r.sample(labels, k=r.choice([2, 2, 3])):
                pre, post = lay.split("{p}")
                doc.add(pre.format(l=lab))
                self.phone(doc, locale, mode=r.choice(["national", "national", "other"]))
                doc.vals[-1]["mode"] = "list-entry"
                doc.add(post.format(l=lab) + "\n")
        return doc

    def clean(self, doc, locale, lang):
        """The whole document with its labelled spans blanked must show nothing to the screens."""
        text = list(doc.text)
        for sp in doc.spans:
            for i in range(sp["start"], sp["end"]):
                text[i] = " "
        return not negs.dirty("".join(text), self.regions(locale, lang))
