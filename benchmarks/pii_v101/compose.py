"""Lexicon parsing, locales and document assembly for v101."""

import re

import phonenumbers

from . import lex_de_fr, lex_en, lex_nl_hi, lex_south, negs, numbers, values

# locale -> (language, own region, national region);
# AT/CH/BE/AU/IE write their own numbers internationally only
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
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
    "hi": ("hi", "IN", "IN"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
FAKER_LOCALE = {
    "hi": "hi_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_BE": "fr_BE",
    "fr_CH": "fr_CH",
    "nl_BE": "nl_BE",
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]


def parse_lex(block):
    lines = []
    for raw in block.strip("\n").split("\n"):
        if raw.startswith(" ") and lines:
            lines[-1] = lines[-1] + " " + raw.strip()
        elif raw.strip():
            lines.append(raw)
    out = {}
    for line in lines:
        tag, key, text = line.split("|", 2)
        out.setdefault((tag, key), []).append(text)
    return out


LEX = {
    "en": parse_lex(lex_en.LEX),
    "de": parse_lex(lex_de_fr.LEX_DE),
    "fr": parse_lex(lex_de_fr.LEX_FR),
    "es": parse_lex(lex_south.LEX_ES),
    "it": parse_lex(lex_south.LEX_IT),
    "pt": parse_lex(lex_south.LEX_PT),
    "nl": parse_lex(lex_nl_hi.LEX_NL),
    "hi": parse_lex(lex_nl_hi.LEX_HI),
}
LOCAL = {
    "en": parse_lex(lex_en.LOCAL),
    "de": parse_lex(lex_de_fr.LOCAL_DE),
    "pt": parse_lex(lex_south.LOCAL_PT),
    "nl": parse_lex(lex_nl_hi.LOCAL_NL),
    "hi": parse_lex(lex_nl_hi.LOCAL_HI),
}


def genres(lang):
    return sorted({k for (t, k) in LEX[lang] if t == "head"})


# contact blocks: five layouts new to v101, heads and labels per language
LIST_HEADS = {
    "en": ["Numbers to keep", "Shop & helpdesk contacts", "If you need us", "Call-back list"],
    "de": ["Telefonliste", "So erreichen Sie uns", "Rückrufnummern"],
    "fr": ["Pour nous joindre", "Annuaire du service"],
    "es": ["Dónde llamarnos", "Contactos del taller"],
    "it": ["Recapiti", "Chi chiamare"],
    "nl": ["Bereikbaarheid", "Telefoonlijst"],
    "pt": ["Contatos da loja", "Onde ligar"],
    "hi": ["संपर्क सूची", "कॉल करने के लिए नंबर"],
}
LABELS = {
    "en": [
        "Workshop",
        "Front counter",
        "After-hours line",
        "Data recovery lab",
        "Field installer",
        "SIM desk",
        "Billing",
        "On-call engineer",
    ],
    "de": ["Werkstatt", "Annahme", "Notdienst", "Datenrettung", "Außendienst", "SIM-Service"],
    "fr": ["Atelier", "Accueil", "Astreinte", "Laboratoire", "Techniciens"],
    "es": ["Taller", "Mostrador", "Guardia", "Técnicos de campo"],
    "it": ["Laboratorio", "Banco accettazione", "Reperibilità", "Tecnici"],
    "nl": ["Werkplaats", "Balie", "Storingsdienst", "Datarecovery", "Monteurs"],
    "pt": ["Assistência", "Balcão", "Plantão", "Técnicos", "Recuperação de dados"],
    "hi": ["वर्कशॉप", "काउंटर", "रात की हेल्पलाइन", "इंस्टॉलेशन टीम"],
}
TEL = {
    "en": "tel.",
    "de": "Tel.",
    "fr": "tél.",
    "es": "tel.",
    "it": "tel.",
    "nl": "tel.",
    "pt": "tel.",
    "hi": "फ़ोन",
}
LAYOUTS = ["bullet", "tab", "numbered", "paren", "tel"]

SLOT_RE = re.compile(r"\{([a-z0-9_:]+)\}")


class Doc:
    """Text and spans built piece by piece."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.vals = []

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def value(self, s, val):
        self.spans.append({"kind": val["kind"], "start": self.n, "end": self.n + len(s)})
        self.vals.append(val)
        self.add(s)

    def text(self):
        return "".join(self.parts)


class Ctx:
    """Per-document drawing context."""

    def __init__(self, rng, fakes, drawer, locale, town=None, area=None, local_region=None):
        self.rng = rng
        self.locale = locale
        self.lang, self.own, self.nat = LOCALES[locale]
        self.fake = fakes[FAKER_LOCALE.get(locale, locale if locale != "hi" else "hi_IN")]
        self.fake_en = fakes["en_US"]
        self.drawer = drawer
        self.town, self.area, self.local_region = town, area, local_region
        self.regions = sorted({self.own, self.nat, HOME[self.lang], "US"})
        self.neg_loc = locale if locale != "hi" else "en_IN"
        self.person = (self.fake.first_name(), self.fake.last_name())

    def phone(self, region, kind, mode):
        num = numbers.draw(self.rng, region, kind)
        text = numbers.write(self.rng, num, region, mode)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": numbers.e164(num),
            "area_len": None,
        }

    def fill(self, doc, slot):
        rng = self.rng
        if slot.startswith("k:"):
            doc.add(self.drawer.draw(slot[2:], self.neg_loc, self.regions))
            return
        if slot == "name":
            doc.add(" ".join(self.person))
            return
        if slot == "town":
            doc.add(self.town)
            return
        if slot == "area":
            doc.add(self.area)
            return
        if slot == "loc":
            num, sub = numbers.draw_local(rng, self.local_region, self.area)
            text = numbers.write_local(rng, sub, self.local_region, self.area, num)
            doc.value(
                text,
                {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": self.local_region,
                    "e164": numbers.e164(num),
                    "area_len": len(self.area),
                },
            )
            return
        if slot in ("fix", "mob"):
            kind = "fixed" if slot == "fix" else "mobile"
            if self.own != self.nat and rng.random() < 0.6:
                text, val = self.phone(self.own, kind, "international")
            elif rng.random() < 0.15:
                text, val = self.phone(self.nat, kind, "international")
            else:
                text, val = self.phone(self.nat, kind, "national")
        elif slot == "free":
            text, val = self.phone(self.nat, "other", "other")
        elif slot == "intl":
            text, val = self.phone(self.own, rng.choice(["fixed", "mobile"]), "international")
        elif slot == "intlx":
            region = rng.choice([r for r in FOREIGN if r != self.own])
            text, val = self.phone(region, rng.choice(["fixed", "mobile"]), "international")
        elif slot == "card":
            text, mode = values.card(rng)
            val = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        elif slot == "iban":
            text, mode = values.iban(rng, self.lang)
            val = {"kind": "IBAN", "mode": mode, "text": text}
        elif slot == "email":
            text, mode = values.email(rng, self.fake_en, *self.person)
            val = {"kind": "EMAIL", "mode": mode, "text": text}
        elif slot == "role":
            text, mode = values.role_email(rng, self.fake_en)
            val = {"kind": "EMAIL", "mode": mode, "text": text}
        elif slot in ("ip4", "ipp", "ip6"):
            if slot == "ip4" and rng.random() < 0.2:
                slot = "ip6"
            text, mode = values.ip(rng, {"ip4": "v4", "ipp": "v4-private", "ip6": "v6"}[slot])
            val = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        elif slot == "ssn":
            text, mode = values.ssn(rng)
            val = {"kind": "US_SSN", "mode": mode, "text": text}
        else:
            raise KeyError(slot)
        doc.value(text, val)

    def render(self, doc, template):
        pos = 0
        for m in SLOT_RE.finditer(template):
            doc.add(template[pos : m.start()])
            self.fill(doc, m.group(1))
            pos = m.end()
        doc.add(template[pos:])

    def list_block(self, doc, n):
        rng = self.rng
        doc.add(rng.choice(LIST_HEADS[self.lang]) + "\n")
        layout = rng.choice(LAYOUTS)
        labels = rng.sample(LABELS[self.lang], n)
        for i, label in enumerate(labels):
            kind = rng.choice(["fixed", "fixed", "mobile", "other"])
            text, val = self.phone(self.nat, kind, "national" if kind != "other" else "other")
            val["mode"] = "list-entry"
            if layout == "bullet":
                doc.add(f"• {label} — ")
                doc.value(text, val)
            elif layout == "tab":
                doc.add(f"{label}\t")
                doc.value(text, val)
            elif layout == "numbered":
                doc.add(f"{i + 1}) {label}: ")
                doc.value(text, val)
            elif layout == "paren":
                doc.value(text, val)
                doc.add(f" ({label})")
            else:
                doc.add(f"{label} – {TEL[self.lang]} ")
                doc.value(text, val)
            doc.add("\n")


def has_slot(t, names):
    return any(m.group(1) in names for m in SLOT_RE.finditer(t))


PII_SLOTS = {
    "fix",
    "mob",
    "free",
    "intl",
    "intlx",
    "card",
    "iban",
    "email",
    "role",
    "ip4",
    "ipp",
    "ip6",
    "ssn",
}


def usable(ctx, t):
    """en_US-only SSNs; own-region international numbers only make sense where locale differs from nat."""
    if "{ssn}" in t and ctx.locale != "en_US":
        return False
    return True


def build_doc(ctx, genre, kind, locals_wanted=0):
    """kind: 'pos', 'neg' or 'local' (locals_wanted subscriber numbers announced with ctx.town)."""
    rng = ctx.rng
    lex = LEX[ctx.lang]
    doc = Doc()
    doc.add(rng.choice(lex[("head", genre)]) + "\n\n")
    negs_pool = lex.get(("neg", genre), [])
    pos_pool = [t for t in lex.get(("pos", genre), []) if usable(ctx, t)]
    body = []
    if kind == "neg":
        body = rng.sample(negs_pool, min(len(negs_pool), rng.choice([2, 2, 3])))
    elif kind == "pos":
        body = rng.sample(pos_pool, rng.choice([1, 1, 2]))
        body += rng.sample(negs_pool, min(len(negs_pool), rng.choice([1, 1, 2])))
        rng.shuffle(body)
    else:
        pool = LOCAL[ctx.lang][("loc", ctx.local_region)]
        left = locals_wanted
        while left:
            cands = [t for t in pool if 0 < t.count("{loc}") <= left and t not in body]
            t = rng.choice(cands)
            body.append(t)
            left -= t.count("{loc}")
        body.append(rng.choice(negs_pool))
        if rng.random() < 0.3:
            body.insert(rng.randrange(len(body) + 1), rng.choice(pos_pool))
    for i, t in enumerate(body):
        ctx.render(doc, t)
        doc.add(" " if i + 1 < len(body) and rng.random() < 0.6 else "\n")
    if kind == "pos" and rng.random() < 0.3:
        doc.add("\n")
        ctx.list_block(doc, rng.choice([2, 2, 3]))
    return doc


def screen_doc(doc, regions):
    text = doc.text()
    chars = list(text)
    for s in doc.spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    blank = "".join(chars)
    return negs.phone_hits(blank, regions) + negs.guard_hits(blank)


def touches(text, s):
    before = text[s["start"] - 1] if s["start"] else " "
    after = text[s["end"]] if s["end"] < len(text) else " "
    return before.isalnum() or after.isalnum()


def region_of(e164):
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164))
