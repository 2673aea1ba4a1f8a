"""Fill the templates: values with their spans, documents of each kind, screens on the whole text."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban

from . import lex_de_fr as dfr
from . import lex_en as en
from . import lex_es_it as esit
from . import lex_nl_pt_hi as nph
from . import negs, numbers

# language -> (genres, local announcements, local announcements on their own line, (heads, labels))
LANGS = {
    "en": (en.GENRES, en.LOCAL, en.LOCAL_LINES, (en.LIST_HEADS, en.LIST_LABELS)),
    "de": (dfr.DE, dfr.DE_LOCAL, dfr.DE_LOCAL_LINES, dfr.DE_LIST),
    "fr": (dfr.FR, None, None, dfr.FR_LIST),
    "es": (esit.ES, None, None, esit.ES_LIST),
    "it": (esit.IT, None, None, esit.IT_LIST),
    "nl": (nph.NL, nph.NL_LOCAL, nph.NL_LOCAL_LINES, nph.NL_LIST),
    "pt": (nph.PT, nph.PT_LOCAL, nph.PT_LOCAL_LINES, nph.PT_LIST),
    "hi": (nph.HI, nph.HI_LOCAL, nph.HI_LOCAL_LINES, nph.HI_LIST),
}
# locale -> (language, own region, region of national/list/service numbers)
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
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
}
LANG_LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_IE", "en_AU"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_PT", "pt_BR"],
    "hi": ["en_IN"],
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
FOREIGN = ["DE", "NL", "GB", "FR", "CH", "AT", "BE", "IE", "AU", "US", "IT", "ES", "PT"]
OWN_INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
IBAN_COUNTRY = {
    "en": "GB",
    "de": "DE",
    "nl": "NL",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "PT",
    "hi": "DE",
}
IBAN_BBAN = {
    "GB": "LLLL" + "9" * 14,
    "DE": "9" * 18,
    "NL": "LLLL" + "9" * 10,
    "FR": "9" * 23,
    "ES": "9" * 20,
    "IT": "L" + "9" * 10 + "9" * 12,
    "PT": "9" * 21,
}
ROLES = [
    "bookings",
    "railtours",
    "yard",
    "stationinfo",
    "lostproperty",
    "club",
    "possessions",
    "ops",
    "exhibition",
    "freightdesk",
    "volunteers",
    "signalbox",
]
LAYOUTS = [
    "• {label}: {phone}",
    "{phone} ({label})",
    "{label} – {phone}",
    "{label}\t{phone}",
    "{label} ☎ {phone}",
]
SLOT = re.compile(r"\{([A-Za-z0-9_:]+)\}")


class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.values = []
        self.pos = 0

    def add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def value(self, s, kind, value):
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(s)})
        self.values.append(value)
        self.add(s)

    @property
    def text(self):
        return "".join(self.parts)


class Composer:
    def __init__(self, rng, faker_by_locale):
        self.rng = rng
        self.fakers = faker_by_locale
        self.drawer = negs.Drawer(rng)

    # ---- values
    def phone(self, region, kind, mode):
        nsn = numbers.draw(self.rng, region, "other" if mode == "other" else kind)
        if mode == "international":
            text = numbers.international(self.rng, region, nsn, kind)
        else:
            text = numbers.national(self.rng, region, nsn, "other" if mode == "other" else kind)
        e164 = "+" + numbers.CC[region] + nsn
        assert numbers.parses_to(text, region, e164), (text, region, e164)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": None,
        }

    def std_phone(self, ctx, kind):
        own, nat = ctx["own"], ctx["nat"]
        if own in OWN_INTL_ONLY:
            if self.rng.random() < 0.5:
                return self.phone(own, kind, "international")
            return self.phone(nat, kind, "national")
        return self.phone(own, kind, "international" if self.rng.random() < 0.25 else "national")

    def email(self, ctx, personal):
        fk = ctx["faker"]
        dom = fk.domain_name()
        if personal:
            user = self.rng.choice([fk.user_name(), fk.first_name().lower() + "." + fk.last_name().lower()])
            user = re.sub(r"[^a-z0-9._]", "", user.lower()).strip(".") or "info"
            return f"{user}@{dom}", "personal"
        return f"{self.rng.choice(ROLES)}@{dom}", "role"

    def card(self):
        r = self.rng
        for _ in range(1000):
            if r.random() < 0.2:
                d = r.choice(["34", "37"]) + "".join(r.choice(negs.D) for _ in range(13))
            else:
                d = r.choice(["4", "51", "53", "55"])
                d += "".join(r.choice(negs.D) for _ in range(16 - len(d)))
            if negs.luhn_ok(d):
                break
        mode = r.choice(["spaced", "solid", "dashed"])
        if len(d) == 15:
            g = [d[:4], d[4:10], d[10:]]
        else:
            g = [d[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(g), "solid": d, "dashed": "-".join(g)}[mode], mode

    def iban(self, lang):
        cc = IBAN_COUNTRY[lang]
        r = self.rng
        for _ in range(20000):
            bban = "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "L" else r.choice(negs.D)
                for c in IBAN_BBAN[cc]
            )
            raw = cc + "00" + bban
            num = int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4]))
            s = cc + f"{98 - num % 97:02d}" + bban
            if std_iban.is_valid(s):
                break
        if r.random() < 0.6:
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)), "print"
        return s, "electronic"

    def ip(self, which):
        r = self.rng
        while True:
            if which == "v4":
                a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
                if a.is_global:
                    return str(a), "v4"
            elif which == "v4-private":
                a = r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                )
                return a, "v4-private"
            else:
                words = [r.choice(["2a02", "2a01", "2001", "2a00", "2604"])] + [
                    f"{r.randint(0, 0xFFFF):x}" for _ in range(7)
                ]
                a = ipaddress.IPv6Address(":".join(words))
                if a.is_global:
                    return a.compressed, "v6"

    def ssn(self):
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        s = (f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}")
        mode = r.choice(["dashed", "spaced"])
        return ("-" if mode == "dashed" else " ").join(s), mode

    # ---- templates
    def fill(self, doc, template, ctx):
        last = 0
        for m in SLOT.finditer(template):
            doc.add(template[last : m.start()])
            last = m.end()
            slot = m.group(1)
            if slot.startswith("n:"):
                doc.add(self.drawer.draw(slot[2:], ctx["lang"], ctx["regions"]))
            elif slot == "name":
                doc.add(ctx["faker"].name())
            elif slot == "town":
                doc.add(ctx["town"])
            elif slot in ("L", "L2"):
                text, nsn = numbers.local(self.rng, ctx["own"], ctx["area"], ctx["sub_len"])
                e164 = "+" + numbers.CC[ctx["own"]] + nsn
                doc.value(
                    text,
                    "PHONE",
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": text,
                        "region": ctx["own"],
                        "e164": e164,
                        "area_len": len(ctx["area"]),
                    },
                )
            elif slot in ("ph", "mob"):
                text, v = self.std_phone(ctx, "fixed" if slot == "ph" else "mobile")
                doc.value(text, "PHONE", v)
            elif slot == "tf":
                text, v = self.phone(ctx["nat"], "other", "other")
                doc.value(text, "PHONE", v)
            elif slot == "intl":
                region = self.rng.choice([r for r in FOREIGN if r not in (ctx["own"], ctx["nat"])])
                text, v = self.phone(region, self.rng.choice(["fixed", "mobile"]), "international")
                doc.value(text, "PHONE", v)
            elif slot in ("em", "pe"):
                text, mode = self.email(ctx, slot == "pe")
                doc.value(text, "EMAIL", {"kind": "EMAIL", "mode": mode, "text": text})
            elif slot == "card":
                text, mode = self.card()
                doc.value(text, "CREDIT_CARD", {"kind": "CREDIT_CARD", "mode": mode, "text": text})
            elif slot == "iban":
                text, mode = self.iban(ctx["lang"])
                doc.value(text, "IBAN", {"kind": "IBAN", "mode": mode, "text": text})
            elif slot in ("ip", "ipp", "ip6"):
                text, mode = self.ip({"ip": "v4", "ipp": "v4-private", "ip6": "v6"}[slot])
                doc.value(text, "IP_ADDRESS", {"kind": "IP_ADDRESS", "mode": mode, "text": text})
            elif slot == "ssn":
                text, mode = self.ssn()
                doc.value(text, "US_SSN", {"kind": "US_SSN", "mode": mode, "text": text})
            else:
                raise KeyError(slot)
        doc.add(template[last:])

    def list_block(self, doc, ctx, heads, labels):
        doc.add("\n\n" + self.rng.choice(heads) + "\n")
        layout = self.rng.choice(LAYOUTS)
        for label in self.rng.sample(labels, self.rng.choice([2, 2, 3])):
            text, v = self.std_phone(ctx, self.rng.choice(["fixed", "fixed", "mobile"]))
            v["mode"] = "list-entry"
            before, after = layout.split("{phone}")
            doc.add(before.format(label=label))
            doc.value(text, "PHONE", v)
            doc.add(after.format(label=label) + "\n")


def context(composer, locale, lang):
    _, own, nat = LOCALES[locale]
    return {
        "lang": lang,
        "own": own,
        "nat": nat,
        "faker": composer.fakers[locale if lang != "hi" else "hi_IN"],
        "regions": sorted({own, nat, HOME[lang]}),
    }


def blanked(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def clean(doc, regions):
    b = blanked(doc.text, doc.spans)
    return not negs.phone_hits(b, regions) and not negs.guard_hits(b)


def pick_sentences(rng, pool, k, locale):
    ok = [s for s in pool if "{ssn}" not in s or locale == "en_US"]
    return rng.sample(ok, min(k, len(ok)))


def body(rng, sentences):
    rng.shuffle(sentences)
    return " ".join(sentences)


def build_pos(composer, locale, lang, genre):
    rng = composer.rng
    g = LANGS[lang][0][genre]
    ctx = context(composer, locale, lang)
    doc = Doc()
    sents = pick_sentences(rng, g["pos"], rng.choice([1, 1, 2]), locale)
    ssn = [s for s in g["pos"] if "{ssn}" in s]
    if locale == "en_US" and ssn and not any("{ssn}" in s for s in sents) and rng.random() < 0.4:
        sents.append(rng.choice(ssn))
    sents += [("N", s) for s in rng.sample(g["neg"], rng.choice([1, 2]))]
    sents = [s if isinstance(s, tuple) else ("P", s) for s in sents]
    rng.shuffle(sents)
    doc.add(rng.choice(g["titles"]) + "\n\n")
    for i, (_, s) in enumerate(sents):
        composer.fill(doc, s if i == 0 else " " + s, ctx)
    if rng.random() < 0.28:
        composer.list_block(doc, ctx, *LANGS[lang][3])
    else:
        doc.add("\n")
    return doc, ctx


def build_neg(composer, locale, lang, genre):
    rng = composer.rng
    g = LANGS[lang][0][genre]
    ctx = context(composer, locale, lang)
    doc = Doc()
    doc.add(rng.choice(g["titles"]) + "\n\n")
    for i, s in enumerate(rng.sample(g["neg"], min(len(g["neg"]), rng.choice([2, 3])))):
        composer.fill(doc, s if i == 0 else " " + s, ctx)
    doc.add("\n")
    return doc, ctx


def build_local(composer, locale, lang, genre, town, room):
    """A document with one to three announced local numbers (at most `room`)."""
    rng = composer.rng
    _, lines, own_line, _ = LANGS[lang]
    g = LANGS[lang][0][genre]
    ctx = context(composer, locale, lang)
    area, sub_len = numbers.AREAS[ctx["own"]][town]
    ctx.update(town=town, area=area, sub_len=sub_len)
    doc = Doc()
    doc.add(rng.choice(g["titles"]) + "\n\n")
    choices = [t for t in lines if room >= 2 or "{L2}" not in t]
    first = rng.choice(choices)
    used = 2 if "{L2}" in first else 1
    sents = [first] + rng.sample(g["neg"], 1)
    if rng.random() < 0.3:
        sents += pick_sentences(rng, g["pos"], 1, locale)
    rng.shuffle(sents)
    for i, s in enumerate(sents):
        composer.fill(doc, s if i == 0 else " " + s, ctx)
    if used < room and rng.random() < 0.35:
        composer.fill(doc, "\n\n" + rng.choice(own_line), ctx)
        used += 1
    doc.add("\n")
    return doc, ctx, used


def check_phone_value(v):
    num = phonenumbers.parse(v["e164"])
    return phonenumbers.is_valid_number(num)
