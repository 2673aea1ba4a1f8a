"""Composes v119 documents from the lexicons, with spans and sidecar values."""

import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, values
from . import numbers as nums

LEX = {
    "en": (lex_en.GENRES, lex_en.LOCAL, lex_en.HEADS, lex_en.LABELS),
    "de": (lex_de_fr.DE, lex_de_fr.DE_LOCAL, lex_de_fr.DE_HEADS, lex_de_fr.DE_LABELS),
    "fr": (lex_de_fr.FR, [], lex_de_fr.FR_HEADS, lex_de_fr.FR_LABELS),
    "es": (lex_es_it.ES, [], lex_es_it.ES_HEADS, lex_es_it.ES_LABELS),
    "it": (lex_es_it.IT, [], lex_es_it.IT_HEADS, lex_es_it.IT_LABELS),
    "nl": (lex_nl_pt_hi.NL, lex_nl_pt_hi.NL_LOCAL, lex_nl_pt_hi.NL_HEADS, lex_nl_pt_hi.NL_LABELS),
    "pt": (lex_nl_pt_hi.PT, lex_nl_pt_hi.PT_LOCAL, lex_nl_pt_hi.PT_HEADS, lex_nl_pt_hi.PT_LABELS),
    "hi": (lex_nl_pt_hi.HI, lex_nl_pt_hi.HI_LOCAL, lex_nl_pt_hi.HI_HEADS, lex_nl_pt_hi.HI_LABELS),
}
# locale: (language, own region, region for national/list/other numbers, IBAN country, faker locale)
LOCALES = {
    "en_US": ("en", "US", "US", "DE", "en_US"),
    "en_GB": ("en", "GB", "GB", "GB", "en_GB"),
    "en_IN": ("en", "IN", "IN", "GB", "en_IN"),
    "en_AU": ("en", "AU", "GB", "GB", "en_AU"),
    "en_IE": ("en", "IE", "GB", "IE", "en_IE"),
    "de_DE": ("de", "DE", "DE", "DE", "de_DE"),
    "de_AT": ("de", "AT", "DE", "AT", "de_AT"),
    "de_CH": ("de", "CH", "DE", "CH", "de_CH"),
    "fr_FR": ("fr", "FR", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr", "BE", "FR", "BE", "fr_FR"),
    "es_ES": ("es", "ES", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "BE", "nl_BE"),
    "pt_BR": ("pt", "BR", "BR", "PT", "pt_BR"),
    "pt_PT": ("pt", "PT", "PT", "PT", "pt_PT"),
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
INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
FOREIGN = ["GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "US", "AT", "CH", "BE", "IE", "AU"]
LAYOUTS = ["☎ {label}: {p}", "* {label} — {p}", "{label}\t{p}", "{p} ({label})", "{label} ~ {p}"]
ROLES = ["bookings", "office", "tickets", "hello", "crew", "welfare", "permits", "press"]
PH = re.compile(r"\{(n:\w+|\w+)\}")


def regions_for(locale, lang):
    _, own, nat, _, _ = LOCALES[locale]
    out = []
    for r in [own, nat] + HOME[lang]:
        if r not in out:
            out.append(r)
    return out


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed

    def faker(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    def phone(self, region, kind, mode, written_mode):
        text, e164 = nums.make(self.rng, region, kind, written_mode)
        return {"kind": "PHONE", "mode": mode, "text": text, "region": region, "e164": e164, "area_len": None}

    def value(self, key, ctx):
        rng = self.rng
        locale = ctx["locale"]
        _, own, nat, iban_cc, _ = LOCALES[locale]
        if key == "PN":
            return self.phone(nat, rng.choice(["fixed", "fixed", "mobile"]), "national", "national")
        if key == "PM":
            return self.phone(nat, "mobile", "national", "national")
        if key == "PO":
            return self.phone(nat, "other", "other", "national")
        if key == "PI":
            reg = own if (own in INTL_ONLY or rng.random() < 0.35) else rng.choice(FOREIGN)
            return self.phone(reg, rng.choice(["fixed", "mobile"]), "international", "intl")
        if key == "EP":
            f = self.faker("en_US")
            return {"kind": "EMAIL", "mode": "personal", "text": f.user_name() + "@" + f.free_email_domain()}
        if key == "ER":
            f = self.faker("en_US")
            return {"kind": "EMAIL", "mode": "role", "text": rng.choice(ROLES) + "@" + f.domain_name()}
        if key == "CC":
            t, m = values.card(rng)
            return {"kind": "CREDIT_CARD", "mode": m, "text": t}
        if key == "IBAN":
            t, m = values.make_iban(rng, iban_cc)
            return {"kind": "IBAN", "mode": m, "text": t}
        if key in ("IP4", "IPP", "IP6"):
            mode = {"IP4": "v4", "IPP": "v4-private", "IP6": "v6"}[key]
            return {"kind": "IP_ADDRESS", "mode": mode, "text": values.ip(rng, mode)}
        if key == "SSN":
            t, m = values.ssn(rng)
            return {"kind": "US_SSN", "mode": m, "text": t}
        raise KeyError(key)

    def fill(self, template, ctx, out):
        """Appends template to out (dict with text, spans, values), filling placeholders."""
        pos = 0
        for m in PH.finditer(template):
            out["text"] += template[pos : m.start()]
            key = m.group(1)
            if key.startswith("n:"):
                out["text"] += self.drawer.get(key[2:], ctx["regions"])
            elif key == "NAME":
                out["text"] += self.faker(ctx["faker"]).name()
            elif key == "TOWN":
                out["text"] += ctx["town"]
            elif key in ("L", "L2"):
                self._put(out, self._local(ctx))
            else:
                self._put(out, self.value(key, ctx))
            pos = m.end()
        out["text"] += template[pos:]

    def _local(self, ctx):
        region, area, sub_len = ctx["local"]
        text, e164 = nums.make_local(self.rng, region, area, sub_len)
        return {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": len(area),
        }

    @staticmethod
    def _put(out, v):
        start = len(out["text"])
        out["text"] += v["text"]
        out["spans"].append({"kind": v["kind"], "start": start, "end": len(out["text"])})
        out["values"].append(v)

    def document(self, locale, lang, genre, polarity, local=None, n_local=0, ssn=False):
        rng = self.rng
        genres, local_pool, heads, labels = LEX[lang]
        cell = genres[genre]
        ctx = {
            "locale": locale,
            "lang": lang,
            "regions": regions_for(locale, lang),
            "faker": "hi_IN" if lang == "hi" else LOCALES[locale][4],
        }
        out = {"text": "", "spans": [], "values": []}
        self.fill(rng.choice(cell["title"]), ctx, out)
        out["text"] += "\n\n"
        if polarity == "neg":
            sents = rng.sample(cell["neg"], k=min(len(cell["neg"]), rng.randint(2, 3)))
        else:
            k_pos = 1 if local else rng.randint(1, 2)
            sents = rng.sample(cell["pos"], k=k_pos) + rng.sample(cell["neg"], k=rng.randint(0, 1))
            if ssn:
                sents.append(rng.choice(lex_en.SSN))
            rng.shuffle(sents)
        for i, s in enumerate(sents):
            if i:
                out["text"] += " "
            self.fill(s, ctx, out)
        if local:
            ctx["town"], ctx["local"] = local[1], (local[0],) + tuple(local[2:])
            pool = [t for t in local_pool if ("{L2}" in t) == (n_local == 2)]
            out["text"] += "\n\n"
            self.fill(rng.choice(pool), ctx, out)
        elif polarity == "pos" and rng.random() < 0.2:
            out["text"] += "\n\n" + rng.choice(heads) + "\n"
            layout = rng.choice(LAYOUTS)
            nat = LOCALES[locale][2]
            for label in rng.sample(labels, k=rng.randint(2, 3)):
                v = self.phone(nat, rng.choice(["fixed", "mobile"]), "list-entry", "national")
                a, b = layout.split("{p}")
                out["text"] += a.replace("{label}", label)
                self._put(out, v)
                out["text"] += b.replace("{label}", label) + "\n"
        if not out["text"].endswith("\n"):
            out["text"] += "\n"
        return out, ctx["regions"]


def blanked(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "·"
    return "".join(chars)


def doc_dirty(text, spans, regions):
    b = blanked(text, spans)
    return bool(negs.phone_hits(b, regions) or negs.guard_hits(b))
