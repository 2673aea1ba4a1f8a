"""Compose v74's documents: positives, hard negatives, announced local numbers and contact blocks."""

import random
import re

import phonenumbers as pn
from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, numbers, values

EN = {
    "titles": lex_en.TITLES,
    "body": lex_en.BODY,
    "local": lex_en.LOCAL,
    "heads": lex_en.HEADS,
    "labels": lex_en.LABELS,
}
LEX = {
    "en": EN,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
# locale -> (language, own region, region for national/list/service numbers, faker locale)
LOCALES = {
    "en_US": ("en", "US", "US", "en_US"),
    "en_GB": ("en", "GB", "GB", "en_GB"),
    "en_IN": ("en", "IN", "IN", "en_IN"),
    "en_AU": ("en", "AU", "GB", "en_GB"),
    "en_IE": ("en", "IE", "GB", "en_IE"),
    "hi": ("hi", "IN", "IN", "hi_IN"),
    "de_DE": ("de", "DE", "DE", "de_DE"),
    "de_AT": ("de", "AT", "DE", "de_AT"),
    "de_CH": ("de", "CH", "DE", "de_CH"),
    "fr_FR": ("fr", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr", "BE", "FR", "fr_BE"),
    "fr_CH": ("fr", "CH", "FR", "fr_CH"),
    "es_ES": ("es", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT"),
}
INTL_ONLY = {"AU", "IE", "AT", "CH", "BE"}
NO_IBAN = {"US", "IN", "AU", "BR"}
# (locale, positives, negatives, local region, local quota)
PLAN = [
    ("en_US", 125, 45, "US", 75),
    ("en_GB", 115, 40, "GB", 75),
    ("en_IN", 60, 20, "IN", 40),
    ("hi", 50, 15, "IN", 35),
    ("en_AU", 15, 5, None, 0),
    ("en_IE", 15, 5, None, 0),
    ("de_DE", 85, 30, "DE", 75),
    ("de_AT", 10, 4, None, 0),
    ("de_CH", 8, 3, None, 0),
    ("fr_FR", 45, 17, None, 0),
    ("fr_BE", 8, 3, None, 0),
    ("fr_CH", 7, 3, None, 0),
    ("es_ES", 45, 17, None, 0),
    ("it_IT", 45, 17, None, 0),
    ("nl_NL", 85, 30, "NL", 75),
    ("nl_BE", 10, 4, None, 0),
    ("pt_BR", 85, 30, "BR", 75),
    ("pt_PT", 12, 4, None, 0),
]
PETS = {
    "en": ["Biscuit", "Luna", "Mabel", "Otis", "Pepper", "Jasper", "Willow", "Bramble", "Duke", "Hazel"],
    "de": ["Bello", "Frieda", "Krümel", "Balu", "Motte", "Lotta", "Emil"],
    "fr": ["Filou", "Praline", "Caramel", "Pistache", "Oscar", "Neige"],
    "es": ["Canela", "Toby", "Chispa", "Lola", "Coco", "Bruno"],
    "it": ["Briciola", "Pippo", "Nuvola", "Birba", "Argo", "Maya"],
    "nl": ["Bobbie", "Saartje", "Pluis", "Guus", "Dribbel", "Noes"],
    "pt": ["Paçoca", "Thor", "Mel", "Pipoca", "Bidu", "Amora"],
    "hi": ["Sheru", "Moti", "Bholu", "Kalu", "Rani", "Tommy"],
}
LAYOUTS = [
    "• {label}: {phone}",
    "{phone} ({label})",
    "{label} – {phone}",
    "{label} ☎ {phone}",
    "{label}\t{phone}",
]
PII_SLOTS = {"ph", "mob", "intl", "free", "mail", "rmail", "card", "iban", "ip", "ssn"}
SLOT_RE = re.compile(r"\{(\w+)\}")
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "CH", "AT", "BE", "IE", "AU"]


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.vals = []

    def add(self, s):
        self.text += s

    def value(self, kind, mode, text, **extra):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.vals.append(dict({"kind": kind, "mode": mode, "text": text}, **extra))


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fakers = {}
        self.drawer = negs.Drawer(self.rng)
        self.doc_redraws = 0
        self.records = []

    def faker(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.rng.randint(0, 10**9))
            self.fakers[loc] = f
        return self.fakers[loc]

    def phone(self, doc, num, region, mode, text, area_len=None):
        assert pn.is_valid_number(pn.parse(text, region)) or mode == "local-announced"
        doc.value("PHONE", mode, text, region=region, e164=numbers.e164(num), area_len=area_len)

    def slot(self, doc, name, ctx):
        rng, lang, reg, nat = self.rng, ctx["lang"], ctx["region"], ctx["nat"]
        if name == "name":
            doc.add(ctx["name"])
        elif name == "pet":
            doc.add(ctx["pet"])
        elif name == "town":
            doc.add(ctx["town"])
        elif name in ("ph", "mob"):
            num = numbers.draw(rng, reg, "fixed" if name == "ph" else "mobile")
            if reg in INTL_ONLY:
                self.phone(doc, num, reg, "international", numbers.international_habit(rng, num, reg))
            else:
                self.phone(doc, num, reg, "national", numbers.national_habit(rng, num, reg))
        elif name == "intl":
            r = rng.choice([f for f in FOREIGN if f != reg])
            num = numbers.draw(rng, r, rng.choice(["fixed", "mobile"]))
            self.phone(doc, num, r, "international", numbers.international_habit(rng, num, r))
        elif name == "free":
            num = numbers.draw(rng, nat, "other")
            self.phone(doc, num, nat, "other", numbers.other_habit(rng, num, nat))
        elif name in ("mail", "rmail"):
            doc.value(
                "EMAIL",
                "role" if name == "rmail" else "personal",
                values.email(rng, ctx["ename"], name == "rmail"),
            )
        elif name == "card":
            mode = rng.choice(["spaced", "solid", "dashed"])
            doc.value("CREDIT_CARD", mode, values.card(rng, mode))
        elif name == "iban":
            mode = rng.choice(["print", "print", "electronic"])
            doc.value("IBAN", mode, values.iban(rng, reg if reg in values.IBAN_FMT else nat, mode))
        elif name == "ip":
            mode = rng.choice(["v4", "v4-private", "v6"])
            doc.value("IP_ADDRESS", mode, values.ip(rng, mode))
        elif name == "ssn":
            mode = rng.choice(["spaced", "dashed"])
            doc.value("US_SSN", mode, values.ssn(rng, mode))
        elif name.startswith("n_"):
            doc.add(self.drawer.value(name[2:], lang not in ("en", "hi"), ctx["screen"]))
        elif name in ("loc", "loc2"):
            num, sub = numbers.draw_local(rng, ctx["lreg"], ctx["area"])
            text = numbers.local_habit(rng, sub, ctx["lreg"])
            assert numbers.e164(numbers.put_back(text, ctx["lreg"], ctx["area"])) == numbers.e164(num)
            self.phone(doc, num, ctx["lreg"], "local-announced", text, area_len=len(ctx["area"]))
        else:
            raise KeyError(name)

    def fill(self, doc, template, ctx):
        pos = 0
        for m in SLOT_RE.finditer(template):
            doc.add(template[pos : m.start()])
            self.slot(doc, m.group(1), ctx)
            pos = m.end()
        doc.add(template[pos:])

    def usable(self, t, ctx):
        slots = set(SLOT_RE.findall(t))
        if "iban" in slots and ctx["region"] in NO_IBAN:
            return False
        if "free" in slots and not numbers.PREFIX[ctx["nat"]][2]:
            return False
        return True

    def compose(self, loc, kind, genre, local):
        rng = self.rng
        lang, reg, nat, floc = LOCALES[loc]
        lex = LEX[lang]
        f = self.faker(floc)
        name = f.name()
        ctx = {
            "lang": lang,
            "region": reg,
            "nat": nat,
            "name": name,
            "pet": rng.choice(PETS[lang]),
            "ename": name if lang != "hi" else self.faker("en_IN").name(),
            "screen": sorted({reg, nat, HOME[lang]}),
        }
        doc = Doc()
        self.fill(doc, rng.choice(lex["titles"][genre]) + "\n\n", ctx)
        body = [t for t in lex["body"][genre] if self.usable(t, ctx)]
        plain = [t for t in body if not (set(SLOT_RE.findall(t)) & PII_SLOTS)]
        if kind == "neg":
            picks = rng.sample(plain, min(len(plain), rng.randint(2, 3)))
        else:
            rich = [t for t in body if t not in plain]
            picks = rng.sample(rich, rng.randint(1, min(2, len(rich))))
            picks += rng.sample(plain, min(len(plain), rng.randint(0, 2)))
            if reg == "US" and genre == "petins" and rng.random() < 0.5:
                picks.append(rng.choice(lex_en.SSN_LINES))
            rng.shuffle(picks)
        if local:
            lreg, town, area, count = local
            ctx.update(lreg=lreg, town=town, area=area)
            temps = [t for t in lex["local"][lreg] if ("{loc2}" in t) == (count == 2)]
            picks.insert(rng.randint(0, len(picks)), rng.choice(temps))
        self.fill(doc, " ".join(picks) + "\n", ctx)
        if kind == "pos" and not local and rng.random() < 0.3:
            self.fill(doc, "\n" + rng.choice(lex["heads"]) + "\n", ctx)
            layout = rng.choice(LAYOUTS)
            for label in rng.sample(lex["labels"], rng.randint(2, 3)):
                num = numbers.draw(rng, nat, rng.choice(["fixed", "mobile"]))
                head, _, tail = layout.partition("{phone}")
                doc.add(head.replace("{label}", label))
                self.phone(doc, num, nat, "list-entry", numbers.national_habit(rng, num, nat))
                doc.add(tail.replace("{label}", label) + "\n")
        return doc, ctx

    def clean(self, doc, ctx):
        chars = list(doc.text)
        for s in doc.spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(chars)
        return not negs.guard_hits(blank) and not negs.phone_hits(blank, ctx["screen"])

    def make(self, loc, kind, genre, local=None):
        for _ in range(50):
            doc, ctx = self.compose(loc, kind, genre, local)
            if self.clean(doc, ctx):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("dirty document")
        lang = LOCALES[loc][0]
        locale = "en_IN" if loc == "hi" else loc
        n = len(self.records)
        rid = "%s-%s-%s%s-%d" % (locale, kind, "hi-" if lang == "hi" else "", genre, n)
        self.records.append(
            (
                {"id": rid, "locale": locale, "text": doc.text, "spans": doc.spans},
                {"values": doc.vals},
                {"genre": genre, "lang": lang, "kind": kind},
            )
        )

    def run(self):
        rng = self.rng
        for loc, npos, nneg, lreg, quota in PLAN:
            lang = LOCALES[loc][0]
            genres = sorted(LEX[lang]["titles"])
            locals_ = []
            while quota > 0:
                town, area = rng.choice(numbers.AREAS[lreg])
                count = 2 if quota >= 2 and rng.random() < 0.35 else 1
                locals_.append((lreg, town, area, count))
                quota -= count
            for i in range(npos):
                self.make(loc, "pos", rng.choice(genres), locals_[i] if i < len(locals_) else None)
            if len(locals_) > npos:
                raise RuntimeError("not enough documents for local numbers in %s" % loc)
            for _ in range(nneg):
                self.make(loc, "neg", rng.choice(genres))
        return self.records
