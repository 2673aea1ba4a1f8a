"""Builds the v90 documents: positives (with announced local numbers and contact lists), hard negatives."""

import re

import faker
from stdnum import iban as stdiban
from stdnum import luhn

from . import lex_de_nl, lex_en, lex_fr_es_it, lex_pt_hi, negs
from . import numbers as N

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
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
GENRES = {
    "en": lex_en.GENRES,
    "de": lex_de_nl.DE,
    "nl": lex_de_nl.NL,
    "fr": lex_fr_es_it.FR,
    "es": lex_fr_es_it.ES,
    "it": lex_fr_es_it.IT,
    "pt": lex_pt_hi.PT,
    "hi": lex_pt_hi.HI,
}
ANNOUNCE = {
    ("en", "US"): lex_en.ANNOUNCE["US"],
    ("en", "GB"): lex_en.ANNOUNCE["GB"],
    ("en", "IN"): lex_en.ANNOUNCE["IN"],
    ("de", "DE"): lex_de_nl.DE_ANNOUNCE,
    ("nl", "NL"): lex_de_nl.NL_ANNOUNCE,
    ("pt", "BR"): lex_pt_hi.PT_ANNOUNCE,
    ("hi", "IN"): lex_pt_hi.HI_ANNOUNCE,
}
HEADS = {"en": lex_en.LIST_HEADS, **lex_de_nl.LIST_HEADS, **lex_fr_es_it.LIST_HEADS, **lex_pt_hi.LIST_HEADS}
LABELS = {
    "en": lex_en.LIST_LABELS,
    **lex_de_nl.LIST_LABELS,
    **lex_fr_es_it.LIST_LABELS,
    **lex_pt_hi.LIST_LABELS,
}
FAKER_LOC = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
# fictitious company stems and top-level domains for e-mail addresses
STEMS = [
    "sunroof-works",
    "heatwise",
    "loftlagging",
    "voltbay",
    "warmwall",
    "ampere-home",
    "greenretro",
    "solarkontor",
    "waermewerk",
    "zonnedak",
    "isolatiepunt",
    "soleil-pose",
    "calor-verde",
    "tettosole",
    "casaclima",
    "telhado-solar",
    "energia-lar",
    "urjaghar",
    "wattcheck",
    "meterfit",
]
TLD = {
    "en": ["co.uk", "com", "ie", "in"],
    "de": ["de", "at", "ch"],
    "nl": ["nl", "be"],
    "fr": ["fr", "be"],
    "es": ["es"],
    "it": ["it"],
    "pt": ["pt", "com.br"],
    "hi": ["in", "co.in"],
}
ROLES = ["planning", "service", "install", "grants", "kundendienst", "aftercare", "info", "survey", "hello"]
LIST_LAYOUTS = ["{l}: {p}", "{p} ({l})", "{l} – {p}", "• {l}, {p}"]
PH = re.compile(r"\{(\w+(?::\w+)?)\}")
SENSITIVE = {"ssn": {"en_US"}}


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {lg: faker.Faker(loc) for lg, loc in FAKER_LOC.items()}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(10090 + i)
        self.doc_redraws = 0

    # ---- values -------------------------------------------------------------------------------
    def phone(self, tag, lang, own, nat, mode=None):
        r = self.rng
        if tag == "intl":
            text, e = N.write(r, own, r.choice(["fix", "mob"]), intl=True)
            return text, {
                "kind": "PHONE",
                "mode": "international",
                "text": text,
                "region": own,
                "e164": e,
                "area_len": None,
            }
        if tag == "free":
            text, e = N.write(r, nat, "free")
            return text, {
                "kind": "PHONE",
                "mode": "other",
                "text": text,
                "region": nat,
                "e164": e,
                "area_len": None,
            }
        kind = "mob" if tag == "mob" else r.choice(["fix", "fix", "mob"])
        text, e = N.write(r, nat, kind)
        return text, {
            "kind": "PHONE",
            "mode": mode or "national",
            "text": text,
            "region": nat,
            "e164": e,
            "area_len": None,
        }

    def email(self, lang):
        r = self.rng
        dom = r.choice(STEMS) + "." + r.choice(TLD[lang])
        if r.random() < 0.5:
            f = self.fakers["en" if lang == "hi" else lang]
            user = f.first_name().lower() + r.choice([".", "_", ""]) + f.last_name().lower()
            user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._"))
            mode = "personal"
        else:
            user, mode = r.choice(ROLES), "role"
        text = f"{user}@{dom}"
        return text, {"kind": "EMAIL", "mode": mode, "text": text}

    def ip(self):
        r = self.rng
        x = r.random()
        if x < 0.45:
            text = r.choice(
                [
                    f"192.168.{r.randint(0, 20)}.{r.randint(2, 250)}",
                    f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
                ]
            )
            mode = "v4-private"
        elif x < 0.75:
            first = r.choice([81, 86, 145, 185, 212, 94])
            text = f"{first}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            mode = "v4"
        else:
            text = (
                r.choice(["2a02", "2a01", "2001:67c", "2a0a"])
                + ":"
                + ":".join(f"{r.randint(0, 65535):x}" for _ in range(r.choice([3, 4])))
                + "::"
                + f"{r.randint(1, 4095):x}"
            )
            mode = "v6"
        return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}

    def card(self):
        r = self.rng
        pre, n = r.choice([("4", 16), ("52", 16), ("55", 16), ("37", 15), ("2221", 16)])
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        num = body + luhn.calc_check_digit(body)
        mode = r.choice(["spaced", "solid", "dashed"])
        if n == 15:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(parts), "solid": num, "dashed": "-".join(parts)}[mode]
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, lang):
        r = self.rng
        cc, n = {"de": ("DE", 18), "nl": ("NL", 14), "pt": ("DE", 18), "fr": ("DE", 18)}.get(lang, ("AT", 16))
        while True:
            bban = "".join(r.choice("0123456789") for _ in range(n))
            if cc == "NL":
                bban = r.choice(["INGB", "RABO", "ABNA", "TRIO"]) + bban[4:]
            raw = cc + "00" + bban
            num = cc + stdiban.calc_check_digits(raw) + bban
            if stdiban.is_valid(num):
                break
        mode = r.choice(["print", "electronic"])
        text = " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if mode == "print" else num
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ssn(self):
        r = self.rng
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        gnum, s = r.randint(1, 99), r.randint(1, 9999)
        mode = r.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        text = f"{a:03d}{sep}{gnum:02d}{sep}{s:04d}"
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    # ---- text -----------------------------------------------------------------------------------
    def fill(self, tpl, ctx, parts):
        """Append the filled template to parts: list of (text, value or None)."""
        lang, own, nat, regions = ctx["lang"], ctx["own"], ctx["nat"], ctx["regions"]
        pos = 0
        for m in PH.finditer(tpl):
            parts.append((tpl[pos : m.start()], None))
            tag = m.group(1)
            if tag.startswith("k:"):
                parts.append((self.drawer(tag[2:], "en" if lang == "hi" else lang, regions), None))
            elif tag == "name":
                parts.append((self.fakers[lang].name(), None))
            elif tag == "town":
                parts.append((ctx["town"], None))
            elif tag == "loc":
                text, e = N.write_local(self.rng, ctx["local_region"], ctx["area"])
                parts.append(
                    (
                        text,
                        {
                            "kind": "PHONE",
                            "mode": "local-announced",
                            "text": text,
                            "region": ctx["local_region"],
                            "e164": e,
                            "area_len": len(ctx["area"]),
                        },
                    )
                )
            elif tag in ("nat", "mob", "intl", "free"):
                parts.append(self.phone(tag, lang, own, nat))
            elif tag == "email":
                parts.append(self.email(lang))
            elif tag == "ip":
                parts.append(self.ip())
            elif tag == "card":
                parts.append(self.card())
            elif tag == "iban":
                parts.append(self.iban(lang))
            elif tag == "ssn":
                parts.append(self.ssn())
            else:
                raise KeyError(tag)
            pos = m.end()
        parts.append((tpl[pos:], None))

    def usable(self, tpl, locale):
        return "{ssn}" not in tpl or locale == "en_US"

    def document(self, locale, lang, kind, genre, local=None, listing=False):
        """Returns (text, spans, values); local = (region, town, area, n_loc)."""
        r = self.rng
        _, own, nat = LOCALES[locale]
        regions = tuple(sorted({own, nat, HOME[lang]} | ({"US"} if lang == "en" else set())))
        ctx = {"lang": lang, "own": own, "nat": nat, "regions": regions}
        g = GENRES[lang][genre]
        for _ in range(50):
            parts = [(r.choice(g["title"]) + "\n\n", None)]
            if kind == "neg":
                for i, tpl in enumerate(r.sample(g["neg"], min(len(g["neg"]), r.randint(2, 3)))):
                    self.fill(("" if i == 0 else " ") + tpl, ctx, parts)
                parts.append(("\n", None))
            else:
                pool = [t for t in g["pos"] if self.usable(t, locale)]
                k = 1 if local else r.randint(1, 3)
                for i, tpl in enumerate(r.sample(pool, min(k, len(pool)))):
                    self.fill(("" if i == 0 else " ") + tpl, ctx, parts)
                if r.random() < 0.4:
                    self.fill(" " + r.choice(g["neg"]), ctx, parts)
                if local:
                    region, town, area, n = local
                    tpls = [t for t in ANNOUNCE[(lang, region)] if t.count("{loc}") <= n]
                    tpl = r.choice(tpls)
                    ctx.update(town=town, area=area, local_region=region)
                    self.fill("\n\n" + tpl, ctx, parts)
                parts.append(("\n", None))
                if listing:
                    layout = r.choice(LIST_LAYOUTS)
                    parts.append(("\n" + r.choice(HEADS[lang]) + "\n", None))
                    for label in r.sample(LABELS[lang], r.randint(2, 3)):
                        if own != nat:
                            ph = self.phone("intl", lang, own, nat)
                            ph[1]["mode"] = "list-entry"
                        else:
                            ph = self.phone("nat", lang, own, nat, mode="list-entry")
                        a, b = layout.split("{p}")
                        parts.append((a.replace("{l}", label), None))
                        parts.append(ph)
                        parts.append((b.replace("{l}", label) + "\n", None))
            text, spans, values = "", [], []
            for t, v in parts:
                if v is not None:
                    spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                    values.append(v)
                text += t
            if not negs.doc_hits(negs.blank(text, spans), regions):
                return text, spans, values
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def local_count(self, lang, region):
        return max(t.count("{loc}") for t in ANNOUNCE[(lang, region)])
