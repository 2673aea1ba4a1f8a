"""Compose documents from the lexicons and the number, value and hard-negative drawers."""

import random
import re

import phonenumbers as pn
from faker import Faker

from . import numbers as nums
from .checks_core import guard_hits
from .lex_de_fr import DE, FR
from .lex_en import EN
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, NL, PT
from .negs import Drawer
from .values import Values

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
NAME_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
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
# locale, language, own region, home region (national, list and service numbers), positive and negative docs
LOCALES = [
    ("en_US", "en", "US", "US", 55, 36),
    ("en_GB", "en", "GB", "GB", 40, 25),
    ("en_IN", "en", "IN", "IN", 22, 15),
    ("en_AU", "en", "AU", "GB", 18, 10),
    ("en_IE", "en", "IE", "GB", 18, 10),
    ("de_DE", "de", "DE", "DE", 36, 25),
    ("de_AT", "de", "AT", "DE", 14, 8),
    ("de_CH", "de", "CH", "DE", 14, 8),
    ("fr_FR", "fr", "FR", "FR", 36, 22),
    ("fr_BE", "fr", "BE", "FR", 14, 8),
    ("fr_CH", "fr", "CH", "FR", 12, 6),
    ("es_ES", "es", "ES", "ES", 36, 22),
    ("it_IT", "it", "IT", "IT", 36, 22),
    ("nl_NL", "nl", "NL", "NL", 30, 20),
    ("nl_BE", "nl", "BE", "NL", 14, 8),
    ("pt_PT", "pt", "PT", "PT", 26, 16),
    ("pt_BR", "pt", "BR", "BR", 26, 16),
    ("en_IN", "hi", "IN", "IN", 22, 18),
]
# region, locale, language, local values wanted
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
LAYOUTS = ["• {l}: {p}", "{l}\t{p}", "{p} ({l})", "{l} — {p}", "* {l}, {p}"]
SLOT = re.compile(r"<(\w+)(?::(\w+))?>")


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.vals = Values(self.rng, seed)
        self.negs = Drawer(self.rng)
        self.names = {}
        for i, (lang, loc) in enumerate(sorted(NAME_LOCALE.items())):
            f = Faker(loc)
            f.seed_instance(seed + 100 + i)
            self.names[lang] = f
        self.doc_redraws = 0

    # -- phones
    def phone(self, slot, doc):
        r = self.rng
        if slot == "intl":
            num = nums.draw(r, doc["own"], r.choice(["fixed", "mobile"]))
            return nums.international(r, num), "international", num
        kind = {
            "nat": r.choice(["fixed", "fixed", "mobile"]),
            "mob": "mobile",
            "oth": "other",
            "list": r.choice(["fixed", "mobile", "fixed"]),
        }[slot]
        num = nums.draw(r, doc["home"], kind)
        styles = ["sp", "dash"] if kind == "other" else None
        text = nums.national(r, num, styles)
        mode = {"nat": "national", "mob": "national", "oth": "other", "list": "list-entry"}[slot]
        if kind == "other":
            assert pn.number_type(num) in nums.OTHER
        return text, mode, num

    def fill(self, template, doc, pieces):
        """Append the template's text and values to pieces (list of (text, value-or-None))."""
        pos = 0
        for m in SLOT.finditer(template):
            pieces.append((template[pos : m.start()], None))
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            lang = doc["lang"]
            if slot == "n":
                pieces.append((self.negs.draw(arg, lang, doc["screen"]), None))
            elif slot == "name":
                pieces.append((self.names[lang].name(), None))
            elif slot == "town":
                pieces.append((doc["town"], None))
            elif slot == "loc":
                num, sub, alen = nums.draw_local(self.rng, doc["own"], doc["area"])
                text = nums.local_form(self.rng, doc["own"], sub)
                pieces.append((text, self.pv(text, "local-announced", num, alen)))
            elif slot in ("nat", "mob", "oth", "intl", "list"):
                text, mode, num = self.phone(slot, doc)
                pieces.append((text, self.pv(text, mode, num, None)))
            elif slot in ("mail", "role"):
                text, mode = self.vals.email(slot == "role")
                pieces.append((text, {"kind": "EMAIL", "mode": mode, "text": text}))
            elif slot == "card":
                text, mode = self.vals.card()
                pieces.append((text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}))
            elif slot == "iban":
                text, mode = self.vals.iban(lang)
                pieces.append((text, {"kind": "IBAN", "mode": mode, "text": text}))
            elif slot == "ip":
                text, mode = self.vals.ip()
                pieces.append((text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}))
            elif slot == "ssn":
                text, mode = self.vals.ssn()
                pieces.append((text, {"kind": "US_SSN", "mode": mode, "text": text}))
            else:
                raise ValueError(slot)
        pieces.append((template[pos:], None))

    @staticmethod
    def pv(text, mode, num, alen):
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": pn.region_code_for_number(num),
            "e164": nums.e164(num),
            "area_len": alen,
        }

    # -- documents
    def compose(self, doc, genre, n_pos, n_neu, local_tpl=None, with_list=False):
        r, lex = self.rng, LEX[doc["lang"]]
        pieces = [(r.choice(lex["titles"][genre]) + "\n\n", None)]
        body = [t for t in r.sample(lex["pos"][genre], min(n_pos, len(lex["pos"][genre])))]
        neu = lex["neu"][genre]
        body += r.sample(neu, min(n_neu, len(neu)))
        r.shuffle(body)
        if local_tpl:
            body.insert(0, local_tpl)
        if doc["locale"] != "en_US":
            body = [t.replace(" <ssn>", "").replace("<ssn>", "") if "<ssn>" in t else t for t in body]
            body = [t for t in body if "SSN" not in t]
        for i, t in enumerate(body):
            self.fill(t + (" " if i < len(body) - 1 else "\n"), doc, pieces)
        if with_list:
            pieces.append(("\n" + r.choice(lex["heads"]) + "\n", None))
            layout = r.choice(LAYOUTS)
            for label in r.sample(lex["labels"], r.choice([2, 2, 3])):
                a, b = layout.split("{p}")
                self.fill(a.format(l=label) + "<list>" + b.format(l=label) + "\n", doc, pieces)
        return pieces

    def finish(self, pieces, doc):
        text, spans, values = "", [], []
        for piece, value in pieces:
            if doc["locale"] == "pt_PT" and value is None:
                piece = piece.replace("celular", "telemóvel")
            if value is not None:
                spans.append({"kind": value["kind"], "start": len(text), "end": len(text) + len(piece)})
                values.append(value)
            text += piece
        if doc_dirty(text, spans, doc["screen"]):
            return None
        return {"id": doc["id"], "locale": doc["locale"], "text": text, "spans": spans}, {"values": values}

    def make(self, doc, **kw):
        for _ in range(50):
            out = self.finish(self.compose(doc, **kw), doc)
            if out:
                return out
            self.doc_redraws += 1
        raise RuntimeError("document %s stays dirty" % doc["id"])


def doc_dirty(text, spans, regions):
    blank = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            blank[i] = "~"
    blank = "".join(blank)
    for reg in regions:
        if any(True for _ in pn.PhoneNumberMatcher(blank, reg, leniency=pn.Leniency.VALID)):
            return True
    return bool(guard_hits(blank))


def screen_regions(lang, own, home):
    out = [own, home] + LANG_HOME[lang]
    return sorted(set(out))


def build(seed):
    b = Builder(seed)
    r = b.rng
    plan = []
    for region, locale, lang, want in LOCAL_PLAN:
        lex, done = LEX[lang], 0
        while done < want:
            tpl = r.choice([t for t in lex["local"] if t.count("<loc>") <= want - done])
            done += tpl.count("<loc>")
            town, area = r.choice(nums.AREAS[region])
            plan.append(("pos", locale, lang, region, region, dict(town=town, area=area, local_tpl=tpl)))
    for locale, lang, own, home, npos, nneg in LOCALES:
        plan += [("pos", locale, lang, own, home, {})] * npos
        plan += [("neg", locale, lang, own, home, {})] * nneg
    records = []
    for n, (polarity, locale, lang, own, home, extra) in enumerate(plan):
        lex = LEX[lang]
        genre = r.choice(sorted(lex["pos"]))
        if locale != "en_US" and genre == "incentive" and r.random() < 0.7:
            genre = "panel"
        tag = ("hi-" if lang == "hi" else "") + genre
        doc = {
            "id": "%s-%s-%s-%d" % (locale, polarity, tag, n),
            "locale": locale,
            "lang": lang,
            "own": own,
            "home": home,
            "screen": screen_regions(lang, own, home),
            "town": extra.get("town"),
            "area": extra.get("area"),
        }
        if polarity == "neg":
            rec = b.make(doc, genre=genre, n_pos=0, n_neu=r.choice([2, 3]))
        elif extra:
            rec = b.make(doc, genre=genre, n_pos=r.choice([0, 0, 1]), n_neu=1, local_tpl=extra["local_tpl"])
        else:
            rec = b.make(
                doc,
                genre=genre,
                n_pos=r.choice([1, 1, 2]),
                n_neu=r.choice([1, 2]),
                with_list=r.random() < 0.3,
            )
        records.append(rec)
    return records, b
