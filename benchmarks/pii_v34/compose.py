"""Document assembly for v34: templates with placeholders rendered into text, spans and sidecar values."""

import re
import unicodedata

from faker import Faker

from . import negs, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V

TEXTS = {
    m.__name__.rsplit("_", 1)[1]: {
        "genres": m.G,
        "common": m.COMMON,
        "roles": m.ROLES,
        "orgsuffix": m.ORGSUFFIX,
    }
    for m in (texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt)
}

# locale, language, own region, region of national/list/service numbers, faker locale, IBAN country
LOCALES = [
    ("en_US", "en", "US", "US", "en_US", "DE"),
    ("en_GB", "en", "GB", "GB", "en_GB", "GB"),
    ("en_AU", "en", "AU", "GB", "en_AU", "GB"),
    ("en_IE", "en", "IE", "GB", "en_IE", "IE"),
    ("en_IN", "en", "IN", "IN", "en_IN", "GB"),
    ("de_DE", "de", "DE", "DE", "de_DE", "DE"),
    ("de_AT", "de", "AT", "DE", "de_AT", "AT"),
    ("de_CH", "de", "CH", "DE", "de_CH", "CH"),
    ("fr_FR", "fr", "FR", "FR", "fr_FR", "FR"),
    ("fr_BE", "fr", "BE", "FR", "fr_FR", "BE"),
    ("fr_CH", "fr", "CH", "FR", "fr_CH", "CH"),
    ("es_ES", "es", "ES", "ES", "es_ES", "ES"),
    ("it_IT", "it", "IT", "IT", "it_IT", "IT"),
    ("nl_NL", "nl", "NL", "NL", "nl_NL", "NL"),
    ("nl_BE", "nl", "BE", "NL", "nl_BE", "BE"),
    ("pt_PT", "pt", "PT", "PT", "pt_PT", "PT"),
    ("pt_BR", "pt", "BR", "BR", "pt_BR", "BR"),
    ("en_IN", "hi", "IN", "IN", "hi_IN", "GB"),
]
# which genres carry which of the common lines (e-mail, mobile, landline and service lines go everywhere)
GATE = {
    "iban": {"legal", "insurance", "hr", "tender"},
    "card": {"insurance", "police"},
    "ip": {"police", "insurance", "tender", "hr"},
    "ssn": {"hr", "insurance", "medical"},
}
TLD = {
    "GB": "co.uk",
    "IN": "in",
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
    "IE": "ie",
    "AU": "com.au",
}
TOWN_HI = {
    "Delhi": "दिल्ली",
    "Mumbai": "मुंबई",
    "Jaipur": "जयपुर",
    "Pune": "पुणे",
    "Lucknow": "लखनऊ",
    "Kolkata": "कोलकाता",
}
# cities named in headings (a fixed list: Faker's it_IT city() is not reproducible across processes)
CITIES = {
    "en": ["Leicester", "Norwich", "Springfield", "Galway", "Ballarat", "Stockport", "Toledo", "Derby"],
    "de": ["Göttingen", "Regensburg", "Linz", "Winterthur", "Paderborn", "Lüneburg", "Graz", "Trier"],
    "fr": ["Angers", "Namur", "Lausanne", "Besançon", "Poitiers", "Liège", "Nîmes", "Colmar"],
    "es": ["Albacete", "Cáceres", "Huesca", "Jaén", "Logroño", "Lugo", "Soria", "Teruel"],
    "it": ["Parma", "Lecce", "Pavia", "Trento", "Ancona", "Perugia", "Udine", "Cosenza"],
    "nl": ["Zwolle", "Leuven", "Breda", "Hasselt", "Arnhem", "Gent", "Leeuwarden", "Tilburg"],
    "pt": ["Coimbra", "Braga", "Campinas", "Évora", "Londrina", "Viseu", "Sorocaba", "Aveiro"],
    "hi": ["आगरा", "भोपाल", "इंदौर", "पटना", "कानपुर", "नागपुर", "वाराणसी", "अजमेर"],
}
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "CH", "AT", "BE", "IN", "BR", "IE", "AU"]
PH_RE = re.compile(r"\{([A-Za-z0-9_:]+)\}")
_FAKERS = {}


def faker(loc, seed):
    if loc not in _FAKERS:
        f = Faker(loc)
        f.seed_instance(seed)
        _FAKERS[loc] = f
    return _FAKERS[loc]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", s)


class Doc:
    def __init__(self, rng, loc, seed):
        self.rng = rng
        self.locale, self.lang, self.own, self.nat, floc, self.iban_cc = loc
        self.fk = faker(floc, seed)
        self.fk_en = faker("en_IN", seed) if self.lang == "hi" else self.fk
        self.text = ""
        self.spans, self.values, self.negvals = [], [], []
        self.town = None
        self.regions = sorted({self.own, self.nat})
        self.names = {}
        self.domain = None

    # -------------------------------------------------------------- values
    def phone(self, key):
        rng = self.rng
        if key == "INTL":
            reg = self.own if rng.random() < 0.7 else rng.choice(FOREIGN)
            num = V.make_number(rng, reg, rng.choice(["fixed", "mobile"]))
            return (
                V.pick_form(rng, num, V.intl_forms(num, self.own not in ("US", "BR", "AU")), self.nat),
                num,
                "international",
                reg,
            )
        if key == "SVC":
            num = V.make_number(rng, self.nat, "service")
            return V.pick_form(rng, num, V.national_forms(num), self.nat), num, "other", self.nat
        if key == "LOC":
            num, text = V.make_local(rng, self.nat, self.town)
            return text, num, "local-announced", self.nat
        kind = {"MOB": "mobile", "FIX": "fixed"}.get(key) or rng.choice(["fixed", "mobile"])
        if key != "LP" and self.own != self.nat and rng.random() < 0.5:
            # AT/CH/BE/AU/IE documents write their own numbers internationally only
            num = V.make_number(rng, self.own, kind)
            forms = V.intl_forms(num, self.own != "AU")
            return V.pick_form(rng, num, forms, self.nat), num, "international", self.own
        num = V.make_number(rng, self.nat, kind)
        return (
            V.pick_form(rng, num, V.national_forms(num), self.nat),
            num,
            ("list-entry" if key == "LP" else "national"),
            self.nat,
        )

    def email(self, role):
        if self.domain is None:
            org = self.fk_en.last_name() if self.lang == "hi" else self.fk.last_name()
            self.domain = (
                ascii_slug(org)
                + self.rng.choice(["-law", "-group", "", "-partners", "-med"])
                + "."
                + TLD.get(self.own, self.rng.choice(["com", "org"]))
            )
        if role:
            return self.rng.choice(TEXTS[self.lang]["roles"]) + "@" + self.domain
        f = self.fk_en.first_name() if self.lang == "hi" else self.fk.first_name()
        last = self.fk_en.last_name() if self.lang == "hi" else self.fk.last_name()
        return (
            ascii_slug(f)[: 1 + self.rng.randint(0, 9)]
            + self.rng.choice([".", "_", ""])
            + ascii_slug(last)
            + "@"
            + self.domain
        )

    def fill(self, key):
        fk, rng = self.fk, self.rng
        if key in ("NAME", "NAME2"):
            if key not in self.names:
                self.names[key] = fk.name()
            return self.names[key]
        if key in ("ORG", "ORG2"):
            if key not in self.names:
                self.names[key] = fk.last_name() + " " + rng.choice(TEXTS[self.lang]["orgsuffix"])
            return self.names[key]
        if key == "CITY":
            if "CITY" not in self.names:
                self.names["CITY"] = rng.choice(CITIES[self.lang])
            return self.names["CITY"]
        if key == "TOWN":
            return TOWN_HI.get(self.town[0], self.town[0]) if self.lang == "hi" else self.town[0]
        if key == "PNAME":
            return fk.name()
        if key == "REL":
            return rng.choice(self.rel_words)
        return None

    # -------------------------------------------------------------- rendering
    def add(self, s):
        self.text += s

    def render(self, tpl):
        pos = 0
        for m in PH_RE.finditer(tpl):
            self.add(tpl[pos : m.start()])
            pos = m.end()
            key = m.group(1)
            if key.startswith("n:"):
                for _ in range(30):
                    negs.OWN["region"] = self.own
                    v = negs.KINDS[key[2:]](self.rng, self.lang)
                    if screen.neg_ok(v, self.regions):
                        break
                self.negvals.append((key[2:], v))
                self.add(v)
                continue
            f = self.fill(key)
            if f is not None:
                self.add(f)
                continue
            if key in ("INTL", "NAT", "MOB", "FIX", "SVC", "LOC", "LP"):
                text, num, mode, reg = self.phone(key)
                val = V.phone_value(num, mode, text, reg)
            elif key in ("EMAIL", "ROLE"):
                text = self.email(key == "ROLE")
                val = {"kind": "EMAIL", "mode": "role" if key == "ROLE" else "personal", "text": text}
            elif key == "IBAN":
                val = V.make_iban(self.rng, self.iban_cc)
            elif key == "CARD":
                val = V.make_card(self.rng)
            elif key in ("IP4", "IPP", "IP6"):
                val = V.make_ip(self.rng, {"IP4": "v4", "IPP": "v4-private", "IP6": "v6"}[key])
            elif key == "SSN":
                val = V.make_ssn(self.rng)
            else:
                raise KeyError(key)
            start = len(self.text)
            self.add(val["text"])
            self.spans.append({"kind": val["kind"], "start": start, "end": len(self.text)})
            self.values.append(val)
        self.add(tpl[pos:])


def build(rng, loc, genre, positive, seed):
    doc = Doc(rng, loc, seed)
    T = TEXTS[doc.lang]
    g = T["genres"][genre]
    C = T["common"]
    lst = g.get("list")
    doc.rel_words = lst[2] if lst else ["-"]
    if doc.nat in LOCAL_REGIONS and doc.own == doc.nat:
        doc.town = rng.choice(V.AREAS[doc.nat])
    parts = [rng.choice(g["head"])]
    body = []
    if positive:
        body += rng.sample(g["ph"], rng.randint(1, min(3, len(g["ph"]))))
        if doc.town and rng.random() < 0.6:
            body += rng.sample(C["loc"], rng.randint(1, 2))
        for key, p in (
            ("mob", 0.25),
            ("fix", 0.2),
            ("svc", 0.3),
            ("email", 0.4),
            ("iban", 0.25),
            ("card", 0.25),
            ("ip", 0.25),
            ("ssn", 0.8 if doc.locale == "en_US" else 0),
        ):
            if key in C and genre in GATE.get(key, {genre}) and rng.random() < p:
                body.append(rng.choice(C[key]))
        body += rng.sample(g["fill"], rng.randint(1, 2))
    else:
        body += rng.sample(g["fill"], min(len(g["fill"]), rng.randint(3, 4)))
    rng.shuffle(body)
    parts += body
    if positive and lst and rng.random() < 0.65:
        rows = [lst[1] for _ in range(rng.randint(2, 3))]
        parts.append(lst[0] + "\n" + "\n".join(rows))
    parts.append(rng.choice(g["foot"]))
    seps = []
    for i, p in enumerate(parts):
        if i:
            seps.append("\n\n" if (i == 1 or i == len(parts) - 1 or "\n" in p) else "\n")
    for i, p in enumerate(parts):
        if i:
            doc.add(seps[i - 1])
        doc.render(p)
    doc.add("\n")
    return doc


def make_doc(rng, loc, genre, positive, seed):
    """Draw until the document passes the screens; returns (doc, redraws)."""
    for tries in range(60):
        doc = build(rng, loc, genre, positive, seed)
        regions = sorted({doc.own, doc.nat})
        if positive and not doc.spans:
            continue
        if not all(screen.neg_ok(v, regions) for _, v in doc.negvals):
            continue
        if not screen.doc_ok(doc.text, doc.spans, regions):
            continue
        return doc, tries
    raise RuntimeError("could not draw %s %s" % (loc[0], genre))
