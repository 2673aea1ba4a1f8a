"""Assembling v78 documents: slots filled, spans recorded, whole documents screened."""

import re

from . import lex_de_nl, lex_en, lex_hi, lex_romance, negs, values
from . import numbers as nb

# locale -> (language, own region, national region)
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
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
GENRES = {
    "en": lex_en.GENRES,
    "de": lex_de_nl.DE,
    "nl": lex_de_nl.NL,
    "fr": lex_romance.FR,
    "es": lex_romance.ES,
    "it": lex_romance.IT,
    "pt": lex_romance.PT,
    "hi": lex_hi.HI,
}
LISTS = {
    "en": lex_en.LISTS,
    "de": lex_de_nl.DE_LISTS,
    "nl": lex_de_nl.NL_LISTS,
    "hi": lex_hi.HI_LISTS,
    **lex_romance.LISTS,
}
LOCAL = {
    ("US", "en"): lex_en.LOCAL["US"],
    ("GB", "en"): lex_en.LOCAL["GB"],
    ("IN", "en"): lex_en.LOCAL["IN"],
    ("DE", "de"): lex_de_nl.DE_LOCAL,
    ("NL", "nl"): lex_de_nl.NL_LOCAL,
    ("BR", "pt"): lex_romance.PT_LOCAL,
    ("IN", "hi"): lex_hi.HI_LOCAL,
}
# five list layouts, new against v52
LAYOUTS = [
    "{label}: {phone}",
    "{phone} – {label}",
    "• {label}, {phone}",
    "{label} / {phone}",
    "☎ {label} {phone}",
]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


def usable(sentence, region):
    if "{S}" in sentence and region != "US":
        return False
    if "{B}" in sentence and region in ("US", "IN", "AU", "BR"):
        return False
    return True


class Doc:
    def __init__(self, ctx):
        self.ctx = ctx
        self.text = ""
        self.spans = []
        self.vals = []

    def add(self, s):
        self.text += s

    def value(self, kind, text, extra):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.vals.append(
            {"kind": kind, **extra, "text": text}
            if kind != "PHONE"
            else {
                "kind": kind,
                "mode": extra["mode"],
                "text": text,
                "region": extra["region"],
                "e164": extra["e164"],
                "area_len": extra.get("area_len"),
            }
        )


class Composer:
    def __init__(self, rng, fakers):
        self.rng = rng
        self.fakers = fakers
        self.drawer = negs.Drawer(rng)
        self.doc_redraws = 0

    def phone(self, doc, slot, mode=None):
        rng, (_lang, own, nat) = self.rng, doc.ctx["lrn"]
        if slot == "O":
            nsn = nb.draw(rng, nat, "other")
            return nb.national(rng, nat, "other", nsn), {
                "mode": "other",
                "region": nat,
                "e164": nb.e164(nat, nsn),
            }
        kind = "mobile" if slot == "M" else "fixed"
        if mode == "list-entry":
            nsn = nb.draw(rng, nat, kind)
            return nb.national(rng, nat, kind, nsn), {"mode": mode, "region": nat, "e164": nb.e164(nat, nsn)}
        if own != nat or rng.random() < 0.22:
            nsn = nb.draw(rng, own, kind)
            return nb.intl(rng, own, nsn), {"mode": "international", "region": own, "e164": nb.e164(own, nsn)}
        nsn = nb.draw(rng, own, kind)
        return nb.national(rng, own, kind, nsn), {
            "mode": "national",
            "region": own,
            "e164": nb.e164(own, nsn),
        }

    def local(self, doc):
        rng, (region, _town, area) = self.rng, doc.ctx["local"]
        last = "0" if region == "DE" and rng.random() < 0.3 else None
        for _ in range(50):
            nsn, sub = nb.draw_local(rng, region, area, last=last)
            if nb.e164(region, nsn) not in doc.ctx["seen"]:
                break
        doc.ctx["seen"].add(nb.e164(region, nsn))
        return nb.local(rng, region, sub), {
            "mode": "local-announced",
            "region": region,
            "e164": nb.e164(region, nsn),
            "area_len": len(area),
        }

    def fill(self, doc, template):
        rng, (lang, own, nat) = self.rng, doc.ctx["lrn"]
        pos = 0
        for m in SLOT.finditer(template):
            doc.add(template[pos : m.start()])
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            if slot == "X":
                doc.add(self.drawer.draw(arg, doc.ctx["regions"]))
            elif slot == "town":
                doc.add(doc.ctx["local"][1])
            elif slot == "L":
                doc.value("PHONE", *self.local(doc))
            elif slot in ("N", "M", "O"):
                doc.value("PHONE", *self.phone(doc, slot))
            elif slot == "E":
                t, mode = values.email(rng, self.fakers[lang], own)
                doc.value("EMAIL", t, {"mode": mode})
            elif slot == "C":
                t, mode = values.card(rng)
                doc.value("CREDIT_CARD", t, {"mode": mode})
            elif slot == "B":
                t, mode = values.iban(rng, own if own in values.IBAN_LAYOUT else nat)
                doc.value("IBAN", t, {"mode": mode})
            elif slot == "P":
                t, mode = values.ip(rng)
                doc.value("IP_ADDRESS", t, {"mode": mode})
            elif slot == "S":
                t, mode = values.ssn(rng)
                doc.value("US_SSN", t, {"mode": mode})
            else:
                raise KeyError(slot)
        doc.add(template[pos:])

    def compose(self, ctx, plan):
        """plan: list of ('title'|'sent'|'list', payload). Screens and redraws the whole document."""
        for _ in range(50):
            doc = Doc(dict(ctx, seen=set()))
            for what, payload in plan:
                if what == "title":
                    doc.add(payload + "\n\n")
                elif what == "sent":
                    self.fill(doc, payload)
                    doc.add(" " if not payload.endswith(":") else "\n")
                elif what == "break":
                    doc.text = doc.text.rstrip(" ") + "\n"
                elif what == "list":
                    doc.text = doc.text.rstrip(" ") + "\n\n" + payload[0] + "\n"
                    for label in payload[1]:
                        layout = self.rng.choice(payload[2])
                        a, b = layout.split("{phone}")
                        doc.add(a.replace("{label}", label))
                        slot = "M" if self.rng.random() < 0.5 else "N"
                        doc.value("PHONE", *self.phone(doc, slot, mode="list-entry"))
                        doc.add(b.replace("{label}", label) + "\n")
            doc.text = doc.text.rstrip(" ")
            if not doc.text.endswith("\n"):
                doc.text += "\n"
            if clean(doc.text, doc.spans, ctx["regions"]):
                return doc
            self.doc_redraws += 1
        raise RuntimeError("document stayed dirty: %r" % ctx)


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def clean(text, spans, regions):
    b = blank(text, spans)
    return not negs.phone_hits(b, regions) and not negs.guard_hits(b)
