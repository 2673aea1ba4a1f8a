"""Builds one document (positive or negative) from a language's sentences, with its spans and values."""

import string
import unicodedata

from faker import Faker

from . import negs, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V

TEXTS = {
    "en": texts_en,
    "de": texts_de,
    "fr": texts_fr,
    "es": texts_es,
    "it": texts_it,
    "nl": texts_nl,
    "pt": texts_pt,
    "hi": texts_hi,
}
GENRES = ["freight", "warehouse", "fleet", "dispatch", "farm", "maint", "sds", "supply"]
HOME = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "en_AU": "AU",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
    "hi": "IN",
}
# documents of these locales write their own numbers internationally only; national numbers come from here
NATREG = {
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
    "en_AU": "GB",
    "en_IE": "GB",
}
LOCAL_LOCALES = {"en_US", "en_GB", "en_IN", "hi", "de_DE", "nl_NL", "pt_BR"}
NO_IBAN = {"en_US", "en_AU", "en_IN", "hi"}
ORGS = {
    "en": ["harrowfreight", "northdock-logistics", "greyfield-agri", "kestrel-haulage"],
    "de": ["weserkontor-spedition", "elbhof-agrar", "lagerwerk-nord", "ruhrstahl-handel"],
    "fr": ["transports-vernet", "coop-beauce-grains", "quai-logistique", "ateliers-morvan"],
    "es": ["transportes-ebro", "cooperativa-lagalera", "almacenes-turia", "suministros-cierzo"],
    "it": ["autotrasporti-padana", "consorzio-agrario-emilia", "logistica-adige", "ferramenta-vesuvio"],
    "nl": ["maasvracht", "coop-veenkolonien", "dokhal-logistiek", "ijzerhandel-rijnmond"],
    "pt": ["transportes-sertao", "coop-cerrado", "armazens-douro", "fixadores-tejo"],
    "hi": ["sahyadri-cargo", "kisan-sangh-agro", "vindhya-logistics", "narmada-supplies"],
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IN": "in",
    "en_AU": "com.au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_BR": "com.br",
    "pt_PT": "pt",
    "hi": "co.in",
}
ROLE_BOXES = ["dispatch", "orders", "yard", "qhse", "planning", "export", "intake", "werkstatt", "trafico"]
ABROAD = ["GB", "DE", "FR", "NL", "IT", "ES", "US", "PT", "IE", "BE", "IN"]
FAKER = {}


def faker(locale):
    key = {"hi": "hi_IN"}.get(locale, locale)
    if key not in FAKER:
        FAKER[key] = Faker(key)
    return FAKER[key]


def lang_of(locale):
    return "hi" if locale == "hi" else locale[:2]


def record_locale(locale):
    return "en_IN" if locale == "hi" else locale


class Doc:
    def __init__(self, rng, locale):
        self.rng, self.locale, self.lang = rng, locale, lang_of(locale)
        self.home = HOME[locale]
        self.nat = NATREG.get(locale, self.home)
        self.regions = sorted({self.home, self.nat})
        self.used = set()

    # ------------------------------------------------------------ placeholders
    def neg(self, kind):
        fn = negs.GENERATORS[kind]
        for _ in range(300):
            v = fn(self.rng, self.lang)
            if screen.value_ok(v, self.regions):
                self.used.add(kind)
                return v
        raise RuntimeError("hard negative %s keeps failing" % kind)

    def name(self):
        f = faker(self.locale)
        f.seed_instance(self.rng.getrandbits(32))
        return f.name()

    def fill(self, template, pii=None):
        """returns list of segments: str or value dict"""
        pii = pii or {}
        segs = []
        for lit, field, _, _ in string.Formatter().parse(template):
            if lit:
                segs.append(lit)
            if field is None:
                continue
            if field in pii:
                segs.append(pii[field])
            elif field == "name":
                segs.append(self.name())
            else:
                segs.append(self.neg(field))
        return segs

    # ------------------------------------------------------------ phones
    def phone(self, mode, kind="any", region=None, style=None):
        rng = self.rng
        region = region or self.home
        if kind == "service":
            num = V.service(rng, region)
        elif kind == "mobile" or (kind == "any" and rng.random() < 0.45):
            num = V.mobile(rng, region)
        else:
            num = V.fixed(rng, region)
        if style is None:
            own_intl = region == self.home and self.locale in NATREG
            style = "international" if own_intl or rng.random() < 0.2 else "national"
        text = V.write(rng, num, style)
        if mode in ("national", "international"):
            mode = style
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": V.e164(num),
            "area_len": V.area_len(num),
        }

    def plain_region(self):
        if self.locale in NATREG and self.rng.random() < 0.5:
            return self.nat
        return self.home

    def local_phone(self):
        town, area = self.rng.choice(V.AREAS[self.home])
        num = V.fixed(self.rng, self.home, area)
        text = V.local_form(self.rng, num)
        shown = V.HI_TOWNS[town] if self.locale == "hi" else town
        return shown, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": self.home,
            "e164": V.e164(num),
            "area_len": len(area),
        }

    # ------------------------------------------------------------ lines
    def contact_lines(self, genre):
        rng, C = self.rng, TEXTS[self.lang].CONTACT
        lines = []
        cats = ["phone", "phone", "mobile", "fixed", "abroad", "service"]
        if self.locale in LOCAL_LOCALES and "local" in C:
            cats += ["local", "local"]
        picked = rng.sample(cats, rng.randint(1, 3))
        for cat in dict.fromkeys(picked):
            tpl = rng.choice(C[cat])
            extra = {"role": rng.choice(C["roles"]), "hours": rng.choice(C["hours"])}
            if cat == "local":
                town, p = self.local_phone()
                extra["town"] = town
            elif cat == "phone":
                p = self.phone("national", "any", self.plain_region())
            elif cat == "mobile":
                p = self.phone("national", "mobile", self.plain_region())
            elif cat == "fixed":
                p = self.phone("national", "fixed", self.plain_region())
            elif cat == "abroad":
                reg = self.home if rng.random() < 0.6 else rng.choice([r for r in ABROAD if r != self.home])
                p = self.phone("international", "any", reg, "international")
            else:
                reg = self.nat
                p = self.phone(
                    "other", "service", reg, "national" if rng.random() < 0.75 else "international"
                )
            extra["p"] = p
            lines.append(self.fill(tpl, extra))
        if rng.random() < 0.35:
            lines.extend(self.directory())
        if rng.random() < 0.3:
            lines.append(self.fill(rng.choice(C["email"]), {"e": self.email()}))
        if genre in ("freight", "supply", "farm") and self.locale not in NO_IBAN and rng.random() < 0.45:
            code = V.make_iban(rng, self.home if self.home in V.BBAN else self.nat)
            style = "print" if rng.random() < 0.65 else "electronic"
            lines.append(
                self.fill(
                    C["iban"][0], {"iban": {"kind": "IBAN", "mode": style, "text": V.iban_text(code, style)}}
                )
            )
        if genre in ("fleet", "supply") and rng.random() < 0.3:
            style = rng.choice(["spaced", "spaced", "dashed", "solid"])
            lines.append(
                self.fill(
                    C["card"][0],
                    {"card": {"kind": "CREDIT_CARD", "mode": style, "text": V.luhn_card(rng, style)}},
                )
            )
        if genre in ("warehouse", "maint", "dispatch", "freight") and rng.random() < 0.3:
            if rng.random() < 0.45:
                tpl, style = C["ip"][0], "v4-private"
            else:
                tpl, style = C["ip"][1], rng.choice(["v4", "v4", "v6"])
            lines.append(
                self.fill(tpl, {"ip": {"kind": "IP_ADDRESS", "mode": style, "text": V.ip_text(rng, style)}})
            )
        if self.locale == "en_US" and genre == "fleet" and rng.random() < 0.4:
            style = "dashed" if rng.random() < 0.7 else "spaced"
            lines.append(
                self.fill(
                    C["ssn"][0], {"ssn": {"kind": "US_SSN", "mode": style, "text": V.ssn_text(rng, style)}}
                )
            )
        return lines

    def directory(self):
        rng, C = self.rng, TEXTS[self.lang].CONTACT
        rows = [[rng.choice(C["dir"])]]
        roles = rng.sample(C["roles"], rng.randint(2, 4))
        layout = rng.choice(["bullet", "tab", "arrow"])
        width = max(len(r) for r in roles)
        for role in roles:
            kind = "service" if rng.random() < 0.15 else "any"
            reg = self.nat if kind == "service" else self.plain_region()
            p = self.phone("list-entry", kind, reg)
            if kind == "service":
                p["mode"] = "list-entry"
            if layout == "bullet":
                rows.append(["• %s – " % role.capitalize(), p])
            elif layout == "tab":
                rows.append(["%s\t" % role.ljust(width), p])
            else:
                rows.append(["%s → " % role.upper(), p])
        return rows

    def email(self):
        rng = self.rng
        domain = "%s.%s" % (rng.choice(ORGS[self.lang]), TLD[self.locale])
        if rng.random() < 0.55:
            return {"kind": "EMAIL", "mode": "role", "text": "%s@%s" % (rng.choice(ROLE_BOXES), domain)}
        f = faker("en_IN" if self.locale == "hi" else self.locale)
        f.seed_instance(rng.getrandbits(32))
        first, last = f.first_name(), f.last_name()
        local = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (first, last)
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().lower()
        local = "".join(ch for ch in local if ch.isalnum() or ch in "._")
        return {
            "kind": "EMAIL",
            "mode": "personal",
            "text": "%s@%s" % (local.strip("._") or "office", domain),
        }

    # ------------------------------------------------------------ document
    def build(self, genre, positive):
        rng, G = self.rng, TEXTS[self.lang].GENRES[genre]
        C = TEXTS[self.lang].CONTACT
        head = self.fill(rng.choice(G["head"]))
        fillers = [
            self.fill(t) for t in rng.sample(G["fill"], rng.randint(2, 3) if positive else rng.randint(3, 4))
        ]
        if positive:
            contacts = self.contact_lines(genre)
            body = fillers[:1] + contacts + fillers[1:] if rng.random() < 0.5 else fillers + contacts
        else:
            body = fillers
            if rng.random() < 0.3:
                body = body + [self.fill(rng.choice(C["nophone"]))]
        sign = self.fill(rng.choice(G["sign"]))
        blocks = [head, ["\n\n"]] + [seg for line in body for seg in (line + ["\n"])] + [["\n"], sign, ["\n"]]
        segs = []
        for b in blocks:
            segs.extend(b if isinstance(b, list) else [b])
        text, spans, vals = "", [], []
        for s in segs:
            if isinstance(s, dict):
                spans.append({"kind": s["kind"], "start": len(text), "end": len(text) + len(s["text"])})
                vals.append(s)
                text += s["text"]
            else:
                text += s
        return text, spans, vals


def touches(text, spans):
    for s in spans:
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            return True
        if s["end"] < len(text) and text[s["end"]].isalnum():
            return True
    return False


def make(rng, locale, genre, positive):
    """returns (text, spans, values, redraws, used_neg_kinds)"""
    for attempt in range(60):
        d = Doc(rng, locale)
        text, spans, vals = d.build(genre, positive)
        if touches(text, spans):
            continue
        regions = sorted(set(d.regions) | {v["region"] for v in vals if v["kind"] == "PHONE"})
        if not screen.doc_ok(text, spans, regions):
            continue
        return text, spans, vals, attempt, d.used
    raise RuntimeError("document keeps failing: %s %s" % (locale, genre))
