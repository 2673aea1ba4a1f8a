"""Document composition for v77: cells from the lexicon modules, slots filled and labelled."""

import re

from faker import Faker

from . import areas, negs
from . import numbers as nm
from .lex_de_fr_nl import DE, FR, LOCAL_DE, LOCAL_NL, NL
from .lex_en import EN, LOCAL_EN
from .lex_es_it_pt_hi import ES, HI, IT, LOCAL_HI, LOCAL_PT, PT

CELLS = {"en": EN, "de": DE, "fr": FR, "nl": NL, "es": ES, "it": IT, "pt": PT, "hi": HI}
LOCAL_PHRASES = {"en": LOCAL_EN, "de": LOCAL_DE, "nl": LOCAL_NL, "pt": LOCAL_PT, "hi": LOCAL_HI}
# locale -> (language, own region, region of national, list and service numbers, IBAN country)
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
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "BE"),
    "es_ES": ("es", "ES", "ES", "ES"),
    "it_IT": ("it", "IT", "IT", "IT"),
    "pt_PT": ("pt", "PT", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR", None),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "hi": "IN"}
FAKER_LOCALE = {
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
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "pt_PT": "pt_PT",
    "pt_BR": "pt_BR",
    "hi": "hi_IN",
}
CURRENCY = {"en_US": "$", "en_IN": "₹", "en_AU": "A$", "en_IE": "€"}
FOREIGN = ["GB", "DE", "FR", "NL", "ES", "IT", "PT", "IE", "BE", "CH", "AT", "US", "AU", "BR", "IN"]
ROLES = {
    "en": ["harbourmaster", "berths", "bookings", "office", "yard", "visits", "market"],
    "de": ["hafenmeister", "buchung", "info", "werft", "station"],
    "fr": ["capitainerie", "reservation", "accueil", "station"],
    "nl": ["havenmeester", "boekingen", "info", "werf"],
    "es": ["capitania", "reservas", "lonja"],
    "it": ["direzione", "prenotazioni", "cantiere"],
    "pt": ["secretaria", "reservas", "estaleiro"],
    "hi": ["harbour", "booking", "samiti"],
}
HEADS = {
    "en": ["Harbour contacts", "Numbers for the pontoon", "Who's who at the yard", "Crew contacts"],
    "de": ["Kontakte im Hafen", "Telefonliste Steg"],
    "fr": ["Contacts du port", "Annuaire de la station"],
    "nl": ["Havencontacten", "Telefoonlijst werf"],
    "es": ["Contactos del puerto", "Teléfonos de la lonja"],
    "it": ["Recapiti del porto", "Rubrica del cantiere"],
    "pt": ["Contatos do porto", "Ramais do píer"],
    "hi": ["बंदरगाह संपर्क", "घाट के फ़ोन"],
}
LABELS = {
    "en": [
        "Fuel dock",
        "Night security",
        "Yard foreman",
        "Sail loft",
        "Rigger",
        "Launch driver",
        "Ice plant",
        "Crew coordinator",
    ],
    "de": ["Tankstelle", "Nachtwache", "Werftmeister", "Segelmacher", "Kranführer", "Hafenmeister"],
    "fr": ["Station carburant", "Gardiennage", "Chef de chantier", "Voilerie", "Grutier"],
    "nl": ["Brandstofsteiger", "Nachtwacht", "Werfbaas", "Zeilmakerij", "Kraanmachinist"],
    "es": ["Gasolinera", "Vigilancia nocturna", "Jefe de varadero", "Velería"],
    "it": ["Distributore", "Guardiania", "Capo cantiere", "Veleria"],
    "pt": ["Posto de combustível", "Vigia noturno", "Mestre do estaleiro", "Velaria"],
    "hi": ["ईंधन घाट", "रात्रि गार्ड", "यार्ड फ़ोरमैन", "बर्फ़ प्लांट"],
}
LAYOUTS = [
    "• {label}: {phone}",
    "{label}\t{phone}",
    "{phone} ({label})",
    "{label} – {phone}",
    "{label} ☎ {phone}",
]
PHONE_SLOT = re.compile(r"\{[PMOI]\}")
SLOT = re.compile(r"\{(\w+)(?::([\w-]+))?\}")


def parse_cell(text):
    out = {"T": [], "S": [], "N": [], "L": []}
    last = "S"
    for line in text.strip("\n").split("\n"):
        if line.startswith("  "):
            out[last][-1] += " " + line.strip()
        else:
            last = line[0]
            out[last].append(line[2:])
    return out


class Builder:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for i, (key, loc) in enumerate(sorted(FAKER_LOCALE.items())):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[key] = f
        self.mail = Faker("en_US")
        self.mail.seed_instance(seed + 99)
        self.cells = {lang: {g: parse_cell(t) for g, t in c.items()} for lang, c in CELLS.items()}
        self.locals = {lang: parse_cell(t)["L"] for lang, t in LOCAL_PHRASES.items()}

    def regions(self, locale, lang):
        _, own, nat, _ = LOCALES[locale]
        regs = (
            [own, nat, HOME[lang]] + (["US"] if lang == "en" else []) + (["BR"] if locale == "pt_BR" else [])
        )
        return list(dict.fromkeys(regs))

    def phone(self, region, kind, mode, intl=False):
        nsn = nm.draw(self.rng, region, kind)
        f = nm.international if intl else nm.national
        text = f(self.rng, region, nsn, kind)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nm.e164(region, nsn),
            "area_len": None,
        }

    def slot(self, name, arg, ctx):
        rng, locale, lang = self.rng, ctx["locale"], ctx["lang"]
        _, own, nat, iban_cc = LOCALES[locale]
        if name == "P":
            return self.phone(nat, "fixed", "national")
        if name == "M":
            return self.phone(nat, "mobile", "national")
        if name == "O":
            return self.phone(nat, "other", "other")
        if name == "I":
            reg = own if rng.random() < 0.6 else rng.choice(FOREIGN)
            return self.phone(reg, rng.choice(["fixed", "mobile"]), "international", intl=True)
        if name == "L":
            sub = areas.draw_local(rng, ctx["region"], ctx["area"])
            text = nm.local_form(rng, ctx["region"], sub)
            return text, {
                "kind": "PHONE",
                "mode": "local-announced",
                "text": text,
                "region": ctx["region"],
                "e164": nm.e164(ctx["region"], ctx["area"] + sub),
                "area_len": len(ctx["area"]),
            }
        if name == "T":
            return ctx["town"], None
        if name == "NAME":
            return self.fakers["hi" if lang == "hi" else locale].name(), None
        if name == "E":
            text = "%s@%s" % (self.mail.user_name(), self.mail.free_email_domain())
            return text, {"kind": "EMAIL", "mode": "personal", "text": text}
        if name == "R":
            text = "%s@%s" % (rng.choice(ROLES[lang]), self.mail.domain_name())
            return text, {"kind": "EMAIL", "mode": "role", "text": text}
        if name == "C":
            text, mode = nm.card(rng)
            return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        if name == "B":
            text, mode = nm.iban(rng, iban_cc)
            return text, {"kind": "IBAN", "mode": mode, "text": text}
        if name == "IP":
            text, mode = nm.ip(rng)
            return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        if name == "S":
            text, mode = nm.ssn(rng)
            return text, {"kind": "US_SSN", "mode": mode, "text": text}
        if name == "N":
            return self.drawer.value(arg, lang, ctx["regions"]), None
        raise KeyError(name)

    def usable(self, sentence, locale):
        iban_cc = LOCALES[locale][3]
        if "{B}" in sentence and iban_cc is None:
            return False
        return "{S}" not in sentence or locale == "en_US"

    def fill(self, template, ctx, parts):
        """Append the filled template to parts, a list of (text, value-or-None)."""
        if ctx["lang"] == "en" and ctx["locale"] in CURRENCY:
            template = template.replace("£", CURRENCY[ctx["locale"]])
        pos = 0
        for m in SLOT.finditer(template):
            parts.append((template[pos : m.start()], None))
            parts.append(self.slot(m.group(1), m.group(2), ctx))
            pos = m.end()
        parts.append((template[pos:], None))

    def list_block(self, ctx, parts):
        rng, lang = self.rng, ctx["lang"]
        nat = LOCALES[ctx["locale"]][2]
        layout = rng.choice(LAYOUTS)
        parts.append(("\n\n" + rng.choice(HEADS[lang]) + "\n", None))
        for label in rng.sample(LABELS[lang], rng.randint(2, 3)):
            text, val = self.phone(nat, rng.choice(["fixed", "mobile", "mobile"]), "list-entry")
            a, b = layout.split("{phone}")
            parts.append((a.replace("{label}", label), None))
            parts.append((text, val))
            parts.append((b.replace("{label}", label) + "\n", None))

    def document(self, ctx, kind, local_phrase=None):
        """kind: pos or neg. Returns (text, spans, values)."""
        rng = self.rng
        cell = self.cells[ctx["lang"]][ctx["genre"]]
        parts = [(rng.choice(cell["T"]) + "\n\n", None)]
        body = []
        if kind == "pos":
            pool = [s for s in cell["S"] if self.usable(s, ctx["locale"])]
            phones = [s for s in pool if PHONE_SLOT.search(s)]
            if not local_phrase:
                body.append(rng.choice(phones))
            for s in rng.sample(pool, min(len(pool), rng.randint(1, 2))):
                if s not in body and (PHONE_SLOT.search(s) or rng.random() < keep(s)):
                    body.append(s)
            body += rng.sample(cell["N"], rng.randint(0, 2))
        else:
            body += rng.sample(cell["N"], min(len(cell["N"]), rng.randint(2, 4)))
        rng.shuffle(body)
        if local_phrase:
            body.insert(rng.randint(0, len(body)), local_phrase)
        split = rng.randint(1, len(body)) if len(body) > 2 else len(body)
        for i, sentence in enumerate(body):
            if i:
                parts.append(("\n\n" if i == split else " ", None))
            self.fill(sentence, ctx, parts)
        if kind == "pos" and not local_phrase and rng.random() < 0.3:
            self.list_block(ctx, parts)
        else:
            parts.append(("\n", None))
        text, spans, values = "", [], []
        for piece, val in parts:
            if val is not None:
                spans.append({"kind": val["kind"], "start": len(text), "end": len(text) + len(piece)})
                values.append(val)
            text += piece
        if not text.endswith("\n"):
            text += "\n"
        return text, spans, values


def keep(sentence):
    """How often a sentence without a phone slot is kept: IPs and IBANs more often than cards and e-mails."""
    if "{IP}" in sentence:
        return 0.8
    return 0.6 if "{B}" in sentence else 0.3
