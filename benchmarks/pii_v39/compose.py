"""Document assembly for v39: genre frames, slot sentences, phones and other values, with screening."""

import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, values
from . import numbers as N

GENRES = list(lex_en.GENRES)
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
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
HOME = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
FRAMES = {
    "en": lex_en.GENRES,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
SLOTS = {
    "en": lex_en.SLOTS,
    "de": lex_de_fr.DE_SLOTS,
    "fr": lex_de_fr.FR_SLOTS,
    "es": lex_es_it.ES_SLOTS,
    "it": lex_es_it.IT_SLOTS,
    "nl": lex_nl_pt_hi.NL_SLOTS,
    "pt": lex_nl_pt_hi.PT_SLOTS,
    "hi": lex_nl_pt_hi.HI_SLOTS,
}
INTL_POOL = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]
PH = re.compile(r"\{(\w+)\}")
POS_KEYS = {"p", "e", "i", "c", "ip", "s"}


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.doc_redraws = 0

    def faker(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.rng.randint(0, 10**9))
            self.fakers[loc] = f
        return self.fakers[loc]

    def name(self, lang, locale):
        f = self.faker("hi_IN" if lang == "hi" else locale)
        return f.first_name(), f.last_name()

    # ---- phones -------------------------------------------------------------------------------------
    def phone(self, mode, region, nat, area=None):
        r = self.rng
        if mode == "local-announced":
            num, sub = N.make_local(r, region, area)
            text = r.choice(N.local_forms(region, sub))
            assert N.local_parses_to(text, region, area, num)
            return {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": region,
                "e164": N.e164(num),
                "area_len": len(area),
            }
        if mode == "international":
            reg = region if r.random() < 0.5 else r.choice(INTL_POOL)
            num = N.make(r, reg, r.choice(["mobile", "fixed"]))
            text = r.choice(N.intl_forms(num))
        elif mode == "other":
            reg = nat if N.PREFIXES[nat]["service"] else "GB"
            num = N.make(r, reg, "service")
            text = r.choice(N.service_forms(num))
        else:
            reg = nat
            if mode == "list-entry" and (region != nat or r.random() < 0.25):
                num = N.make(
                    r, region if region != nat else r.choice(INTL_POOL), r.choice(["mobile", "fixed"])
                )
                text = r.choice(N.intl_forms(num))
                return {
                    "kind": "PHONE",
                    "mode": mode,
                    "text": text,
                    "region": N.pn.region_code_for_number(num),
                    "e164": N.e164(num),
                    "area_len": None,
                }
            num = N.make(r, reg, r.choice(["mobile", "fixed", "fixed"]))
            text = r.choice(N.national_forms(num))
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": N.pn.region_code_for_number(num),
            "e164": N.e164(num),
            "area_len": None,
        }

    # ---- rendering ----------------------------------------------------------------------------------
    def render(self, tpl, ctx, lang, regions, spans, out):
        pos = 0
        for m in PH.finditer(tpl):
            out.append(tpl[pos : m.start()])
            key = m.group(1)
            start = sum(len(x) for x in out)
            if key in POS_KEYS:
                v = ctx[key]
                out.append(v["text"])
                spans.append((start, start + len(v["text"]), v))
            elif key in negs.GENS:
                out.append(self.drawer.draw(key, lang, regions)[1])
            else:
                out.append(ctx[key])
            pos = m.end()
        out.append(tpl[pos:])

    def other_value(self, kind, lang, locale):
        r = self.rng
        if kind == "e":
            mode = r.choice(["role", "personal"])
            first, last = self.name(lang, "en_US" if lang == "hi" else locale)
            return {"kind": "EMAIL", "mode": mode, "text": values.email(r, lang, mode, first, last)}
        if kind == "i":
            mode = r.choice(["print", "print", "electronic"])
            return {"kind": "IBAN", "mode": mode, "text": values.iban(r, lang, mode)}
        if kind == "c":
            mode = r.choice(["spaced", "spaced", "dashed", "solid"])
            return {"kind": "CREDIT_CARD", "mode": mode, "text": values.card(r, mode)}
        if kind == "ip":
            mode = r.choice(["v4", "v4", "v4-private", "v6"])
            return {"kind": "IP_ADDRESS", "mode": mode, "text": values.ip(r, mode)}
        mode = r.choice(["dashed", "dashed", "dashed", "spaced"])
        return {"kind": "US_SSN", "mode": mode, "text": values.ssn(r, mode)}

    def document(self, locale, lang, genre, plan, area=None):
        """plan: list of slot names ('intl', 'nat', 'local', 'service', 'list', 'email', ...); [] = "
        "negative."""
        for _ in range(50):
            doc = self._try(locale, lang, genre, plan, area)
            if doc is not None:
                return doc
            self.doc_redraws += 1
        raise RuntimeError("document keeps failing the screen")

    def _try(self, locale, lang, genre, plan, area):
        r = self.rng
        region, nat = LOCALES[locale][1], LOCALES[locale][2]
        regions = list(dict.fromkeys([region, nat] + HOME[lang]))
        frames = FRAMES[lang]
        frame = frames.get(genre) or lex_en.GENRES[genre]
        if lang == "en" and region == "IN" and genre in lex_en.INDIA and r.random() < 0.6:
            frame = lex_en.INDIA[genre]
        slots = SLOTS[lang]
        first, last = self.name(lang, locale)
        town = None
        if area:
            town = area[0]
        fills = frame[1:]
        k = r.randint(max(1, len(fills) - 2), len(fills))
        pieces = [(t, "fill") for t in r.sample(fills, k)]
        for slot in plan:
            if slot == "list":
                pieces.append((None, "list"))
                continue
            key = {
                "intl": "intl",
                "nat": "nat",
                "local": "local",
                "service": "service",
                "email": "email",
                "iban": "iban",
                "card": "card",
                "ip": "ip",
                "ssn": "ssn",
            }[slot]
            pieces.insert(r.randint(1, len(pieces)), (r.choice(slots[key]), slot))
        spans, out = [], []
        head = frame[0]
        self.render(head, {"name": "%s %s" % (first, last)}, lang, regions, spans, out)
        out.append("\n\n")
        para_sep = r.choice([" ", "\n", "\n\n"])
        for i, (tpl, slot) in enumerate(pieces):
            if i:
                out.append(para_sep if slot != "list" and pieces[i - 1][1] != "list" else "\n\n")
            ctx = {"name": " ".join(self.name(lang, locale)), "town": town or ""}
            if slot == "list":
                out.append(r.choice(slots["list_head"]) + "\n")
                labels = r.sample(slots["labels"], r.randint(2, 3))
                item = r.choice(slots["list_item"])
                for j, lab in enumerate(labels):
                    ctx2 = {"label": lab, "p": self.phone("list-entry", region, nat)}
                    self.render(item, ctx2, lang, regions, spans, out)
                    if j < len(labels) - 1:
                        out.append("\n")
                continue
            if slot in ("intl", "nat", "local", "service"):
                mode = {
                    "intl": "international",
                    "nat": "national",
                    "local": "local-announced",
                    "service": "other",
                }[slot]
                ctx["p"] = self.phone(mode, region, nat, area[1] if area else None)
            elif slot in ("email", "iban", "card", "ip", "ssn"):
                key = {"email": "e", "iban": "i", "card": "c", "ip": "ip", "ssn": "s"}[slot]
                ctx[key] = self.other_value(key, lang, locale)
            self.render(tpl, ctx, lang, regions, spans, out)
        text = "".join(out).rstrip() + "\n"
        masked = list(text)
        for s, e, _ in spans:
            masked[s:e] = "X" * (e - s)
        if negs.doc_hits("".join(masked), regions):
            return None
        for s, e, _ in spans:
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                return None
        return text, spans
