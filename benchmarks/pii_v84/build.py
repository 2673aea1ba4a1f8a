"""Composing v84's documents: positives (with announced locals and contact lists) and hard negatives."""

import re

from faker import Faker

from . import negs, values
from . import numbers as N
from .areas import AREAS
from .lex_de import LEX as DE
from .lex_en import LEX as EN
from .lex_fr_es_it import LEX as FEI
from .lex_nl_pt_hi import LEX as NPH

LEX = {"en": EN, "de": DE, **FEI, **NPH}
HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
FAKER_LOCALE = {
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_BE": "fr_BE",
    "fr_CH": "fr_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
}
# locale: (language, own region, region of national/list/service numbers, positives, hard negatives)
LOCALES = [
    ("en_US", "en", "US", "US", 112, 45),
    ("en_GB", "en", "GB", "GB", 86, 35),
    ("en_IN", "en", "IN", "IN", 45, 15),
    ("en_IN", "hi", "IN", "IN", 40, 15),
    ("en_AU", "en", "AU", "GB", 14, 6),
    ("en_IE", "en", "IE", "GB", 12, 5),
    ("de_DE", "de", "DE", "DE", 82, 34),
    ("de_AT", "de", "AT", "DE", 10, 5),
    ("de_CH", "de", "CH", "DE", 10, 5),
    ("fr_FR", "fr", "FR", "FR", 56, 22),
    ("fr_BE", "fr", "BE", "FR", 9, 4),
    ("fr_CH", "fr", "CH", "FR", 8, 4),
    ("es_ES", "es", "ES", "ES", 46, 20),
    ("it_IT", "it", "IT", "IT", 46, 20),
    ("nl_NL", "nl", "NL", "NL", 74, 30),
    ("nl_BE", "nl", "BE", "NL", 10, 5),
    ("pt_BR", "pt", "BR", "BR", 78, 31),
    ("pt_PT", "pt", "PT", "PT", 14, 6),
]
LOCAL_QUOTA = {
    ("US", "en"): 75,
    ("GB", "en"): 75,
    ("DE", "de"): 75,
    ("NL", "nl"): 75,
    ("BR", "pt"): 75,
    ("IN", "en"): 40,
    ("IN", "hi"): 35,
}
IBAN_REGIONS = {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT"}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]
LAYOUTS = [
    "• {label}: {phone}",
    "{phone} – {label}",
    "{label}\t{phone}",
    "☎ {label} — {phone}",
    "{label}, tel. {phone}",
]
PH = re.compile(r"\{([A-Za-z0-9:]+)\}")


class Ctx:
    def __init__(self, rng, locale, lang, region, nat):
        self.rng, self.locale, self.lang, self.region, self.nat = rng, locale, lang, region, nat
        self.regions = sorted({region, nat, HOME[lang]})


class Builder:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for loc in set(FAKER_LOCALE.values()) | {"hi_IN"}:
            f = Faker(loc)
            f.seed_instance(seed)
            self.fakers[loc] = f
        self.doc_redraws = 0

    def name(self, ctx):
        return self.fakers["hi_IN" if ctx.lang == "hi" else FAKER_LOCALE[ctx.locale]].name()

    def phone(self, ctx, ph):
        rng = self.rng
        if ph == "PS":
            num = N.draw(rng, ctx.nat, "service")
            return num, N.fmt(num, rng.choice(N.SERVICE_HABITS[ctx.nat])), "other"
        if ph == "PI":
            reg = ctx.region if ctx.region != ctx.nat or rng.random() < 0.5 else rng.choice(FOREIGN)
            kind = rng.choice(("fixed", "mobile"))
            num = N.draw(rng, reg, kind)
            return num, N.fmt(num, rng.choice(N.intl_habits(reg, kind))), "international"
        kind = {"PM": "mobile", "PF": "fixed"}.get(ph) or rng.choice(("fixed", "mobile"))
        num = N.draw(rng, ctx.nat, kind)
        return num, N.fmt(num, rng.choice(N.NATIONAL[(ctx.nat, kind)])), "national"

    def value(self, ctx, ph):
        """(text, value dict) for a PII placeholder; None for a plain substitution."""
        rng = self.rng
        if ph in ("P", "PM", "PF", "PI", "PS"):
            num, text, mode = self.phone(ctx, ph)
            assert N.parses_to(
                text, None if text.startswith(("+", "(+")) else N.pn.region_code_for_number(num), num
            )
            return text, {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": N.pn.region_code_for_number(num),
                "e164": N.e164(num),
                "area_len": None,
            }
        if ph in ("E", "EP"):
            if ph == "E":
                t = values.role_email(rng, ctx.lang, ctx.region)
            else:
                t = values.personal_email(rng, self.fakers["en_US"])
            return t, {"kind": "EMAIL", "mode": "role" if ph == "E" else "personal", "text": t}
        if ph == "C":
            mode = rng.choice(("spaced", "solid", "dashed"))
            t = values.card(rng, mode)
            return t, {"kind": "CREDIT_CARD", "mode": mode, "text": t}
        if ph == "IB":
            mode = rng.choice(("print", "electronic"))
            t = values.iban(rng, ctx.region, mode)
            return t, {"kind": "IBAN", "mode": mode, "text": t}
        if ph in ("IP", "IPP", "IP6"):
            mode = {"IP": "v4", "IPP": "v4-private", "IP6": "v6"}[ph]
            t = values.ip(rng, mode)
            return t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}
        if ph == "SSN":
            mode = rng.choice(("dashed", "spaced"))
            t = values.ssn(rng, mode)
            return t, {"kind": "US_SSN", "mode": mode, "text": t}
        raise KeyError(ph)

    def render(self, ctx, template, out, town=None, local=None):
        """Append template to out (dict with text, spans, values)."""
        pos = 0
        for m in PH.finditer(template):
            out["text"] += template[pos : m.start()]
            pos = m.end()
            ph = m.group(1)
            if ph == "N":
                out["text"] += self.name(ctx)
            elif ph == "T":
                out["text"] += town
            elif ph.startswith("n:"):
                out["text"] += self.drawer.draw(ph[2:], ctx.lang, ctx.region, ctx.regions)
            elif ph in ("L", "L2"):
                text, val = local.pop(0)
                self._add(out, text, val)
            else:
                text, val = self.value(ctx, ph)
                self._add(out, text, val)
        out["text"] += template[pos:]

    @staticmethod
    def _add(out, text, val):
        s = len(out["text"])
        out["text"] += text
        out["spans"].append({"kind": val["kind"], "start": s, "end": s + len(text)})
        out["values"].append(val)

    def allowed(self, ctx, sentence):
        if "{SSN}" in sentence and ctx.locale != "en_US":
            return False
        if "{IB}" in sentence and ctx.region not in IBAN_REGIONS:
            return False
        return True

    def locals_for(self, ctx, k):
        town, area = self.rng.choice(AREAS[ctx.region])
        out = []
        for _ in range(k):
            num = N.draw_local(self.rng, ctx.region, area)
            sub = N.nsn_of(num)[len(area) :]
            text = N.fmt_local(sub, self.rng.choice(N.LOCAL_HABITS[ctx.region]))
            assert N.e164(N.put_back(text, ctx.region, area)) == N.e164(num)
            assert N.pn.length_of_geographical_area_code(num) == len(area)
            out.append(
                (
                    text,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": text,
                        "region": ctx.region,
                        "e164": N.e164(num),
                        "area_len": len(area),
                    },
                )
            )
        return town, out

    def positive(self, ctx, genre, n_local):
        lex, rng = LEX[ctx.lang], self.rng
        for _ in range(60):
            out = {"text": "", "spans": [], "values": []}
            self.render(ctx, rng.choice(lex[(genre, "title")]) + "\n\n", out)
            body = [s for s in lex[(genre, "body")] if self.allowed(ctx, s)]
            chosen = rng.sample(body, min(len(body), rng.randint(2, 3)))
            if rng.random() < 0.5:
                chosen.append(rng.choice(lex[(genre, "neg")]))
                rng.shuffle(chosen)
            local_line = None
            if n_local:
                cands = [s for s in lex[("local", ctx.region)] if ("{L2}" in s) == (n_local == 2)]
                local_line = rng.choice(cands)
                chosen.insert(rng.randint(0, len(chosen)), local_line)
            for s in chosen:
                if s is local_line:
                    town, loc = self.locals_for(ctx, n_local)
                    self.render(ctx, s, out, town=town, local=loc)
                else:
                    self.render(ctx, s, out)
                out["text"] += "\n" if (s is local_line or "\n" in s or rng.random() < 0.35) else " "
            if rng.random() < 0.3:
                out["text"] = out["text"].rstrip(" \n") + "\n\n" + rng.choice(lex[("heads",)]) + "\n"
                labels = rng.sample(lex[("labels",)], rng.randint(2, 3))
                lay = rng.choice(LAYOUTS)
                for lab in labels:
                    num, text, _ = self.phone(ctx, rng.choice(("PF", "PM", "PF")))
                    val = {
                        "kind": "PHONE",
                        "mode": "list-entry",
                        "text": text,
                        "region": ctx.nat,
                        "e164": N.e164(num),
                        "area_len": None,
                    }
                    a, b = lay.split("{phone}")
                    out["text"] += a.format(label=lab)
                    self._add(out, text, val)
                    out["text"] += b.format(label=lab) + "\n"
            out["text"] = (
                out["text"].rstrip(" ") if out["text"].endswith("\n") else out["text"].rstrip() + "\n"
            )
            if clean(out, ctx.regions):
                return out
            self.doc_redraws += 1
        raise RuntimeError("document keeps failing the screen")

    def negative(self, ctx, genre):
        lex, rng = LEX[ctx.lang], self.rng
        genres = sorted({g for (g, *_rest) in lex if (g, "neg") in lex})
        for _ in range(60):
            out = {"text": "", "spans": [], "values": []}
            self.render(ctx, rng.choice(lex[(genre, "title")]) + "\n\n", out)
            pool = list(lex[(genre, "neg")])
            pool += rng.sample(lex[(rng.choice(genres), "neg")], 1)
            chosen = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
            for s in chosen:
                self.render(ctx, s, out)
                out["text"] += "\n" if rng.random() < 0.4 else " "
            out["text"] = out["text"].rstrip() + "\n"
            if clean(out, ctx.regions):
                return out
            self.doc_redraws += 1
        raise RuntimeError("negative keeps failing the screen")


def blank(text, spans):
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "■"
    return "".join(chars)


def clean(doc, regions):
    t = blank(doc["text"], doc["spans"])
    return not negs.phone_hits(t, regions) and not negs.guard_hits(t)
