"""Builds v60 documents: fills sentence slots with checked values, records spans, screens the rest."""

import re

import phonenumbers
from faker import Faker

from . import habits as hb
from . import lex_de_fr_es as l2
from . import lex_en as en
from . import lex_it_nl_pt_hi as l3
from . import negs
from . import numbers as nb

EN = {"TITLES": en.TITLES, "POS": en.POS, "NEG": en.NEG}
LEX = {"en": EN, "de": l2.DE, "fr": l2.FR, "es": l2.ES, "it": l3.IT, "nl": l3.NL, "pt": l3.PT, "hi": l3.HI}
LOCAL = {
    ("en", "US"): en.LOCAL["US"],
    ("en", "GB"): en.LOCAL["GB"],
    ("en", "IN"): en.LOCAL["IN"],
    ("de", "DE"): l2.DE["LOCAL"],
    ("nl", "NL"): l3.NL["LOCAL"],
    ("pt", "BR"): l3.PT["LOCAL"],
    ("hi", "IN"): l3.HI["LOCAL"],
}
# language -> (locale, own region, region for national/list/service numbers, Faker locale)
LOCALES = {
    "en": [
        ("en_US", "US", "US", "en_US"),
        ("en_GB", "GB", "GB", "en_GB"),
        ("en_IN", "IN", "IN", "en_IN"),
        ("en_AU", "AU", "GB", "en_AU"),
        ("en_IE", "IE", "GB", "en_IE"),
    ],
    "de": [("de_DE", "DE", "DE", "de_DE"), ("de_AT", "AT", "DE", "de_AT"), ("de_CH", "CH", "DE", "de_CH")],
    "fr": [("fr_FR", "FR", "FR", "fr_FR"), ("fr_BE", "BE", "FR", "fr_BE")],
    "es": [("es_ES", "ES", "ES", "es_ES")],
    "it": [("it_IT", "IT", "IT", "it_IT")],
    "nl": [("nl_NL", "NL", "NL", "nl_NL"), ("nl_BE", "BE", "NL", "nl_BE")],
    "pt": [("pt_BR", "BR", "BR", "pt_BR"), ("pt_PT", "PT", "PT", "pt_PT")],
    "hi": [("en_IN", "IN", "IN", "hi_IN")],
}
HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
HEADS = {
    "en": ["Contacts", "Who to call", "Phone list", "Key numbers"],
    "de": ["Telefonliste", "Kontakte"],
    "fr": ["Contacts", "Annuaire"],
    "es": ["Contactos", "Directorio"],
    "it": ["Recapiti", "Rubrica"],
    "nl": ["Contactgegevens", "Telefoonlijst"],
    "pt": ["Contatos", "Ramais e telefones"],
    "hi": ["संपर्क सूची"],
}
LABELS = {
    "en": ["Lab manager", "Porters", "Grants office", "Duty technician", "Field warden", "Union reception"],
    "de": ["Sekretariat", "Werkstatt", "Hausmeister", "Drittmittel"],
    "fr": ["Secrétariat", "Astreinte", "Accueil"],
    "es": ["Secretaría", "Conserjería", "Guardia"],
    "it": ["Segreteria", "Portineria", "Reperibilità"],
    "nl": ["Secretariaat", "Receptie", "Beheerder"],
    "pt": ["Secretaria", "Portaria", "Plantão"],
    "hi": ["कार्यालय", "वार्डन", "सुरक्षा"],
}
LAYOUTS = ["{l}: {p}", "• {l} – {p}", "{p} ({l})", "{l}\t{p}", "– {l}, {p}"]
ROLES = [
    "grants",
    "fieldstation",
    "seminars",
    "registration",
    "labsafety",
    "advice",
    "doctoral.college",
    "visitors",
]
PLACE = re.compile(r"\{([A-Z0-9]+)(?::([a-z_]+))?\}")
FAKERS = {}


def faker(loc, rng):
    if loc not in FAKERS:
        FAKERS[loc] = Faker(loc)
    f = FAKERS[loc]
    f.seed_instance(rng.randrange(10**9))
    return f


def _ascii(s):
    table = str.maketrans("äöüéèêëáàâãíóôõúçñ", "aoueeeeaaaaioooucn")
    return re.sub(r"[^a-z]", "", s.lower().translate(table))


class Doc:
    def __init__(self, rng, lang, loc, drawer):
        self.rng, self.lang, self.drawer = rng, lang, drawer
        self.locale, self.own, self.nat, self.fk = loc
        self.regions = sorted({self.own, self.nat, HOME[lang]})
        self.text, self.spans, self.values = "", [], []
        self.area = None

    def add(self, s):
        self.text += s

    def value(self, kind, mode, text, **extra):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        v = {"kind": kind, "mode": mode, "text": text}
        v.update(extra)
        self.values.append(v)

    def phone(self, kind, mode=None):
        rng = self.rng
        if kind == "other":
            num = nb.draw(rng, self.nat, "other")
            return self.value(
                "PHONE",
                "other",
                hb.other(num, self.nat, rng),
                region=self.nat,
                e164=nb.e164(num),
                area_len=None,
            )
        if mode is None:
            if self.own in INTL_ONLY:
                mode = "international" if rng.random() < 0.55 else "national"
            else:
                mode = "international" if rng.random() < 0.22 else "national"
        if mode == "international":
            region = (
                self.own
                if rng.random() < 0.75
                else rng.choice(["US", "GB", "DE", "FR", "NL", "IN", "BR", "CH"])
            )
            num = nb.draw(rng, region, kind)
            text = hb.international(num, region, rng)
        else:
            region = self.nat
            num = nb.draw(rng, region, kind)
            text = hb.national(num, region, rng)
        self.value("PHONE", mode, text, region=region, e164=nb.e164(num), area_len=None)

    def local(self):
        num, sub = nb.draw_local(self.rng, self.own, self.area[1])
        self.value(
            "PHONE",
            "local-announced",
            hb.local(sub, self.own, self.rng),
            region=self.own,
            e164=nb.e164(num),
            area_len=len(self.area[1]),
        )

    def email(self, personal):
        f = faker("en_US", self.rng)
        dom = _ascii(f.last_name()) + self.rng.choice(
            [".edu", ".ac.uk", "-uni.de", ".univ.fr", ".edu.br", ".ac.in", ".nl"]
        )
        user = f"{_ascii(f.first_name())}.{_ascii(f.last_name())}" if personal else self.rng.choice(ROLES)
        self.value("EMAIL", "personal" if personal else "role", f"{user}@{dom}")

    def fill(self, sentence):
        pos = 0
        for m in PLACE.finditer(sentence):
            self.add(sentence[pos : m.start()])
            pos = m.end()
            tag, arg = m.group(1), m.group(2)
            rng = self.rng
            if tag == "P":
                self.phone("fixed")
            elif tag == "M":
                self.phone("mobile")
            elif tag == "O":
                self.phone("other")
            elif tag == "L":
                self.local()
            elif tag == "T":
                self.add(self.area[0])
            elif tag == "X":
                self.add(faker(self.fk, rng).name())
            elif tag in ("E", "EP"):
                self.email(tag == "EP")
            elif tag in ("I4", "IP", "I6"):
                mode = {"I4": "v4", "IP": "v4-private", "I6": "v6"}[tag]
                self.value("IP_ADDRESS", mode, nb.ip(rng, mode))
            elif tag == "C":
                style = rng.choice(["spaced", "solid", "dashed"])
                self.value("CREDIT_CARD", style, nb.card(rng, style))
            elif tag == "B":
                style = rng.choice(["print", "electronic"])
                cc = {"US": "GB", "IN": "GB", "AU": "GB"}.get(self.own, self.own)
                self.value("IBAN", style, nb.iban(rng, cc, style))
            elif tag == "S":
                style = rng.choice(["dashed", "spaced"])
                self.value("US_SSN", style, nb.ssn(rng, style))
            elif tag == "N":
                self.add(self.drawer.draw(arg, self.regions))
            else:
                raise KeyError(tag)
        self.add(sentence[pos:])

    def contact_list(self, n):
        self.add("\n" + self.rng.choice(HEADS[self.lang]) + "\n")
        layout = self.rng.choice(LAYOUTS)
        for label in self.rng.sample(LABELS[self.lang], n):
            pre, post = layout.split("{p}")
            self.add(pre.replace("{l}", label))
            self.phone(self.rng.choice(["fixed", "mobile"]), mode="national")
            self.values[-1]["mode"] = "list-entry"
            self.add(post.replace("{l}", label) + "\n")

    def clean(self):
        """Spans never touch a letter or digit; nothing outside the spans is flagged."""
        for s in self.spans:
            if s["start"] > 0 and self.text[s["start"] - 1].isalnum():
                return False
            if s["end"] < len(self.text) and self.text[s["end"]].isalnum():
                return False
        return screen_blanked(self.text, self.spans, self.regions)


def screen_blanked(text, spans, regions):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    blank = "".join(chars)
    return not negs.phone_hits(blank, regions) and not negs.guard_hits(blank)


def sentences(rng, lang, genre, kind, k):
    pool = LEX[lang][kind].get(genre, [])
    return rng.sample(pool, min(k, len(pool)))


def build_doc(rng, lang, genre, kind, drawer, local_region=None, n_local=0):
    """kind 'pos' or 'neg'. Returns a Doc, or None when the screens reject it."""
    locs = LOCALES[lang]
    loc = next(x for x in locs if x[1] == local_region) if local_region else rng.choice(locs)
    d = Doc(rng, lang, loc, drawer)
    d.add(rng.choice(LEX[lang]["TITLES"][genre]) + "\n\n")
    parts = []
    if kind == "pos":
        if local_region:
            d.area = rng.choice(nb.AREAS[local_region])
            pool = LOCAL[(lang, local_region)]
            while n_local > 0:
                s = rng.choice([p for p in pool if 0 < p.count("{L}") <= n_local and p not in parts])
                parts.append(s)
                n_local -= s.count("{L}")
            parts += sentences(rng, lang, genre, "POS", rng.randrange(0, 2))
        else:
            parts += sentences(rng, lang, genre, "POS", rng.randrange(1, 3))
        parts += sentences(rng, lang, genre, "NEG", rng.randrange(0, 2))
    else:
        parts += sentences(rng, lang, genre, "NEG", rng.randrange(1, 4))
    rng.shuffle(parts)
    for i, s in enumerate(parts):
        d.fill(s)
        d.add("\n" if "\n" in s or i == len(parts) - 1 else " ")
    if kind == "pos" and not local_region and rng.random() < 0.3:
        d.contact_list(rng.randrange(1, 3))
    if kind == "pos" and local_region and rng.random() < 0.12:
        d.contact_list(1)
    if kind == "pos" and not d.values:
        return None
    return d if d.clean() else None


def valid_phone(v):
    num = phonenumbers.parse(v["e164"])
    return phonenumbers.is_valid_number(num)
