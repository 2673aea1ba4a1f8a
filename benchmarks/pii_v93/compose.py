"""Documents: genre sentences filled with values, local numbers, contact lists; screened."""

import string

import phonenumbers as pn

from . import lex_de_fr_nl as dfn
from . import lex_en as en
from . import lex_pt_es_it_hi as pei
from . import negs, numbers
from .values import Values

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
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
}
INTL_ONLY = {"AU", "IE", "AT", "CH", "BE"}
GENRES = {
    "en": en.GENRES,
    "de": dfn.DE,
    "fr": dfn.FR,
    "nl": dfn.NL,
    "pt": pei.PT,
    "es": pei.ES,
    "it": pei.IT,
    "hi": pei.HI,
}
LISTS = {"en": (en.LIST_HEADS, en.LIST_LABELS), **dfn.LISTS, **pei.LISTS}
FILLER = {"en": en.FILLER, **dfn.FILLER, **pei.FILLER}
LOCAL_TEMPLATES = {
    "US": en.LOCAL["US"],
    "GB": en.LOCAL["GB"],
    "IN": en.LOCAL["IN"],
    "DE": dfn.DE_LOCAL,
    "NL": dfn.NL_LOCAL,
    "BR": pei.PT_LOCAL,
    "IN-hi": pei.HI_LOCAL,
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
LAYOUTS = ["• {label} – {p}", "{p} ({label})", "{label} = {p}", "{label}\t{p}", "{p} / {label}"]
SSN_LINE = {
    "storage": "For the lease identity check the manager recorded SSN {S}; it is kept in the locked file.",
    "relocation": "Payroll has {S} on file as your SSN for the moving-allowance gross-up; please confirm it.",
}
PHONE_KEYS = {"P", "M", "I", "O", "L"}


def _key(field):
    if field in negs.KINDS or field in ("V4", "V4P", "V6"):
        return field
    return field.rstrip("0123456789")


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.vals = Values(rng, seed)
        self.drawer = negs.Drawer(rng)
        self.doc_redraws = 0

    def _phone(self, key, own, nat):
        r = self.rng
        if key == "P":
            if own in INTL_ONLY and r.random() < 0.5:
                num = numbers.draw(r, own, r.choice(["fixed", "mobile"]))
                return numbers.international(r, num), "international", num
            num = numbers.draw(r, nat, "fixed")
            return numbers.national(r, num), "national", num
        if key == "M":
            num = numbers.draw(r, nat, "mobile")
            return numbers.national(r, num), "national", num
        if key == "I":
            reg = own if own in INTL_ONLY else r.choice([f for f in FOREIGN if f != own])
            num = numbers.draw(r, reg, r.choice(["fixed", "mobile"]))
            return numbers.international(r, num), "international", num
        if key == "O":
            reg = nat if nat in numbers.TOLLFREE else "GB"
            num = numbers.draw(r, reg, "tollfree")
            return numbers.tollfree(r, num), "other", num
        raise KeyError(key)

    def _value(self, key, own, nat, regions):
        if key in PHONE_KEYS:
            text, mode, num = self._phone(key, own, nat)
            return text, {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": pn.region_code_for_number(num),
                "e164": numbers.e164(num),
                "area_len": None,
            }
        if key in ("E", "R"):
            text = self.vals.email(key == "E", own)
            return text, {"kind": "EMAIL", "mode": "personal" if key == "E" else "role", "text": text}
        if key == "C":
            text, mode = self.vals.card()
            return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        if key == "B":
            text, mode = self.vals.iban(own)
            return text, {"kind": "IBAN", "mode": mode, "text": text}
        if key in ("V4", "V4P", "V6"):
            mode = {"V4": "v4", "V4P": "v4-private", "V6": "v6"}[key]
            text = self.vals.ip(mode)
            return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        if key == "S":
            text, mode = self.vals.ssn()
            return text, {"kind": "US_SSN", "mode": mode, "text": text}
        return self.drawer.draw(key, regions), None

    def fill(self, template, own, nat, regions, local=None):
        """Fill one template; returns (text, [(start, end, value)])."""
        out, spans = "", []
        for lit, field, _spec, _conv in string.Formatter().parse(template):
            out += lit
            if field is None:
                continue
            if field == "town":
                out += local["town"]
                continue
            if field in ("L1", "L2"):
                value = local[field]
                spans.append((len(out), len(out) + len(value["text"]), value))
                out += value["text"]
                continue
            text, value = self._value(_key(field), own, nat, regions)
            if value is not None:
                spans.append((len(out), len(out) + len(text), value))
            out += text
        return out, spans

    def local_values(self, region, area, count):
        r = self.rng
        vals, seen = [], set()
        while len(vals) < count:
            num, sub = numbers.draw_local(r, region, area)
            if sub in seen:
                continue
            seen.add(sub)
            text = numbers.local_form(r, region, sub)
            vals.append(
                {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": numbers.e164(num),
                    "area_len": len(area),
                }
            )
        return vals

    def document(self, locale, lang, genre, positive, local=None, hindi=False):
        """Compose and screen one document; returns (text, spans as (start, end, value))."""
        own, nat = LOCALES[locale][1], LOCALES[locale][2]
        regions = negs.screen_regions(locale, lang, nat)
        for _ in range(50):
            text, spans = self._compose(lang, genre, own, nat, regions, positive, local, locale)
            blank = list(text)
            for s, e, _v in spans:
                blank[s:e] = " " * (e - s)
            if not negs.dirty("".join(blank), regions):
                return text, spans
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def _compose(self, lang, genre, own, nat, regions, positive, local, locale):
        r = self.rng
        g = GENRES[lang][genre]
        parts = [r.choice(g["title"])]
        if positive:
            k = 1 if local else r.choice([1, 2, 2, 3])
            chosen = r.sample(g["pos"], min(k, len(g["pos"])))
            if locale == "en_US" and genre in ("storage", "relocation") and r.random() < 0.6:
                chosen.append(SSN_LINE[genre])
            if local:
                chosen.insert(r.randint(0, len(chosen)), local["template"])
            body = chosen + r.sample(g["neg"], r.choice([1, 2]))
        else:
            body = r.sample(g["neg"], r.choice([2, 3]))
        r.shuffle(body)
        if r.random() < 0.5:
            body.append(r.choice(FILLER[lang]))
        text, spans = "", []
        paras = [parts[0]] + body
        for i, tpl in enumerate(paras):
            if i:
                text += "\n\n" if i == 1 or "\n" in tpl or r.random() < 0.4 else " "
            t, sp = self.fill(tpl, own, nat, regions, local)
            spans += [(s + len(text), e + len(text), v) for s, e, v in sp]
            text += t
        if positive and r.random() < 0.22:
            heads, labels = LISTS[lang]
            text += "\n\n" + r.choice(heads) + "\n"
            layout = r.choice(LAYOUTS)
            for label in r.sample(labels, r.choice([1, 2, 3])):
                ptext, _m, num = self._phone(r.choice("PM"), nat, nat)
                value = {
                    "kind": "PHONE",
                    "mode": "list-entry",
                    "text": ptext,
                    "region": pn.region_code_for_number(num),
                    "e164": numbers.e164(num),
                    "area_len": None,
                }
                line = layout.replace("{label}", label)
                pos = line.index("{p}")
                spans.append((len(text) + pos, len(text) + pos + len(ptext), value))
                text += line.replace("{p}", ptext) + "\n"
        elif not text.endswith("\n"):
            text += "\n"
        spans.sort(key=lambda x: x[0])
        return text, spans


def local_doc_plan(rng, region, quota, template_key):
    """Split a quota of local numbers into documents of one or two numbers."""
    plan = []
    left = quota
    while left:
        tpl = rng.choice(LOCAL_TEMPLATES[template_key])
        n = 2 if "{L2}" in tpl else 1
        if n > left:
            continue
        plan.append((tpl, n))
        left -= n
    return plan
