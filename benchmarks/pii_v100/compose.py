"""Documents from the cells: placeholders filled, spans and values recorded, whole document screened."""

import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_other, negs, pii
from . import numbers as N

# locale -> (language, own region, home region for national/list/service numbers, IBAN country or None)
LOCALES = {
    "en_US": ("en", "US", "US", None),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", None),
    "en_AU": ("en", "AU", "GB", None),
    "en_IE": ("en", "IE", "GB", "IE"),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "AT", "DE", "AT"),
    "de_CH": ("de", "CH", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR", "BE"),
    "fr_CH": ("fr", "CH", "FR", "CH"),
    "es_ES": ("es", "ES", "ES", "ES"),
    "it_IT": ("it", "IT", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "BE"),
    "pt_BR": ("pt", "BR", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT", "PT"),
    "hi": ("hi", "IN", "IN", None),
}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
LOCAL_REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "hi": "IN",
}
FAKER = {
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
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]


def cells(lang):
    if lang == "en":
        return lex_en.GENRES
    return {
        "de": lex_de_fr.DE,
        "fr": lex_de_fr.FR,
        "es": lex_other.ES,
        "it": lex_other.IT,
        "nl": lex_other.NL,
        "pt": lex_other.PT,
        "hi": lex_other.HI,
    }[lang]


def local_sentences(lang, region):
    if lang == "en":
        return lex_en.LOCAL[region]
    if lang == "de":
        return lex_de_fr.LOCAL_DE
    return lex_other.LOCAL[region]


def list_parts(lang):
    if lang == "en":
        return lex_en.LIST_HEADS, lex_en.LIST_LABELS, lex_en.CLOSINGS
    if lang == "de":
        return lex_de_fr.HEADS_DE, lex_de_fr.LABELS_DE, lex_de_fr.CLOSE_DE
    if lang == "fr":
        return lex_de_fr.HEADS_FR, lex_de_fr.LABELS_FR, lex_de_fr.CLOSE_FR
    return lex_other.HEADS[lang], lex_other.LABELS[lang], lex_other.CLOSE[lang]


LAYOUTS = ["• {label}: {p}", "{label} – {p}", "{label}\t{p}", "{p} ({label})", "{label}, {p}"]
TOKEN = re.compile(r"\{([A-Za-z0-9:]+)\}")


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.fakers = {k: Faker(v) for k, v in FAKER.items()}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(rng.randint(0, 10**9) + i)
        self.mail = Faker("en_US")
        self.mail.seed_instance(rng.randint(0, 10**9))
        self.drawer = negs.Drawer(rng)

    def phone_value(self, loc, kind, mode=None):
        lang, own, home, _ = LOCALES[loc]
        rng = self.rng
        if kind == "X":
            reg = rng.choice([r for r in FOREIGN if r != own] + [own])
            text, e, _ = N.phone(rng, reg, rng.choice(["fixed", "mobile"]), intl=True)
            return text, {
                "kind": "PHONE",
                "mode": "international",
                "text": text,
                "region": reg,
                "e164": e,
                "area_len": None,
            }
        if kind == "F":
            text, e, _ = N.phone(rng, home, "other")
            return text, {
                "kind": "PHONE",
                "mode": mode or "other",
                "text": text,
                "region": home,
                "e164": e,
                "area_len": None,
            }
        typ = "mobile" if kind == "M" or rng.random() < 0.3 else "fixed"
        if own in INTL_ONLY and mode is None:
            text, e, _ = N.phone(rng, own, typ, intl=True)
            return text, {
                "kind": "PHONE",
                "mode": "international",
                "text": text,
                "region": own,
                "e164": e,
                "area_len": None,
            }
        text, e, _ = N.phone(rng, home, typ)
        return text, {
            "kind": "PHONE",
            "mode": mode or "national",
            "text": text,
            "region": home,
            "e164": e,
            "area_len": None,
        }

    def fill(self, tpl, loc, ctx):
        """Render a template; returns (text, [(start, end)], [values])."""
        lang, own, home, ibanc = LOCALES[loc]
        regions = sorted({own, home, *LANG_HOME[lang]})
        rng = self.rng
        out, spans, vals, pos = [], [], [], 0
        last = 0
        for m in TOKEN.finditer(tpl):
            out.append(tpl[last : m.start()])
            pos += m.start() - last
            last = m.end()
            t = m.group(1)
            val = None
            if t in ("P", "M", "X", "F"):
                s, val = self.phone_value(loc, t)
            elif t in ("L", "L2"):
                s, e, alen = N.local(rng, ctx["lregion"], ctx["area"])
                val = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": s,
                    "region": ctx["lregion"],
                    "e164": e,
                    "area_len": alen,
                }
            elif t == "T":
                s = ctx["town"]
            elif t == "NAME":
                s = self.fakers[loc].name()
            elif t in ("E", "R"):
                s, mode = pii.email(rng, self.mail, t == "R", lang)
                val = {"kind": "EMAIL", "mode": mode, "text": s}
            elif t == "C":
                s, mode = pii.card(rng)
                val = {"kind": "CREDIT_CARD", "mode": mode, "text": s}
            elif t == "B":
                s, mode = pii.iban(rng, ibanc)
                val = {"kind": "IBAN", "mode": mode, "text": s}
            elif t == "IP":
                s, mode = pii.ip(rng)
                val = {"kind": "IP_ADDRESS", "mode": mode, "text": s}
            elif t == "S":
                s, mode = pii.ssn(rng)
                val = {"kind": "US_SSN", "mode": mode, "text": s}
            elif t.startswith("n:"):
                s = self.drawer(t[2:], lang, regions)
            else:
                raise KeyError(t)
            if val is not None:
                spans.append((pos, pos + len(s)))
                vals.append(val)
            out.append(s)
            pos += len(s)
        out.append(tpl[last:])
        return "".join(out), spans, vals

    def usable(self, tpl, loc):
        _, own, _, ibanc = LOCALES[loc]
        return not ("{B}" in tpl and ibanc is None) and not ("{S}" in tpl and loc != "en_US")

    def document(self, loc, genre, positive, local_quota=0, with_list=False):
        """local_quota: 0 (none) or how many announced local numbers the document may still take (1 or 2)."""
        rng = self.rng
        lang = LOCALES[loc][0]
        titles, pos_s, neg_s = cells(lang)[genre]
        paras = []
        negs_pick = rng.sample(
            neg_s, rng.choice([1, 2]) if positive else min(len(neg_s), rng.choice([2, 3, 3]))
        )
        picks = list(negs_pick)
        if positive:
            pool = [t for t in pos_s if self.usable(t, loc)]
            if loc == "en_US" and genre in ("cu", "bsoc") and rng.random() < 0.25:
                pool = lex_en.US_EXTRA
            k = 1 if local_quota or rng.random() < 0.55 else 2
            picks += rng.sample(pool, min(k, len(pool)))
        rng.shuffle(picks)
        if len(picks) > 2 and rng.random() < 0.5:
            paras = [picks[:2], picks[2:]]
        else:
            paras = [picks]
        pieces = [(rng.choice(titles), {})]
        body = [(" ".join(p), {}) for p in paras]
        if local_quota:
            reg = LOCAL_REGION[loc]
            town, area = rng.choice(N.AREAS[reg])
            sents = local_sentences(lang, reg)
            if local_quota < 2:
                sents = [s for s in sents if "{L2}" not in s]
            body.insert(
                rng.randint(0, len(body)), (rng.choice(sents), {"lregion": reg, "town": town, "area": area})
            )
        pieces += body
        heads, labels, closings = list_parts(lang)
        if rng.random() < 0.5:
            pieces.append((rng.choice(closings), {}))
        text, spans, vals = "", [], []
        for i, (tpl, ctx) in enumerate(pieces):
            if i:
                text += "\n\n"
            s, sp, vv = self.fill(tpl, loc, ctx)
            spans += [(a + len(text), b + len(text)) for a, b in sp]
            vals += vv
            text += s
        if with_list:
            text += "\n\n" + rng.choice(heads) + "\n"
            lay = rng.choice(LAYOUTS)
            for label in rng.sample(labels, rng.choice([2, 2, 3])):
                ptxt, val = self.phone_value(loc, rng.choice(["P", "P", "M"]), mode="list-entry")
                line = lay.format(label=label, p="\0")
                a = len(text) + line.index("\0")
                text += line.replace("\0", ptxt) + "\n"
                spans.append((a, a + len(ptxt)))
                vals.append(val)
        if not text.endswith("\n"):
            text += "\n"
        return text, spans, vals


def screen_document(text, spans, loc):
    lang, own, home, _ = LOCALES[loc]
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    blank = "".join(chars)
    regions = sorted({own, home, *LANG_HOME[lang]})
    return not negs.phone_hits(blank, regions) and not negs.guard_hits(blank)
