"""Fill sentence slots, build documents and their sidecar values for v88.

Slots: {P} own fixed line, {M} own mobile, {F} toll-free/shared-cost (mode other), {X} a number abroad
(international), {L} a locally announced subscriber number, {E} role e-mail, {EP} personal e-mail,
{C} card, {IB} IBAN, {IP} IP address, {S} US SSN, {N_kind} a hard negative, {NAME}, {TOWN}.
"""

import re

from faker import Faker

from . import lex_de_fr_es as l1
from . import lex_en
from . import lex_it_nl_pt_hi as l2
from . import numbers as nb
from .lex_neg import NEG

LOCALES = {
    "en_US": ("en", "US"),
    "en_GB": ("en", "GB"),
    "en_IN": ("en", "IN"),
    "en_AU": ("en", "AU"),
    "en_IE": ("en", "IE"),
    "de_DE": ("de", "DE"),
    "de_AT": ("de", "AT"),
    "de_CH": ("de", "CH"),
    "fr_FR": ("fr", "FR"),
    "fr_BE": ("fr", "BE"),
    "fr_CH": ("fr", "CH"),
    "es_ES": ("es", "ES"),
    "it_IT": ("it", "IT"),
    "nl_NL": ("nl", "NL"),
    "nl_BE": ("nl", "BE"),
    "pt_BR": ("pt", "BR"),
    "pt_PT": ("pt", "PT"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "hi": "IN"}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
IBAN_OF = {
    "GB": "GB",
    "DE": "DE",
    "NL": "NL",
    "FR": "FR",
    "ES": "ES",
    "IT": "IT",
    "PT": "PT",
    "CH": "CH",
    "AT": "AT",
    "BE": "BE",
    "IE": "IE",
}
FAKER_LOC = {"fr_BE": "fr_FR", "hi": "hi_IN"}
LEX = {
    "en": {
        "GENRES": lex_en.GENRES,
        "LOCAL": lex_en.LOCAL,
        "LIST_HEADS": lex_en.LIST_HEADS,
        "LABELS": lex_en.LABELS,
    },
    "de": l1.DE,
    "fr": l1.FR,
    "es": l1.ES,
    "it": l2.IT,
    "nl": l2.NL,
    "pt": l2.PT,
    "hi": l2.HI,
}
ROLE = {
    "en": ["studio", "hello", "bookings", "prints", "framing", "info"],
    "de": ["atelier", "kontakt", "post"],
    "fr": ["atelier", "contact", "bonjour"],
    "es": ["taller", "hola", "reservas"],
    "it": ["laboratorio", "info", "ciao"],
    "nl": ["atelier", "hallo", "info"],
    "pt": ["ateliê", "contato", "ola"],
    "hi": ["studio", "sampark", "info"],
}
WORDS = [
    "claywork",
    "fineline",
    "lightbox",
    "gildedframe",
    "kilnroom",
    "paperandink",
    "silverhalide",
    "loomhouse",
    "brushstroke",
    "saltglaze",
    "darkroomco",
    "mountcutter",
    "makersyard",
    "printbay",
]
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}
FREEMAIL = [
    "mailbox.org",
    "gmx.net",
    "outlook.com",
    "proton.me",
    "web.de",
    "libero.it",
    "orange.fr",
    "uol.com.br",
    "rediffmail.com",
    "yahoo.co.uk",
    "icloud.com",
]
ABROAD = ["PT", "CH", "AT", "BE", "IE", "AU", "US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "IN"]
LAYOUTS = ["{l} – {p}", "☎ {p} ({l})", "» {l} {p}", "{p} — {l}", "{l}, tel. {p}"]
SLOT = re.compile(r"\{(\w+)\}")
_FAKERS = {}


def faker(key, seed):
    if key not in _FAKERS:
        f = Faker(FAKER_LOC.get(key, key))
        f.seed_instance(seed + len(_FAKERS))
        _FAKERS[key] = f
    return _FAKERS[key]


class Doc:
    def __init__(self, ctx, locale, lang, region):
        self.ctx, self.locale, self.lang, self.region = ctx, locale, lang, region
        self.nat = HOME[lang] if region in INTL_ONLY else region
        if lang == "hi":
            self.nat = "IN"
        self.text, self.spans, self.values = "", [], []
        self.town, self.area, self.name = None, None, None

    def regions(self):
        return sorted({self.region, self.nat, HOME[self.lang]})

    def add(self, s):
        self.text += s

    def span(self, kind, s, value):
        self.spans.append({"kind": kind, "start": len(self.text), "end": len(self.text) + len(s)})
        self.text += s
        self.values.append(value)

    def phone(self, region, nsn, mode, written, area_len=None):
        self.span(
            "PHONE",
            written,
            {
                "kind": "PHONE",
                "mode": mode,
                "text": written,
                "region": region,
                "e164": nb.e164(region, nsn),
                "area_len": area_len,
            },
        )

    def own(self, kind):
        rng = self.ctx.rng
        if self.region in INTL_ONLY and rng.random() < 0.5:
            reg, mode = self.region, "international"
        elif self.region in INTL_ONLY:
            reg, mode = self.nat, "national"
        else:
            reg, mode = self.nat, ("international" if rng.random() < 0.22 else "national")
        nsn = nb.draw_nsn(rng, reg, kind)
        self.phone(reg, nsn, mode, nb.written(rng, reg, nsn, kind, mode))

    def fill(self, sentence):
        rng, pos = self.ctx.rng, 0
        for m in SLOT.finditer(sentence):
            self.add(sentence[pos : m.start()])
            pos = m.end()
            slot = m.group(1)
            if slot == "P":
                self.own("fixed")
            elif slot == "M":
                self.own("mobile")
            elif slot == "F":
                reg = self.nat
                nsn = nb.draw_nsn(rng, reg, "free")
                self.phone(reg, nsn, "other", nb.written_free(rng, reg, nsn))
            elif slot == "X":
                reg = rng.choice([r for r in ABROAD if r not in (self.region, self.nat)])
                kind = rng.choice(["fixed", "mobile"])
                nsn = nb.draw_nsn(rng, reg, kind)
                self.phone(reg, nsn, "international", nb.written(rng, reg, nsn, kind, "international"))
            elif slot == "L":
                sub = nb.draw_local(rng, self.region, self.area, nb.AREAS[self.region][self.town][1])
                w = nb.local_form(rng, self.region, sub)
                self.phone(self.region, self.area + sub, "local-announced", w, len(self.area))
            elif slot in ("E", "EP"):
                if slot == "E":
                    w = f"{rng.choice(ROLE[self.lang])}@{rng.choice(WORDS)}.{TLD[self.region]}"
                    w = w.replace("ê", "e")
                else:
                    f = self.ctx.fk_en
                    w = (
                        f"{f.first_name()}.{f.last_name()}".lower().replace("'", "")
                        + "@"
                        + rng.choice(FREEMAIL)
                    )
                self.span(
                    "EMAIL", w, {"kind": "EMAIL", "mode": "role" if slot == "E" else "personal", "text": w}
                )
            elif slot == "C":
                w, mode = nb.card(rng)
                self.span("CREDIT_CARD", w, {"kind": "CREDIT_CARD", "mode": mode, "text": w})
            elif slot == "IB":
                w, mode = nb.iban(rng, IBAN_OF[self.region])
                self.span("IBAN", w, {"kind": "IBAN", "mode": mode, "text": w})
            elif slot == "IP":
                w, mode = nb.ip(rng)
                self.span("IP_ADDRESS", w, {"kind": "IP_ADDRESS", "mode": mode, "text": w})
            elif slot == "S":
                w, mode = nb.ssn(rng)
                self.span("US_SSN", w, {"kind": "US_SSN", "mode": mode, "text": w})
            elif slot.startswith("N_"):
                self.add(self.ctx.drawer.draw(slot[2:], self.lang, self.regions()))
            elif slot == "NAME":
                self.add(self.name)
            elif slot == "TOWN":
                self.add(self.town)
            else:
                raise KeyError(slot)
        self.add(sentence[pos:])

    def contact_block(self):
        rng = self.ctx.rng
        lex = LEX[self.lang]
        layout = rng.choice(LAYOUTS)
        self.add("\n\n" + rng.choice(lex["LIST_HEADS"]) + "\n")
        for label in rng.sample(lex["LABELS"], rng.randint(2, 3)):
            kind = rng.choice(["fixed", "fixed", "mobile"])
            nsn = nb.draw_nsn(rng, self.nat, kind)
            w = nb.written(rng, self.nat, nsn, kind, "national")
            before, after = layout.split("{p}")
            self.add(before.replace("{l}", label))
            self.phone(self.nat, nsn, "list-entry", w)
            self.add(after.replace("{l}", label) + "\n")


def usable(sentence, doc, pii):
    slots = set(SLOT.findall(sentence))
    if "IB" in slots and doc.region not in IBAN_OF:
        return False
    if "S" in slots:
        return False
    pii_slots = {s for s in slots if not s.startswith("N_") and s not in ("NAME", "TOWN")}
    return bool(pii_slots) if pii else not pii_slots


def blanked(doc):
    chars = list(doc.text)
    for sp in doc.spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\u2592"
    return "".join(chars)


def make_doc(ctx, locale, lang, region, genre, polarity, local=0):
    """local: how many locally announced numbers this document carries (0 = none)."""
    rng = ctx.rng
    lex = LEX[lang]
    doc = Doc(ctx, locale, lang, region)
    doc.name = faker(locale if lang != "hi" else "hi", ctx.seed).name()
    g = lex["GENRES"][genre]
    doc.add(rng.choice(g["titles"]) + "\n\n")
    if polarity == "neg":
        body = [s for s in g["body"] if usable(s, doc, False)]
        lines = rng.sample(body, min(len(body), rng.randint(0, 2))) + rng.sample(NEG[lang], rng.randint(2, 4))
        rng.shuffle(lines)
        doc.fill(" ".join(lines) + "\n")
        return doc
    body = [s for s in g["body"] if usable(s, doc, True)]
    quiet = [s for s in g["body"] if usable(s, doc, False)]
    if local:
        templates = (
            [t for t in lex["LOCAL"][region] if t.count("{L}") == local]
            if lang == "en"
            else [t for t in lex["LOCAL"] if t.count("{L}") == local]
        )
        town = rng.choice(sorted(nb.AREAS[region]))
        doc.town, doc.area = town, nb.AREAS[region][town][0]
        lines = rng.sample(body, rng.randint(0, 1)) + rng.sample(quiet, min(len(quiet), rng.randint(0, 1)))
        lines.insert(rng.randint(0, len(lines)), "\n" + rng.choice(templates) + "\n")
        doc.fill(" ".join(lines).strip() + "\n")
        return doc
    lines = rng.sample(body, min(len(body), rng.randint(1, 3)))
    if quiet and rng.random() < 0.6:
        lines.append(rng.choice(quiet))
    if rng.random() < 0.4:
        lines.append(rng.choice(NEG[lang]))
    if locale == "en_US" and genre in ("fair", "gallery", "commission") and rng.random() < 0.6:
        lines.append(rng.choice(lex_en.SSN_LINES))
    rng.shuffle(lines)
    doc.fill(" ".join(lines) + "\n")
    if rng.random() < 0.33:
        doc.contact_block()
    return doc
