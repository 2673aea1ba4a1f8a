"""Document composition for v81: genre sentences with slots filled, local announcements, contact blocks."""

import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, values
from . import numbers as N

LEX = {
    "en": {
        "titles": lex_en.TITLES,
        "body": lex_en.BODY,
        "local": lex_en.LOCAL,
        "neg": lex_en.NEG,
        "plain": lex_en.PLAIN,
        "heads": lex_en.HEADS,
        "labels": lex_en.LABELS,
        "signoff": lex_en.SIGNOFF,
    },
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
# locale -> (language, own region, region for national/list/service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_IE": ("en", "IE", "GB"),
    "en_AU": ("en", "AU", "GB"),
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
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
IBAN_LAND = {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT"}
ABROAD = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
FAKER_LOCALE = {"fr_BE": "fr_FR", "hi": "hi_IN"}
LAYOUTS = [
    "{label} – {phone}",
    "• {label}, {phone}",
    "{phone} – {label}",
    "{label}:\t{phone}",
    "* {label}: {phone}",
]
SLOT = re.compile(r"\{(\w+)\}")


def regions_for(locale, lang):
    _, own, nat = LOCALES[locale]
    return sorted({own, nat, *HOME[lang]})


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        self.seed = seed
        self.drawer = negs.Drawer()
        self.kinds_used = set()

    def fake(self, locale, lang):
        key = "hi" if lang == "hi" else locale
        if key not in self.fakers:
            f = Faker(FAKER_LOCALE.get(key, key))
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[key] = f
        return self.fakers[key]

    def supports(self, slot, locale):
        _, own, nat = LOCALES[locale]
        if slot == "S":
            return locale == "en_US"
        if slot == "B":
            return own in IBAN_LAND
        return True

    def phone(self, slot, locale):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        if slot == "P":
            num = N.draw(rng, nat, N.FIXED if rng.random() < 0.6 else N.MOBILE)
            how = "fixed" if N.pn.number_type(num) in N.FIXED else "mobile"
            return num, nat, N.write(rng, num, nat, how), "national"
        if slot == "M":
            num = N.draw(rng, nat, N.MOBILE)
            return num, nat, N.write(rng, num, nat, "mobile"), "national"
        if slot == "O":
            num = N.draw(rng, nat, N.OTHER)
            return num, nat, N.write(rng, num, nat, "other"), "other"
        if slot.startswith("I_"):
            region = slot[2:]
        elif own != nat and rng.random() < 0.6:
            region = own
        else:
            region = rng.choice([r for r in ABROAD if r != nat])
        num = N.draw(rng, region, N.FIXED if rng.random() < 0.5 else N.MOBILE)
        return num, region, N.write(rng, num, region, "intl"), "international"

    def fill(self, sentence, locale, lang, ctx):
        """Segments [(text, value or None)] for a sentence with its slots filled."""
        rng = self.rng
        out, pos = [], 0
        for m in SLOT.finditer(sentence):
            out.append((sentence[pos : m.start()], None))
            slot = m.group(1)
            pos = m.end()
            if slot == "NAME":
                out.append((self.fake(locale, lang).name(), None))
            elif slot == "TOWN":
                out.append((ctx["town"], None))
            elif slot in ("L1", "L2"):
                num = N.draw(rng, ctx["region"], N.FIXED, ctx["area"], ctx["sub"])
                text = N.write(rng, num, ctx["region"], "local")
                out.append(
                    (
                        text,
                        {
                            "kind": "PHONE",
                            "mode": "local-announced",
                            "text": text,
                            "region": ctx["region"],
                            "e164": N.e164(num),
                            "area_len": len(ctx["area"]),
                        },
                    )
                )
            elif slot in ("P", "M", "O", "I") or slot.startswith("I_"):
                num, region, text, mode = self.phone(slot, locale)
                out.append(
                    (
                        text,
                        {
                            "kind": "PHONE",
                            "mode": mode,
                            "text": text,
                            "region": region,
                            "e164": N.e164(num),
                            "area_len": None,
                        },
                    )
                )
            elif slot in ("E", "EP"):
                text = values.email(rng, self.fake(locale, "en"), lang, locale, slot == "EP")
                out.append(
                    (text, {"kind": "EMAIL", "mode": "personal" if slot == "EP" else "role", "text": text})
                )
            elif slot == "C":
                mode, text = values.card(rng)
                out.append((text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}))
            elif slot == "B":
                _, own, nat = LOCALES[locale]
                mode, text = values.iban(rng, own if own in values.BBAN else nat)
                out.append((text, {"kind": "IBAN", "mode": mode, "text": text}))
            elif slot == "S":
                mode, text = values.ssn(rng)
                out.append((text, {"kind": "US_SSN", "mode": mode, "text": text}))
            elif slot == "IP":
                mode, text = values.ip(rng)
                out.append((text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}))
            else:
                raise KeyError(slot)
        out.append((sentence[pos:], None))
        return out

    def neg_sentence(self, kind_frame, locale, lang):
        kind, frame = kind_frame
        self.kinds_used.add(kind)
        v = self.drawer.draw(kind, self.rng, lang, locale, regions_for(locale, lang))
        return [(frame.replace("{v}", v), None)]

    def contact_block(self, locale, lang, lex):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        layout = rng.choice(LAYOUTS)
        segs = [("\n\n" + rng.choice(lex["heads"]) + "\n", None)]
        for label in rng.sample(lex["labels"], rng.randint(2, 3)):
            if own != nat and rng.random() < 0.4:
                num = N.draw(rng, own, N.FIXED if rng.random() < 0.5 else N.MOBILE)
                region, text = own, N.write(rng, num, own, "intl")
            else:
                num = N.draw(rng, nat, N.FIXED if rng.random() < 0.6 else N.MOBILE)
                how = "fixed" if N.pn.number_type(num) in N.FIXED else "mobile"
                region, text = nat, N.write(rng, num, nat, how)
            val = {
                "kind": "PHONE",
                "mode": "list-entry",
                "text": text,
                "region": region,
                "e164": N.e164(num),
                "area_len": None,
            }
            before, after = layout.split("{phone}")
            segs += [
                (before.replace("{label}", label), None),
                (text, val),
                (after.replace("{label}", label) + "\n", None),
            ]
        return segs

    def document(self, locale, lang, genre, positive, neg_cycle, local_ctx=None, local_sentence=None):
        rng = self.rng
        lex = LEX[lang]
        segs = [(rng.choice(lex["titles"][genre]) + "\n\n", None)]
        body = []
        if positive:
            pool = [s for s in lex["body"][genre] if all(self.supports(x, locale) for x in SLOT.findall(s))]
            for s in rng.sample(pool, min(len(pool), rng.randint(1 if local_ctx else 2, 3))):
                body.append(self.fill(s, locale, lang, local_ctx))
            if local_ctx:
                body.insert(rng.randint(0, len(body)), self.fill(local_sentence, locale, lang, local_ctx))
            if rng.random() < 0.4:
                body.insert(rng.randint(0, len(body)), self.neg_sentence(next(neg_cycle), locale, lang))
        else:
            for _ in range(rng.randint(2, 4)):
                body.append(self.neg_sentence(next(neg_cycle), locale, lang))
        if rng.random() < 0.3:
            body.insert(rng.randint(0, len(body)), [(rng.choice(lex["plain"]), None)])
        for i, sent in enumerate(body):
            if i:
                multi = any("\n" in t for t, _ in sent) or any("\n" in t for t, _ in body[i - 1])
                segs.append(("\n\n" if multi or rng.random() < 0.3 else " ", None))
            segs += sent
        if positive and rng.random() < 0.2:
            segs += self.contact_block(locale, lang, lex)
        else:
            segs.append(("\n", None))
        if rng.random() < 0.5:
            sign = rng.choice(lex["signoff"]).replace("{NAME}", self.fake(locale, lang).name())
            segs.append(("\n" + sign + "\n", None))
        return segs


def assemble(segs):
    """(text, spans, values) from segments."""
    text, spans, vals = "", [], []
    for t, v in segs:
        if v is not None:
            spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
            vals.append(v)
        text += t
    return text, spans, vals


def blank(text, spans):
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s["start"]])
        out.append("|")
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def doc_dirty(text, spans, locale, lang):
    b = blank(text, spans)
    return bool(negs.guard_hits(b) or negs.phone_hits_doc(b, regions_for(locale, lang)))
