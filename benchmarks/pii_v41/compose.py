"""Builds the v41 documents: civic genres, phones in five modes, other PII kinds and hard negatives."""

import re
import unicodedata

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, phones
from . import numbers as nums

LEX = {
    "en": {
        "GENRES": lex_en.GENRES,
        "EMAIL": lex_en.EMAIL,
        "LOCAL": lex_en.LOCAL,
        "LIST_HEAD": lex_en.LIST_HEAD,
        "LIST_LABELS": lex_en.LIST_LABELS,
        "IBAN": lex_en.IBAN,
        "CARD": lex_en.CARD,
        "IP": lex_en.IP,
        "SSN": lex_en.SSN,
    },
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
LOCALES = {
    "en": [("en_US", "US"), ("en_GB", "GB"), ("en_IN", "IN"), ("en_AU", "AU"), ("en_IE", "IE")],
    "de": [("de_DE", "DE"), ("de_AT", "AT"), ("de_CH", "CH")],
    "fr": [("fr_FR", "FR"), ("fr_BE", "BE"), ("fr_CH", "CH")],
    "es": [("es_ES", "ES")],
    "it": [("it_IT", "IT")],
    "nl": [("nl_NL", "NL"), ("nl_BE", "BE")],
    "pt": [("pt_BR", "BR"), ("pt_PT", "PT")],
    "hi": [("en_IN", "IN")],
}
# AT/CH/BE/AU/IE documents write their own numbers internationally only; these regions stand in otherwise
FALLBACK = {
    ("de", "AT"): "DE",
    ("de", "CH"): "DE",
    ("fr", "CH"): "FR",
    ("fr", "BE"): "FR",
    ("nl", "BE"): "NL",
    ("en", "AU"): "GB",
    ("en", "IE"): "GB",
}
FAKER = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "en_IN",
}
PROVIDERS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.in", "eircom.net", "bigpond.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["telefonica.net", "gmail.com"],
    "it": ["libero.it", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl"],
    "pt": ["uol.com.br", "sapo.pt", "bol.com.br"],
    "hi": ["rediffmail.com", "gmail.com"],
}
CIVIC = {
    "en": ["{s}.gov.uk", "cityof{s}.org", "{s}council.ie", "{s}.nic.in"],
    "de": ["stadt-{s}.de", "{s}.gv.at"],
    "fr": ["mairie-{s}.fr", "ville-{s}.be"],
    "es": ["ayto-{s}.es"],
    "it": ["comune.{s}.it"],
    "nl": ["gemeente{s}.nl"],
    "pt": ["{s}.pr.gov.br", "cm-{s}.pt"],
    "hi": ["{s}nagarnigam.in"],
}
BOXES = {
    "waste": "recycling",
    "election": "elections",
    "permit": "licensing",
    "planning": "planning",
    "summons": "jury",
    "benefit": "pensions",
    "school": "admissions",
    "consular": "consular",
    "parlq": "enquiries",
    "foi": "foi",
    "health": "healthprotection",
}
SLOT = re.compile(r"\{(\w+)\}")


def ascii_slug(s):
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())


class Doc:
    """Text grown piece by piece, with labelled spans and their sidecar values."""

    def __init__(self):
        self.text = ""
        self.items = []

    def add(self, s):
        self.text += s

    def pii(self, s, value):
        value = {
            "kind": value["kind"],
            "mode": value["mode"],
            "text": s,
            **{k: v for k, v in value.items() if k not in ("kind", "mode")},
        }
        self.items.append((len(self.text), len(self.text) + len(s), value))
        self.text += s


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {k: Faker(v) for k, v in FAKER.items()}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(rng.randrange(1 << 30) + i)
        self.doc_redraws = 0

    # --- values -------------------------------------------------------------------------------------
    def email(self, lang, genre, town):
        r = self.rng
        if r.random() < 0.5:
            dom = r.choice(CIVIC[lang]).format(s=ascii_slug(town) or "civic")
            return {"kind": "EMAIL", "mode": "role"}, "%s@%s" % (BOXES[genre], dom)
        f = self.fakers[lang]
        first, last = ascii_slug(f.first_name()), ascii_slug(f.last_name())
        local = r.choice(
            [
                "%s.%s" % (first, last),
                "%s%s" % (first[0], last),
                "%s_%s%d" % (first, last, r.randrange(10, 99)),
            ]
        )
        return {"kind": "EMAIL", "mode": "personal"}, "%s@%s" % (local, r.choice(PROVIDERS[lang]))

    def phone(self, lang, own, mode):
        r = self.rng
        nat = FALLBACK.get((lang, own), own)
        if mode == "international":
            reg = own
            num = (
                nums.make_mobile(r, reg)
                if r.random() < 0.4
                else nums.make_fixed(r, reg, r.choice(nums.AREAS[reg])[1])
            )
            text = phones.pick(r, phones.international_forms(num), reg, num)
        elif mode == "other":
            reg = nat
            num = nums.make_service(r, reg)
            text = phones.pick(r, phones.service_forms(num), reg, num)
        else:
            reg = nat
            num = (
                nums.make_mobile(r, reg)
                if r.random() < 0.35
                else nums.make_fixed(r, reg, r.choice(nums.AREAS[reg])[1])
            )
            text = phones.pick(r, phones.national_forms(num), reg, num)
        text = phones.nbsp_variant(r, text, reg)
        if not nums.parses_back(text, reg, num):
            text = text.replace(phones.NBSP, " ")
        return {"kind": "PHONE", "mode": mode, "region": reg, "e164": nums.e164(num), "area_len": None}, text

    def other_pii(self, kind, lang, own):
        r = self.rng
        if kind == "CARD":
            mode = r.choice(["spaced", "spaced", "dashed", "solid"])
            return {"kind": "CREDIT_CARD", "mode": mode}, nums.make_card(r, mode)
        if kind == "IBAN":
            cc = own if own in nums.IBAN_BBAN else FALLBACK.get((lang, own), "DE")
            code = nums.make_iban(r, cc if cc in nums.IBAN_BBAN else "DE")
            mode = "print" if r.random() < 0.65 else "electronic"
            return {"kind": "IBAN", "mode": mode}, nums.iban_print(code) if mode == "print" else code
        if kind == "SSN":
            mode = "dashed" if r.random() < 0.8 else "spaced"
            return {"kind": "US_SSN", "mode": mode}, nums.make_ssn(r, mode)
        mode = r.choice(["v4", "v4", "v4-private", "v6"])
        return {"kind": "IP_ADDRESS", "mode": mode}, nums.make_ip(r, mode)

    # --- text ---------------------------------------------------------------------------------------
    def render(self, doc, template, lang, regions, fill):
        """fill: slot name -> (value dict, text) for PII slots; other slots are hard negatives."""
        pos = 0
        for m in SLOT.finditer(template):
            doc.add(template[pos : m.start()])
            name = m.group(1)
            if name in fill:
                value, text = fill[name]
                doc.pii(text, value)
            else:
                doc.add(self.drawer.draw(name, lang, regions))
            pos = m.end()
        doc.add(template[pos:])

    def build(self, lang, locale, own, genre, kind):
        """kind: 'neg', 'pos' or 'local'. Returns (text, spans, values)."""
        r = self.rng
        lex = LEX[lang]
        regions = negs.screen_regions(FALLBACK.get((lang, own), own), lang) + [own]
        title, fills, phone_frames = lex["GENRES"][genre]
        for _ in range(100):
            doc = Doc()
            doc.add(title + "\n\n")
            body = r.sample(fills, min(len(fills), r.randint(2, 4)))
            plan = [("fill", s) for s in body]
            town = r.choice(nums.AREAS[own])[0]
            if kind == "local":
                town, area = r.choice(nums.AREAS[own])
                frames = r.sample(lex["LOCAL"][own], r.choice([1, 1, 2]))
                for f in frames:
                    num = nums.make_fixed(r, own, area)
                    text = phones.pick(r, phones.local_forms(num), own, num, local=True)
                    v = {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "region": own,
                        "e164": nums.e164(num),
                        "area_len": len(area),
                    }
                    plan.insert(r.randrange(len(plan) + 1), ("ph", f.replace("{town}", town), (v, text)))
            elif kind == "pos":
                for frame in r.sample(phone_frames, min(len(phone_frames), r.choice([1, 1, 2]))):
                    mode = r.choice(["international", "national", "national", "other"])
                    plan.insert(r.randrange(len(plan) + 1), ("ph", frame, self.phone(lang, own, mode)))
            if kind != "neg" and r.random() < 0.3:
                plan.insert(
                    r.randrange(len(plan) + 1), ("em", r.choice(lex["EMAIL"]), self.email(lang, genre, town))
                )
            if kind == "pos" and r.random() < 0.3:
                choices = [k for k in ("CARD", "IBAN", "IP", "SSN") if lex.get(k)]
                if own != "US":
                    choices = [k for k in choices if k != "SSN"]
                k = "SSN" if own == "US" and r.random() < 0.5 else r.choice(choices)
                slot = {"CARD": "card", "IBAN": "iban", "IP": "ip", "SSN": "ssn"}[k]
                plan.insert(
                    r.randrange(len(plan) + 1), (slot, r.choice(lex[k]), self.other_pii(k, lang, own))
                )
            first = True
            for step in plan:
                if not first:
                    doc.add(" ")
                first = False
                if step[0] == "fill":
                    self.render(doc, step[1], lang, regions, {})
                else:
                    self.render(doc, step[1], lang, regions, {step[0]: (step[2][0], step[2][1])})
            if kind == "pos" and r.random() < 0.3:
                self.list_block(doc, lang, own, lex)
            doc.add("\n")
            masked = doc.text
            for s, e, _ in doc.items:
                masked = masked[:s] + " " * (e - s) + masked[e:]
            if not negs.dirty(masked, regions):
                spans = [{"kind": v["kind"], "start": s, "end": e} for s, e, v in doc.items]
                return doc.text, spans, [v for _, _, v in doc.items]
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def list_block(self, doc, lang, own, lex):
        r = self.rng
        doc.add("\n\n" + r.choice(lex["LIST_HEAD"]) + "\n")
        dash = r.random() < 0.5
        for label in r.sample(lex["LIST_LABELS"], r.randint(2, 4)):
            v, text = self.phone(lang, own, "national")
            v["mode"] = "list-entry"
            doc.add("- %s " % label if dash else "%s: " % label)
            doc.pii(text, v)
            doc.add("\n")
        doc.text = doc.text.rstrip("\n")
