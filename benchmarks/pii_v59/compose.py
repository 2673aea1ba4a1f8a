"""Documents for v59: fills the sentences of lex_*.py, records spans and values, screens each document."""

import re

from . import numbers as nums
from . import values as V
from .lex_de_fr import DE, DE_LISTS, DE_LOCAL, FR, FR_LISTS
from .lex_en import EN, EN_LISTS, EN_LOCAL
from .lex_more import ES, HI, HI_LOCAL, IT, LISTS, NL, NL_LOCAL, PT, PT_LOCAL
from .negs import dirty

# locale key -> (locale, language, own region, national region, faker locale)
LOCALES = {
    "en_US": ("en_US", "en", "US", "US", "en_US"),
    "en_GB": ("en_GB", "en", "GB", "GB", "en_GB"),
    "en_IN": ("en_IN", "en", "IN", "IN", "en_IN"),
    "hi": ("en_IN", "hi", "IN", "IN", "hi_IN"),
    "en_AU": ("en_AU", "en", "AU", "GB", "en_AU"),
    "en_IE": ("en_IE", "en", "IE", "GB", "en_IE"),
    "de_DE": ("de_DE", "de", "DE", "DE", "de_DE"),
    "de_AT": ("de_AT", "de", "AT", "DE", "de_AT"),
    "de_CH": ("de_CH", "de", "CH", "DE", "de_CH"),
    "fr_FR": ("fr_FR", "fr", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr_BE", "fr", "BE", "FR", "fr_BE"),
    "fr_CH": ("fr_CH", "fr", "CH", "FR", "fr_CH"),
    "es_ES": ("es_ES", "es", "ES", "ES", "es_ES"),
    "it_IT": ("it_IT", "it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl_NL", "nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl_BE", "nl", "BE", "NL", "nl_BE"),
    "pt_BR": ("pt_BR", "pt", "BR", "BR", "pt_BR"),
    "pt_PT": ("pt_PT", "pt", "PT", "PT", "pt_PT"),
}
INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
GENRES = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
LOCAL_SENTENCES = {
    "US": EN_LOCAL["US"],
    "GB": EN_LOCAL["GB"],
    "IN": EN_LOCAL["IN"],
    "DE": DE_LOCAL,
    "NL": NL_LOCAL,
    "BR": PT_LOCAL,
    "IN-hi": HI_LOCAL,
}
LIST_WORDS = {"en": EN_LISTS, "de": DE_LISTS, "fr": FR_LISTS, **LISTS}
LAYOUTS = [
    "• {label}: {phone}",
    "{phone} ({label})",
    "{label} — {phone}",
    "{label}\t{phone}",
    "- {label}, tel. {phone}",
]
IBAN_COUNTRY = {
    "US": "GB",
    "GB": "GB",
    "IN": "GB",
    "AU": "GB",
    "IE": "IE",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "PT": "PT",
    "BR": "BR",
}
SLOT = re.compile(r"\{([A-Z0-9]+)(?::(\w+))?\}")
PII = {"PN", "PI", "PO", "EM", "EP", "CC", "IB", "IP", "IQ", "I6", "SSN", "L"}


def has_pii(sentence):
    return any(m.group(1) in PII for m in SLOT.finditer(sentence))


class Doc:
    def __init__(self):
        self.parts, self.spans, self.values, self.pos = [], [], [], 0

    def add(self, text, value=None):
        if value is not None:
            self.spans.append({"kind": value["kind"], "start": self.pos, "end": self.pos + len(text)})
            self.values.append(value)
        self.parts.append(text)
        self.pos += len(text)

    @property
    def text(self):
        return "".join(self.parts)


class Composer:
    def __init__(self, rng, fakers, drawer):
        self.rng, self.fakers, self.drawer = rng, fakers, drawer

    def regions(self, key):
        _, lang, own, nat, _ = LOCALES[key]
        return sorted({own, nat, HOME[lang]})

    def phone(self, key, slot, mode=None):
        rng = self.rng
        _, _, own, nat, _ = LOCALES[key]
        kind = rng.choice(["fixed", "mobile"])
        if slot == "PO":
            text, e = nums.written(rng, nat, "other", "nat")
            return {
                "kind": "PHONE",
                "mode": mode or "other",
                "text": text,
                "region": nat,
                "e164": e,
                "area_len": None,
            }
        if slot == "PI":
            if own in INTL_ONLY or rng.random() < 0.55:
                reg = own
            else:
                reg = rng.choice(sorted(set(nums.HEADS) - {own}))
            text, e = nums.written(rng, reg, kind, "intl")
            return {
                "kind": "PHONE",
                "mode": mode or "international",
                "text": text,
                "region": reg,
                "e164": e,
                "area_len": None,
            }
        if own in INTL_ONLY and rng.random() < 0.5:
            text, e = nums.written(rng, own, kind, "intl")
            return {
                "kind": "PHONE",
                "mode": mode or "international",
                "text": text,
                "region": own,
                "e164": e,
                "area_len": None,
            }
        text, e = nums.written(rng, nat, kind, "nat")
        return {
            "kind": "PHONE",
            "mode": mode or "national",
            "text": text,
            "region": nat,
            "e164": e,
            "area_len": None,
        }

    def fill(self, doc, key, sentence, ctx):
        rng = self.rng
        _, lang, own, nat, _ = LOCALES[key]
        last = 0
        for m in SLOT.finditer(sentence):
            doc.add(sentence[last : m.start()])
            last = m.end()
            slot, arg = m.group(1), m.group(2)
            if slot == "N":
                doc.add(self.drawer.value(arg, self.regions(key), LOCALES[key][0]))
            elif slot == "NAME":
                ctx["name"] = ctx["fake"].first_name() + " " + ctx["fake"].last_name()
                doc.add(ctx["name"])
            elif slot == "TOWN":
                doc.add(ctx["town"])
            elif slot == "L":
                reg = ctx["local_region"]
                text, e = nums.local(rng, reg, ctx["area"], ctx["sub_len"])
                doc.add(
                    text,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": text,
                        "region": reg,
                        "e164": e,
                        "area_len": len(ctx["area"]),
                    },
                )
            elif slot in ("PN", "PI", "PO"):
                v = self.phone(key, slot)
                doc.add(v["text"], v)
            elif slot in ("EM", "EP"):
                name = ctx.get("name") or ctx["fake"].first_name() + " " + ctx["fake"].last_name()
                text = V.email(rng, self.fakers["en_US"], lang, slot == "EP", name)
                doc.add(text, {"kind": "EMAIL", "mode": "personal" if slot == "EP" else "role", "text": text})
            elif slot == "CC":
                mode = rng.choice(["spaced", "solid", "dashed"])
                text = V.card(rng, mode)
                doc.add(text, {"kind": "CREDIT_CARD", "mode": mode, "text": text})
            elif slot == "IB":
                mode = rng.choice(["print", "print", "electronic"])
                text = V.iban(rng, IBAN_COUNTRY[own], mode)
                doc.add(text, {"kind": "IBAN", "mode": mode, "text": text})
            elif slot in ("IP", "IQ", "I6"):
                mode = {"IP": "v4", "IQ": "v4-private", "I6": "v6"}[slot]
                text = V.ip(rng, mode)
                doc.add(text, {"kind": "IP_ADDRESS", "mode": mode, "text": text})
            elif slot == "SSN":
                if key != "en_US":
                    doc.add(self.drawer.value("us_ein", self.regions(key)))
                    continue
                mode = rng.choice(["dashed", "spaced"])
                text = V.ssn(rng, mode)
                doc.add(text, {"kind": "US_SSN", "mode": mode, "text": text})
            else:
                raise KeyError(slot)
        doc.add(sentence[last:])

    def build(self, key, genre, positive, local_slots):
        """One document; local_slots = how many announced local numbers to write (0, 1 or 2)."""
        rng = self.rng
        _, lang, own, nat, floc = LOCALES[key]
        titles, sents = GENRES[lang][genre]
        ctx = {"fake": self.fakers[floc]}
        doc = Doc()
        self.fill(doc, key, rng.choice(titles), ctx)
        doc.add("\n\n")
        if positive:
            idx = sorted(rng.sample(range(len(sents)), min(len(sents), rng.randint(3, 5))))
            if not any(has_pii(sents[i]) for i in idx):
                idx = sorted(set(idx) | {rng.choice([i for i, s in enumerate(sents) if has_pii(s)])})
        else:
            clean = [i for i, s in enumerate(sents) if not has_pii(s)]
            idx = sorted(rng.sample(clean, min(len(clean), rng.randint(2, 4))))
        chosen = [sents[i] for i in idx]
        if local_slots:
            reg = own if lang != "hi" else "IN"
            pool = LOCAL_SENTENCES["IN-hi" if lang == "hi" else reg]
            pool = [s for s in pool if s.count("{L}") == local_slots]
            town, area, sub_len = rng.choice(nums.AREAS[reg])
            ctx.update(town=town, area=area, sub_len=sub_len, local_region=reg)
            chosen.insert(rng.randint(0, len(chosen)), rng.choice(pool))
        for i, s in enumerate(chosen):
            self.fill(doc, key, s, ctx)
            doc.add(" " if rng.random() < 0.6 and i < len(chosen) - 1 else "\n")
        if positive and rng.random() < 0.2:
            words = LIST_WORDS[lang]
            doc.add("\n" + rng.choice(words["heads"]) + "\n")
            layout = rng.choice(LAYOUTS)
            for label in rng.sample(words["labels"], rng.randint(2, 3)):
                v = self.phone(key, "PN", mode="list-entry")
                head, tail = layout.split("{phone}")
                doc.add(head.replace("{label}", label))
                doc.add(v["text"], v)
                doc.add(tail.replace("{label}", label) + "\n")
        return doc

    def clean(self, doc, key):
        """The whole document with its labelled spans blanked must trip no phone matcher and no guard."""
        chars = list(doc.text)
        for s in doc.spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        return not dirty("".join(chars), self.regions(key))
