"""Assembles v83 documents: positives, hard negatives, screened."""

import random
import re

from faker import Faker

from . import lex_de_nl, lex_en, lex_fr_es_it, lex_pt_hi, negs, values
from . import numbers as N

EN = {
    "G": lex_en.G,
    "DAYS": lex_en.DAYS,
    "LOCAL": lex_en.LOCAL,
    "LIST_HEAD": lex_en.LIST_HEAD,
    "LABELS": lex_en.LABELS,
    "OTHER": lex_en.OTHER,
    "EMAIL": lex_en.EMAIL,
    "CARD": lex_en.CARD,
    "IBAN": lex_en.IBAN,
    "IP": lex_en.IP,
}
LEX = {
    "en": EN,
    "de": lex_de_nl.DE,
    "nl": lex_de_nl.NL,
    "fr": lex_fr_es_it.FR,
    "es": lex_fr_es_it.ES,
    "it": lex_fr_es_it.IT,
    "pt": lex_pt_hi.PT,
    "hi": lex_pt_hi.HI,
}
LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
LOCALE_W = {"en": [5, 5, 2, 1, 1], "de": [4, 1, 1], "fr": [4, 1, 1], "nl": [3, 1], "pt": [2, 1]}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "hi": "IN"}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
FAKER_LOC = {
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_BE": "fr_FR",
    "fr_CH": "fr_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
    "hi": "hi_IN",
}
IBAN_C = {
    "GB": "GB",
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
}
SLOT = re.compile(r"\{(\w+)\}")
LAYOUTS = ["• {label}: {X}", "{label}\t{X}", "{X} — {label}", "{label} ({X})", "{n}. {label}: {X}"]


def region_of(locale):
    return locale.split("_")[1]


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.drawer = negs.Drawer(random.Random(seed + 1))
        self.fakers = {}
        for i, loc in enumerate(sorted(set(FAKER_LOC.values()))):
            f = Faker(loc)
            f.seed_instance(seed + 10 + i)
            self.fakers[loc] = f
        self.doc_redraws = 0

    def fake(self, key):
        return self.fakers[FAKER_LOC[key]]

    # ---- phones
    def phone(self, region, mode, lang):
        r = self.rng
        if mode == "other":
            p, n = r.choice(N.OTHER_P[region])
            nsn = N.draw(r, region, p, n, N.OTHER)
            return self._pv(region, nsn, "other", N.written(region, nsn, "other", r))
        mobile = r.random() < 0.5 or (region not in N.AREAS and region not in N.FIXED_P)
        if mobile:
            p, n = r.choice(N.MOBILE_P[region])
            nsn = N.draw(r, region, p, n, N.MOBILE)
        elif region in N.AREAS and (region not in N.FIXED_P or r.random() < 0.5):
            _, a, sl = r.choice(N.AREAS[region])
            nsn, _ = N.draw_local(r, region, a, sl)
        else:
            p, n = r.choice(N.FIXED_P[region])
            nsn = N.draw(r, region, p, n, N.FIXED)
        form = "international" if mode == "international" else "national"
        return self._pv(region, nsn, mode, N.written(region, nsn, form, r))

    def _pv(self, region, nsn, mode, text):
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": N.e164(region, nsn),
            "area_len": None,
        }

    def contact_phone(self, region, lang, mode=None):
        r = self.rng
        if region in INTL_ONLY:
            if mode == "list-entry" or r.random() < 0.5:
                return self.phone(HOME[lang], mode or "national", lang)
            return self.phone(region, "international", lang)
        if mode:
            return self.phone(region, mode, lang)
        if r.random() < 0.22:
            foreign = r.choice(
                [x for x in ("GB", "DE", "FR", "NL", "ES", "IT", "US", "IE", "CH") if x != region]
            )
            return self.phone(foreign if r.random() < 0.4 else region, "international", lang)
        return self.phone(region, "national", lang)

    # ---- filling
    def fill(self, tmpl, ctx, segs):
        pos = 0
        for m in SLOT.finditer(tmpl):
            segs.append((tmpl[pos : m.start()], None))
            key = m.group(1)
            pos = m.end()
            if key in negs.KINDS:
                segs.append((self.drawer.draw(key, ctx["lang"], ctx["regions"]), None))
            elif key in ("P", "L", "O", "E", "C", "I", "IP", "S"):
                v = ctx["queue"][key].pop(0)
                segs.append((v["text"], v))
            else:
                segs.append((ctx[key], None))
        segs.append((tmpl[pos:], None))

    def document(self, lang, locale, genre, positive, local=None):
        """local = (region, town, area, sub_len, template) for a document with announced local numbers."""
        r = self.rng
        lex = LEX[lang]
        g = lex["G"][genre]
        region = region_of(locale)
        regs = {region, HOME[lang]} | ({"US", "GB"} if lang == "en" else set())
        fk = self.fake("hi" if lang == "hi" else locale)
        ctx = {
            "lang": lang,
            "regions": sorted(regs),
            "day": r.choice(lex["DAYS"]),
            "name": fk.last_name() if lang != "en" else fk.first_name(),
            "queue": {k: [] for k in ("P", "L", "O", "E", "C", "I", "IP", "S")},
        }
        paras = []
        body = r.sample(g["body"], min(len(g["body"]), r.randint(2, 4) if positive else r.randint(3, 5)))
        sents = list(body)
        if positive:
            q = ctx["queue"]
            for c in r.sample(
                g["contact"], r.randint(1, min(2, len(g["contact"]))) if not local else r.randint(0, 1)
            ):
                q["P"].append(self.contact_phone(region, lang))
                sents.append(c)
            extras = []
            if r.random() < 0.25 and (region in N.OTHER_P or region in INTL_ONLY):
                oreg = HOME[lang] if region in INTL_ONLY else region
                q["O"].append(self.phone(oreg, "other", lang))
                extras.append(r.choice(lex["OTHER"]))
            if r.random() < 0.22:
                mode = r.choice(["role", "role", "personal"])
                q["E"].append(
                    {"kind": "EMAIL", "mode": mode, "text": values.email(r, self.fakers["en_US"], mode)}
                )
                extras.append(r.choice(lex["EMAIL"]))
            if r.random() < 0.05 and lex["CARD"]:
                mode = r.choice(["spaced", "solid", "dashed"])
                q["C"].append({"kind": "CREDIT_CARD", "mode": mode, "text": values.card(r, mode)})
                extras.append(r.choice(lex["CARD"]))
            if r.random() < 0.06 and lex["IBAN"] and region in IBAN_C:
                mode = r.choice(["print", "electronic"])
                q["I"].append({"kind": "IBAN", "mode": mode, "text": values.iban(r, IBAN_C[region], mode)})
                extras.append(r.choice(lex["IBAN"]))
            if r.random() < 0.09:
                mode = r.choice(["v4", "v4-private", "v6"])
                q["IP"].append({"kind": "IP_ADDRESS", "mode": mode, "text": values.ip(r, mode)})
                extras.append(r.choice(lex["IP"]))
            if (
                locale == "en_US"
                and lang == "en"
                and genre in ("housekeeping", "nightaudit")
                and r.random() < 0.12
            ):
                mode = r.choice(["spaced", "dashed"])
                q["S"].append({"kind": "US_SSN", "mode": mode, "text": values.ssn(r, mode)})
                extras.append(r.choice(lex_en.SSN))
            sents += extras
        r.shuffle(sents)
        # keep slot order consistent with queue order: fill in sentence order, queue popped in that order
        order = []
        for s in sents:
            order += SLOT.findall(s)
        for k, lst in ctx["queue"].items():
            idx = [i for i, x in enumerate(order) if x == k]
            assert len(idx) == len(lst), (k, idx, lst)
        paras.append(sents)
        loc_tmpl = None
        if local:
            lreg, town, area, sl, loc_tmpl = local
            ctx["town"] = town
            for _ in range(loc_tmpl.count("{L}")):
                nsn, sub = N.draw_local(r, lreg, area, sl)
                ctx["queue"]["L"].append(
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": r.choice(N.local_forms(lreg, sub)),
                        "region": lreg,
                        "e164": N.e164(lreg, nsn),
                        "area_len": len(area),
                    }
                )
        segs = [(self._title(g, ctx), None), ("\n\n", None)]
        split = r.randint(1, max(1, len(sents) - 1)) if local else len(sents)
        for i, s in enumerate(sents):
            if local and i == split:
                segs.append(("\n\n" if "\n" in loc_tmpl or r.random() < 0.5 else " ", None))
                self.fill(loc_tmpl, ctx, segs)
                segs.append(("\n\n", None))
            elif i:
                segs.append((" ", None))
            self.fill(s, ctx, segs)
        if local and split >= len(sents):
            segs.append(("\n\n", None))
            self.fill(loc_tmpl, ctx, segs)
        segs.append(("\n", None))
        if positive and r.random() < 0.2:
            self._list(lex, region, lang, segs)
        return segs

    def _title(self, g, ctx):
        t = self.rng.choice(g["title"])
        return t.replace("{day}", ctx["day"])

    def _list(self, lex, region, lang, segs):
        r = self.rng
        layout = r.choice(LAYOUTS)
        segs.append(("\n" + r.choice(lex["LIST_HEAD"]) + "\n", None))
        for i, label in enumerate(r.sample(lex["LABELS"], r.randint(2, 3))):
            v = self.contact_phone(region, lang, "list-entry")
            v["mode"] = "list-entry"
            pre, post = layout.replace("{label}", label).replace("{n}", str(i + 1)).split("{X}")
            segs += [(pre, None), (v["text"], v), (post + "\n", None)]


def render(segs):
    text, spans, vals = "", [], []
    for s, v in segs:
        if v is not None:
            spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(s)})
            vals.append(v)
        text += s
    return text, spans, vals


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    return "".join(chars)
