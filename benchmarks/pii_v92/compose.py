"""Documents for v92: cells filled with values, spans tracked, every document screened."""

import re

import phonenumbers as pn
from faker import Faker

from . import negs, values
from . import numbers as nb
from .lex_de_fr import DE, FR, LOCAL_DE
from .lex_en import EN, LOCAL_GB, LOCAL_IN, LOCAL_US
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, LOCAL_BR, LOCAL_HI, LOCAL_NL, NL, PT

# locale, language, own region, region of national / list / service numbers, IBAN country
LOCALES = {
    "en_US": ("en", "US", "US", None),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", None),
    "en_AU": ("en", "AU", "GB", None),
    "en_IE": ("en", "IE", "GB", "IE"),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "AT", "DE", "AT"),
    "de_CH": ("de", "CH", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR", "BE"),
    "fr_CH": ("fr", "CH", "FR", "CH"),
    "es_ES": ("es", "ES", "ES", "ES"),
    "it_IT": ("it", "IT", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "BE"),
    "pt_BR": ("pt", "BR", "BR", None),
    "pt_PT": ("pt", "PT", "PT", "PT"),
}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
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
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]
LOCAL_LEX = {
    ("US", "en"): LOCAL_US,
    ("GB", "en"): LOCAL_GB,
    ("IN", "en"): LOCAL_IN,
    ("DE", "de"): LOCAL_DE,
    ("NL", "nl"): LOCAL_NL,
    ("BR", "pt"): LOCAL_BR,
    ("IN", "hi"): LOCAL_HI,
}
LAYOUTS = [
    "{label}: {phone}",
    "{phone} ({label})",
    "• {label} — {phone}",
    "{label}\t{phone}",
    "☎ {phone} – {label}",
]
TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")


def parse(text):
    cells, key = {}, None
    for line in text.splitlines():
        if line.startswith("@"):
            key = tuple(line[1:].split())
            cells[key] = []
        elif line.strip():
            cells[key].append(line.replace(" // ", "\n"))
    return cells


LEX = {
    lang: parse(t)
    for lang, t in [
        ("en", EN),
        ("de", DE),
        ("fr", FR),
        ("es", ES),
        ("it", IT),
        ("nl", NL),
        ("pt", PT),
        ("hi", HI),
    ]
}
LOCALS = {k: parse(v)[("local",)] for k, v in LOCAL_LEX.items()}


def genres(lang):
    return sorted({k[0] for k in LEX[lang] if len(k) == 2})


class Doc:
    def __init__(self, builder, locale, lang):
        self.b, self.rng = builder, builder.rng
        self.locale, self.lang = locale, lang
        _, self.own, self.nat, self.iban_cc = LOCALES[locale]
        self.regions = sorted({self.own, self.nat, HOME[lang]})
        self.parts, self.spans = [], []
        self.fake = builder.fakers[lang]

    def _phone(self, kind, mode):
        rng = self.rng
        region = self.nat
        if kind == "intl":
            region = rng.choice([r for r in FOREIGN if r != self.own])
            kind, mode = rng.choice(["fixed", "mobile"]), "international"
        elif kind in ("fixed", "mobile") and self.own in INTL_ONLY and rng.random() < 0.5:
            region, mode = self.own, "international"
        elif kind in ("fixed", "mobile") and mode == "national" and rng.random() < 0.2:
            mode = "international"
        num = nb.draw(rng, region, kind)
        text = nb.write(rng, num, region, mode)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def value(self, tok, arg, ctx):
        rng = self.rng
        if tok == "N":
            return self.b.drawer.value(arg, self.lang, self.regions), None
        if tok == "town":
            return ctx["town"], None
        if tok == "NAME":
            return self.fake.name(), None
        if tok in ("L", "L2"):
            return ctx[tok]
        if tok == "PH":
            return self._phone("fixed", "national")
        if tok == "MO":
            return self._phone("mobile", "national")
        if tok == "IN":
            return self._phone("intl", "international")
        if tok == "OT":
            return self._phone("other", "other")
        if tok in ("EM", "ER"):
            v = values.email(rng, self.b.fakers["en"], tok == "ER")
            return v, {"kind": "EMAIL", "mode": "role" if tok == "ER" else "personal", "text": v}
        if tok == "CC":
            mode = rng.choice(["spaced", "solid", "dashed"])
            v = values.card(rng, mode)
            return v, {"kind": "CREDIT_CARD", "mode": mode, "text": v}
        if tok == "IB":
            mode = rng.choice(["print", "print", "electronic"])
            v = values.iban(rng, self.iban_cc, mode)
            return v, {"kind": "IBAN", "mode": mode, "text": v}
        if tok == "IP":
            mode = rng.choice(["v4", "v4-private", "v6"])
            v = values.ip(rng, mode)
            return v, {"kind": "IP_ADDRESS", "mode": mode, "text": v}
        if tok == "SS":
            mode = rng.choice(["dashed", "spaced"])
            v = values.ssn(rng, mode)
            return v, {"kind": "US_SSN", "mode": mode, "text": v}
        raise KeyError(tok)

    def add(self, template, ctx=None, sep="\n"):
        """Append a filled template (after sep), tracking spans."""
        if self.parts:
            self.parts.append(sep)
        base = sum(len(p) for p in self.parts)
        out, pos = [], 0
        for m in TOKEN.finditer(template):
            out.append(template[pos : m.start()])
            text, val = self.value(m.group(1), m.group(2), ctx or {})
            start = base + sum(len(x) for x in out)
            out.append(text)
            if val is not None:
                self.spans.append((start, start + len(text), val))
            pos = m.end()
        out.append(template[pos:])
        self.parts.append("".join(out))

    def cell(self, genre, slot):
        return self.rng.choice(LEX[self.lang][(genre, slot) if genre else (slot,)])

    def list_block(self):
        rng = self.rng
        layout = rng.choice(LAYOUTS)
        labels = rng.sample(LEX[self.lang][("labels",)], rng.randint(2, 3))
        self.add(self.cell(None, "heads"), sep="\n\n")
        for label in labels:
            kind = rng.choice(["fixed", "mobile"])
            num = nb.draw(rng, self.nat, kind)
            text = nb.write(rng, num, self.nat, "list-entry")
            val = {
                "kind": "PHONE",
                "mode": "list-entry",
                "text": text,
                "region": self.nat,
                "e164": nb.e164(num),
                "area_len": None,
            }
            line = layout.replace("{label}", label)
            ctx = {"L": (text, val)}
            self.add(line.replace("{phone}", "{L}"), ctx)

    def finish(self):
        return "".join(self.parts) + "\n"


class Builder:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for lang, loc in FAKER.items():
            f = Faker(loc)
            f.seed_instance(seed + len(self.fakers))
            self.fakers[lang] = f
        self.doc_redraws = 0

    def _screen(self, doc, text):
        blanked = list(text)
        for s, e, _ in doc.spans:
            blanked[s:e] = "X" * (e - s)
        return not negs.dirty("".join(blanked), doc.regions, whole=True)

    def build(self, locale, lang, genre, kind, local=None):
        for _ in range(50):
            doc = self._compose(locale, lang, genre, kind, local)
            text = doc.finish()
            if self._screen(doc, text):
                return text, doc.spans
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def _compose(self, locale, lang, genre, kind, local):
        rng = self.rng
        doc = Doc(self, locale, lang)
        doc.add(doc.cell(genre, "title"))
        pool = LEX[lang][(genre, "neg")]
        negs_ = rng.sample(pool, min(len(pool), rng.randint(1, 2) if kind == "pos" else rng.randint(2, 4)))
        doc.add(negs_[0], sep="\n\n")
        for s in negs_[1:]:
            doc.add(s, sep=" ")
        if kind == "pos":
            if local:
                doc.add(local["template"], local, sep="\n\n")
            if not local or rng.random() < 0.5:
                for s in rng.sample(LEX[lang][(genre, "pos")], rng.randint(1, 2)):
                    doc.add(s, sep=rng.choice([" ", "\n\n"]))
            extras = [
                ("other", 0.18),
                ("intl", 0.12),
                ("email", 0.35),
                ("card", 0.07),
                ("iban", 0.08),
                ("ip", 0.12),
                ("ssn", 0.06),
            ]
            for slot, p in extras:
                if rng.random() >= p or (slot,) not in LEX[lang]:
                    continue
                if slot == "iban" and not doc.iban_cc:
                    continue
                if slot == "card" and lang == "hi":
                    continue
                if slot == "ssn" and locale != "en_US":
                    continue
                doc.add(doc.cell(None, slot), sep=rng.choice([" ", "\n\n"]))
            if rng.random() < 0.15:
                doc.list_block()
        if rng.random() < 0.7:
            doc.add(doc.cell(None, "sign"), sep="\n\n")
        return doc

    def local_ctx(self, region, lang, n_left):
        rng = self.rng
        town, area = rng.choice(nb.AREAS[region])
        pool = LOCALS[(region, lang)]
        if n_left < 2:
            pool = [t for t in pool if "{L2}" not in t]
        template = rng.choice(pool)
        ctx = {"town": town, "template": template}
        for key in ("L", "L2"):
            num = nb.draw_local(rng, region, area)
            assert pn.length_of_geographical_area_code(num) == len(area)
            text = nb.write_local(rng, num, region, area)
            ctx[key] = (
                text,
                {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": nb.e164(num),
                    "area_len": len(area),
                },
            )
        ctx["count"] = 2 if "{L2}" in template else 1
        return ctx
