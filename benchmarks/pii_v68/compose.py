"""Composing one document: templates with slots rendered into text, spans and sidecar values."""

import re

from . import lex_de_fr_es as L1
from . import lex_en
from . import lex_it_nl_pt_hi as L2
from . import numbers as N
from .negs import KINDS

LANGS = {
    "en": (lex_en.GENRES, lex_en.LOCAL, (lex_en.LIST_HEADS, lex_en.LIST_LABELS)),
    "de": (L1.DE, L1.DE_LOCAL, L1.DE_LIST),
    "fr": (L1.FR, None, L1.FR_LIST),
    "es": (L1.ES, None, L1.ES_LIST),
    "it": (L2.IT, None, L2.IT_LIST),
    "nl": (L2.NL, L2.NL_LOCAL, L2.NL_LIST),
    "pt": (L2.PT, L2.PT_LOCAL, L2.PT_LIST),
    "hi": (L2.HI, L2.HI_LOCAL, L2.HI_LIST),
}
# locale -> (own region, home region used for national, list and service numbers)
LOCALES = {
    "en_US": ("US", "US"),
    "en_GB": ("GB", "GB"),
    "en_IN": ("IN", "IN"),
    "en_AU": ("AU", "GB"),
    "en_IE": ("IE", "GB"),
    "de_DE": ("DE", "DE"),
    "de_AT": ("AT", "DE"),
    "de_CH": ("CH", "DE"),
    "fr_FR": ("FR", "FR"),
    "fr_BE": ("BE", "FR"),
    "fr_CH": ("CH", "FR"),
    "es_ES": ("ES", "ES"),
    "it_IT": ("IT", "IT"),
    "nl_NL": ("NL", "NL"),
    "nl_BE": ("BE", "NL"),
    "pt_PT": ("PT", "PT"),
    "pt_BR": ("BR", "BR"),
}
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]
LIST_LAYOUTS = [
    "{label} — {phone}",
    "{phone} ({label})",
    "{label}\t{phone}",
    "• {label}, {phone}",
    "{label} ☎ {phone}",
]
SLOT_RE = re.compile(r"\{(\w+)\}")
RARE = ("{card}", "{iban}", "{ssn}")


def screen_regions(locale, lang):
    own, home = LOCALES[locale]
    return sorted({own, home, *LANG_HOME[lang]})


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def add_value(self, kind, text, value):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        out = {"kind": kind, "mode": value["mode"], "text": text}
        out.update({k: v for k, v in value.items() if k != "mode"})
        self.values.append(out)


class Composer:
    def __init__(self, rng, vals, drawer, fakers):
        self.rng, self.vals, self.drawer, self.fakers = rng, vals, drawer, fakers

    def _phone(self, region, kind, mode):
        num = N.draw(self.rng, region, kind)
        if mode == "other":
            text = self.rng.choice(N.free_styles(num, region))
        elif mode == "international":
            text = self.rng.choice(N.intl_styles(num, region))
        else:
            text = self.rng.choice(N.nat_styles(num, region))
        return text, {"mode": mode, "region": region, "e164": N.e164(num), "area_len": None}

    def slot(self, doc, name, ctx):
        rng = self.rng
        own, home = LOCALES[ctx["locale"]]
        if name in ("phone", "mob"):
            kind = "mobile" if name == "mob" or rng.random() < 0.3 else "fixed"
            text, v = self._phone(home, kind, "national")
            doc.add_value("PHONE", text, v)
        elif name == "intl":
            region = own if rng.random() < 0.6 else rng.choice([r for r in FOREIGN if r != own])
            text, v = self._phone(region, rng.choice(["fixed", "mobile"]), "international")
            doc.add_value("PHONE", text, v)
        elif name == "free":
            kind = "uan" if home == "GB" and rng.random() < 0.3 else "free"
            text, v = self._phone(home, kind, "other")
            doc.add_value("PHONE", text, v)
        elif name in ("l1", "l2"):
            if name not in ctx["locals"]:
                region, area = ctx["area"]
                num, sub = N.draw_local(rng, region, area)
                text = rng.choice(N.local_styles(region, sub))
                ctx["locals"][name] = (
                    text,
                    {"mode": "local-announced", "region": region, "e164": N.e164(num), "area_len": len(area)},
                )
            text, v = ctx["locals"][name]
            doc.add_value("PHONE", text, dict(v))
        elif name in ("email", "role"):
            doc.add_value(
                "EMAIL", self.vals.email(name == "role"), {"mode": "role" if name == "role" else "personal"}
            )
        elif name in ("ip", "ipp"):
            text, mode = self.vals.ipv4(name == "ipp")
            doc.add_value("IP_ADDRESS", text, {"mode": mode})
        elif name == "ip6":
            text, mode = self.vals.ipv6()
            doc.add_value("IP_ADDRESS", text, {"mode": mode})
        elif name == "card":
            text, mode = self.vals.card()
            doc.add_value("CREDIT_CARD", text, {"mode": mode})
        elif name == "iban":
            region = own if own in ("DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "GB") else home
            text, mode = self.vals.iban(
                region if region in ("DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "GB") else "GB"
            )
            doc.add_value("IBAN", text, {"mode": mode})
        elif name == "ssn":
            text, mode = self.vals.ssn()
            doc.add_value("US_SSN", text, {"mode": mode})
        elif name == "neg":
            kind = rng.choice(sorted(KINDS))
            doc.add(self.drawer.draw(kind, ctx["lang"], ctx["regions"]))
        elif name == "name":
            doc.add(self.fakers[ctx["lang"]].name())
        elif name == "town":
            doc.add(ctx["town"])
        else:
            raise KeyError(name)

    def render(self, doc, template, ctx):
        pos = 0
        for m in SLOT_RE.finditer(template):
            doc.add(template[pos : m.start()])
            self.slot(doc, m.group(1), ctx)
            pos = m.end()
        doc.add(template[pos:])

    def pick_pos(self, pool, ctx, k):
        ok = [s for s in pool if "{ssn}" not in s or ctx["locale"] == "en_US"]
        out = []
        for s in self.rng.sample(ok, min(k + 2, len(ok))):
            if any(r in s for r in RARE) and self.rng.random() < 0.6:
                continue
            out.append(s)
        return out[:k] or [s for s in ok if not any(r in s for r in RARE)][:1]

    def compose(self, lang, locale, genre, polarity, local=None):
        """local = (region, town, area, n_locals) for documents with announced local numbers."""
        rng = self.rng
        genres, local_pool, (heads, labels) = LANGS[lang]
        g = genres[genre]
        own, home = LOCALES[locale]
        towns = N.AREAS.get(home)
        town = local[1] if local else (rng.choice(towns)[0] if towns else self.fakers[lang].city())
        ctx = {
            "lang": lang,
            "locale": locale,
            "locals": {},
            "town": town,
            "area": (local[0], local[2]) if local else None,
            "regions": screen_regions(locale, lang),
        }
        doc = Doc()
        doc.add(rng.choice(g["titles"]) + "\n\n")
        if polarity == "neg":
            parts = rng.sample(g["neg"], min(len(g["neg"]), rng.randint(2, 3)))
        else:
            parts = self.pick_pos(g["pos"], ctx, rng.randint(1, 3)) + rng.sample(g["neg"], rng.randint(1, 2))
            rng.shuffle(parts)
        if local:
            want = local[3]
            cands = [t for t in local_pool if ("{l2}" in t) == (want == 2)]
            parts.insert(rng.randint(0, len(parts)), rng.choice(cands))
        paras = []
        cur = []
        for p in parts:
            cur.append(p)
            if "\n" in p or rng.random() < 0.35:
                paras.append(cur)
                cur = []
        if cur:
            paras.append(cur)
        for i, para in enumerate(paras):
            for j, p in enumerate(para):
                self.render(doc, p, ctx)
                doc.add(" " if j < len(para) - 1 else "")
            doc.add("\n\n" if i < len(paras) - 1 else "\n")
        if polarity == "pos" and rng.random() < 0.3:
            layout = rng.choice(LIST_LAYOUTS)
            doc.add("\n" + rng.choice(heads) + "\n")
            for label in rng.sample(labels, rng.randint(2, 3)):
                a, b = layout.split("{phone}")
                doc.add(a.replace("{label}", label))
                if own != home and rng.random() < 0.3:
                    text, v = self._phone(own, rng.choice(["fixed", "mobile"]), "international")
                else:
                    text, v = self._phone(home, rng.choice(["fixed", "mobile"]), "national")
                v["mode"] = "list-entry"
                doc.add_value("PHONE", text, v)
                doc.add(b.replace("{label}", label) + "\n")
        return doc
