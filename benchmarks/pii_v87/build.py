"""Document assembly for v87: genres, slots, local announcements, contact lists, screens."""

import random
import re

from . import lex_de_nl as dn
from . import lex_en as en
from . import lex_rom_hi as rh
from . import negs
from . import numbers as N
from . import values as V

# locale -> (language, own region, region for national/list/service numbers)
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
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
LEX = {
    "en": (en.HEAD, en.SENT, en.LIST_HEAD, en.LABELS),
    "de": (dn.DE_HEAD, dn.DE_SENT, dn.DE_LIST_HEAD, dn.DE_LABELS),
    "nl": (dn.NL_HEAD, dn.NL_SENT, dn.NL_LIST_HEAD, dn.NL_LABELS),
    "fr": (rh.FR_HEAD, rh.FR_SENT, rh.FR_LIST_HEAD, rh.FR_LABELS),
    "es": (rh.ES_HEAD, rh.ES_SENT, rh.ES_LIST_HEAD, rh.ES_LABELS),
    "it": (rh.IT_HEAD, rh.IT_SENT, rh.IT_LIST_HEAD, rh.IT_LABELS),
    "pt": (rh.PT_HEAD, rh.PT_SENT, rh.PT_LIST_HEAD, rh.PT_LABELS),
    "hi": (rh.HI_HEAD, rh.HI_SENT, rh.HI_LIST_HEAD, rh.HI_LABELS),
}
LOCAL_TPL = {
    ("en", "US"): en.LOCAL["US"],
    ("en", "GB"): en.LOCAL["GB"],
    ("en", "IN"): en.LOCAL["IN"],
    ("de", "DE"): dn.DE_LOCAL,
    ("nl", "NL"): dn.NL_LOCAL,
    ("pt", "BR"): rh.PT_LOCAL,
    ("hi", "IN"): rh.HI_LOCAL,
}
IBAN_CC = {
    "en_GB": "GB",
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
    "pt_PT": "PT",
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "CH", "AT", "BE", "IE", "AU"]
PII_SLOTS = {"nat", "mob", "intl", "free", "mail", "card", "iban", "ip", "ssn"}
SLOT = re.compile(r"\{(\w+)\}")
# list-entry layouts new in v87
LAYOUTS = ["{label}: {p}", "{p} ({label})", "• {label} — {p}", "{label}\t{p}", "- {label}, {p}"]


def regions_of(locale, lang=None):
    lg, own, nat = LOCALES[locale]
    return sorted({own, nat, HOME[lang or lg]})


class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.values = []
        self.pos = 0

    def add(self, text):
        self.parts.append(text)
        self.pos += len(text)

    def value(self, val, kind):
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(val["text"])})
        self.values.append(val)
        self.add(val["text"])

    @property
    def text(self):
        return "".join(self.parts)


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.drawer = negs.Drawer(self.rng, lambda loc: self._regions)
        self._regions = []
        self.doc_redraws = 0

    def phone(self, slot, locale):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        if slot == "intl":
            reg = own if own != nat or rng.random() < 0.4 else rng.choice(FOREIGN)
            return N.phone_value(rng, reg, rng.choice(["fixed", "mobile"]), "international")
        if slot == "free":
            return N.phone_value(rng, nat, "free", "other")
        if own != nat and rng.random() < 0.5:
            return N.phone_value(rng, own, "fixed" if slot == "nat" else "mobile", "international")
        return N.phone_value(rng, nat, "fixed" if slot == "nat" else "mobile", "national")

    def slot_value(self, slot, locale):
        rng = self.rng
        if slot in ("nat", "mob", "intl", "free"):
            return self.phone(slot, locale), "PHONE"
        if slot == "mail":
            m = rng.choice(["role", "role", "personal"])
            return {"kind": "EMAIL", "mode": m, "text": V.email(rng, m)}, "EMAIL"
        if slot == "card":
            m = rng.choice(["spaced", "solid", "dashed"])
            return {"kind": "CREDIT_CARD", "mode": m, "text": V.card(rng, m)}, "CREDIT_CARD"
        if slot == "iban":
            m = rng.choice(["print", "print", "electronic"])
            return {"kind": "IBAN", "mode": m, "text": V.iban(rng, IBAN_CC[locale], m)}, "IBAN"
        if slot == "ip":
            m = rng.choice(["v4", "v4-private", "v6"])
            return {"kind": "IP_ADDRESS", "mode": m, "text": V.ip(rng, m)}, "IP_ADDRESS"
        if slot == "ssn":
            m = rng.choice(["dashed", "spaced"])
            return {"kind": "US_SSN", "mode": m, "text": V.ssn(rng, m)}, "US_SSN"
        raise KeyError(slot)

    def render(self, doc, tpl, locale, extra=None):
        last = 0
        for m in SLOT.finditer(tpl):
            doc.add(tpl[last : m.start()])
            name = m.group(1)
            if extra and name in extra:
                val = extra[name]
                if isinstance(val, dict):
                    doc.value(val, "PHONE")
                else:
                    doc.add(val)
            elif name in PII_SLOTS:
                val, kind = self.slot_value(name, locale)
                doc.value(val, kind)
            elif name == "month":
                doc.add(self.rng.choice(en.MONTHS))
            else:
                doc.add(self.drawer.draw(name, locale))
            last = m.end()
        doc.add(tpl[last:])

    def usable(self, tpl, locale, positive):
        names = set(SLOT.findall(tpl))
        if "iban" in names and locale not in IBAN_CC:
            return False
        if "ssn" in names and locale != "en_US":
            return False
        has_pii = bool(names & PII_SLOTS)
        return has_pii if positive is True else (not has_pii) if positive is False else True

    def body(self, doc, lang, genre, locale, positive):
        rng = self.rng
        head, sent = LEX[lang][0], LEX[lang][1]
        self.render(doc, rng.choice(head[genre]), locale)
        doc.add("\n\n")
        pool = sent[genre]
        neg_pool = [s for s in pool if self.usable(s, locale, False)]
        if positive:
            first = rng.choice([s for s in pool if self.usable(s, locale, True)])
            rest = [s for s in pool if s != first and self.usable(s, locale, None)]
            chosen = [first] + rng.sample(rest, min(len(rest), rng.randint(1, 3)))
        else:
            chosen = rng.sample(neg_pool, min(len(neg_pool), rng.randint(2, 4)))
        rng.shuffle(chosen)
        for i, s in enumerate(chosen):
            if i:
                doc.add(" " if rng.random() < 0.7 else "\n")
            self.render(doc, s, locale)

    def local_block(self, doc, lang, region, n_needed):
        rng = self.rng
        town, area = rng.choice(N.AREAS[region])
        tpl = rng.choice(LOCAL_TPL[(lang, region)])
        n = 2 if "{L2}" in tpl else 1
        if n > n_needed:
            tpl = rng.choice([t for t in LOCAL_TPL[(lang, region)] if "{L2}" not in t])
            n = 1
        extra = {"town": town}
        seen = set()
        for i in range(n):
            while True:
                num, sub = N.draw_local(rng, region, area)
                text = N.write_local(rng, region, sub)
                if sub not in seen and N.parses_to(text, region, N.e164(num), area):
                    break
            seen.add(sub)
            extra[f"L{i + 1}"] = {
                "kind": "PHONE",
                "mode": "local-announced",
                "text": text,
                "region": region,
                "e164": N.e164(num),
                "area_len": len(area),
            }
        self.render(doc, tpl, None, extra)
        return n

    def contact_list(self, doc, lang, locale):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        labels = rng.sample(LEX[lang][3], rng.randint(2, 3))
        layout = rng.choice(LAYOUTS)
        doc.add("\n\n" + rng.choice(LEX[lang][2]) + "\n")
        for lab in labels:
            if own != nat and rng.random() < 0.5:
                val = N.phone_value(rng, own, rng.choice(["fixed", "mobile"]), "international")
                val["mode"] = "list-entry"
            else:
                val = N.phone_value(rng, nat, rng.choice(["fixed", "mobile", "fixed"]), "list-entry")
            pre, post = layout.split("{p}")
            doc.add(pre.format(label=lab))
            doc.value(val, "PHONE")
            doc.add(post.format(label=lab) + "\n")

    def clean(self, doc, regions):
        text = doc.text
        for s in doc.spans:
            text = text[: s["start"]] + "X" * (s["end"] - s["start"]) + text[s["end"] :]
        return not negs.guard_hits(text) and not negs.phone_hits(text, regions)

    def make(self, lang, locale, genre, positive, local_region=None, n_local=0):
        """One document; redrawn while the whole-document screen finds anything outside the spans."""
        regions = regions_of(locale, lang)
        self._regions = regions
        for _ in range(100):
            doc = Doc()
            locals_made = 0
            if local_region and self.rng.random() < 0.5:
                self.body(doc, lang, genre, locale, None if self.rng.random() < 0.5 else False)
                doc.add("\n\n")
                locals_made = self.local_block(doc, lang, local_region, n_local)
                doc.add("\n")
            elif local_region:
                self.render(doc, self.rng.choice(LEX[lang][0][genre]), locale)
                doc.add("\n\n")
                locals_made = self.local_block(doc, lang, local_region, n_local)
                doc.add("\n\n")
                self.body_rest(doc, lang, genre, locale)
            else:
                self.body(doc, lang, genre, locale, positive)
                if positive and self.rng.random() < 0.4:
                    self.contact_list(doc, lang, locale)
                else:
                    doc.add("\n")
            if self.clean(doc, regions):
                return doc, locals_made
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def body_rest(self, doc, lang, genre, locale):
        pool = [s for s in LEX[lang][1][genre] if self.usable(s, locale, None)]
        for i, s in enumerate(self.rng.sample(pool, self.rng.randint(1, 2))):
            if i:
                doc.add(" ")
            self.render(doc, s, locale)
        doc.add("\n")
