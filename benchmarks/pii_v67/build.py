"""Document composition for v67."""

import random
import re

import phonenumbers as pn
from faker import Faker

from . import corpus, habits, negs, other
from . import numbers as nb
from .lex_en import EN, GENRES, HI
from .lex_eu import DE, ES, FR, IT, NL, PT

SEED = 10067
LEX = {"en": EN, "hi": HI, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
# locale, language, own region, region for national/list/service numbers, weight among plain positives
LOCALES = [
    ("en_US", "en", "US", "US", 8),
    ("en_GB", "en", "GB", "GB", 8),
    ("en_IN", "en", "IN", "IN", 4),
    ("en_AU", "en", "AU", "GB", 2),
    ("en_IE", "en", "IE", "GB", 2),
    ("de_DE", "de", "DE", "DE", 7),
    ("de_AT", "de", "AT", "DE", 2),
    ("de_CH", "de", "CH", "DE", 2),
    ("fr_FR", "fr", "FR", "FR", 6),
    ("fr_BE", "fr", "BE", "FR", 2),
    ("es_ES", "es", "ES", "ES", 5),
    ("it_IT", "it", "IT", "IT", 5),
    ("nl_NL", "nl", "NL", "NL", 6),
    ("nl_BE", "nl", "BE", "NL", 2),
    ("pt_BR", "pt", "BR", "BR", 5),
    ("pt_PT", "pt", "PT", "PT", 3),
    ("en_IN", "hi", "IN", "IN", 3),
]
HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
COMMA = {"de", "fr", "es", "it", "nl", "pt"}
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
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
    "hi": "hi_IN",
}
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
]
LAYOUTS = ["{label} » {p}", "☎ {p} ({label})", "{p} – {label}", "{label} ⇒ {p}", "{label} :: {p}"]
ROLES = [
    "service",
    "werkstatt",
    "bookings",
    "pecas",
    "atelier",
    "taller",
    "officina",
    "info",
    "rijschool",
    "dispatch",
    "mot",
    "tyres",
    "kundendienst",
    "accueil",
]
BIZ = [
    "autohaus-brenner",
    "kwikfit-north",
    "garage-lefevre",
    "talleres-ruiz",
    "officina-ferri",
    "autobedrijf-smit",
    "oficina-paiva",
    "drivewell",
    "roadside-plus",
    "pneus-express",
    "fahrschule-kern",
    "apk-direct",
]
TLD = {
    "en": ["co.uk", "com", "in", "ie"],
    "de": ["de", "at", "ch"],
    "fr": ["fr", "be"],
    "es": ["es"],
    "it": ["it"],
    "nl": ["nl", "be"],
    "pt": ["com.br", "pt"],
    "hi": ["in", "co.in"],
}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        Faker.seed(seed)
        self.fakers = {k: Faker(v) for k, v in sorted(FAKER.items())}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)
        self.negs = negs.Drawer(self.rng)
        self.doc_redraws = 0
        self.n = 0

    # --- values -------------------------------------------------------------------------------------
    def phone(self, region, kind, mode, nat_region):
        rng = self.rng
        table = {"fixed": nb.FIXED, "mobile": nb.MOBILE, "other": nb.OTHER}[kind][region]
        pre, ln = rng.choice(table)
        num, d = nb.draw(rng, region, kind, pre, ln)
        area = pre if kind == "fixed" and region in nb.AREAS else ""
        if mode == "international":
            text = habits.international(rng, region, kind, d, area)
        else:
            text = habits.national(rng, region, kind, d, area)
        assert nb.parses_back(text, region, num), (text, region)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def local(self, region, area, length):
        num, d = nb.draw_local(self.rng, region, area, length)
        text = habits.local(self.rng, region, d[len(area) :])
        assert nb.parses_back(nb.put_back(text, region, area), region, num)
        assert pn.length_of_geographical_area_code(num) == len(area)
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": len(area),
        }

    def fill(self, slot, arg, ctx):
        rng, own, nat, lang = self.rng, ctx["own"], ctx["nat"], ctx["lang"]
        if slot == "name":
            return ctx["faker"].name(), None
        if slot == "town":
            return ctx["town"], None
        if slot in ("N", "M"):
            kind = "mobile" if slot == "M" or rng.random() < 0.4 else "fixed"
            return self.phone(nat, kind, "national", nat)
        if slot == "O":
            return self.phone(nat, "other", "other", nat)
        if slot == "I":
            region = arg or own
            return self.phone(region, rng.choice(["fixed", "mobile"]), "international", nat)
        if slot in ("L", "L2"):
            return self.local(ctx["own"], ctx["area"], ctx["len"])
        if slot in ("E", "R"):
            if slot == "E":
                f = self.fakers["en_US"]
                user = rng.choice(["%s.%s" % (f.first_name(), f.last_name()), f.user_name()]).lower()
                user = re.sub(r"[^a-z0-9._]", "", user) or "kunde"
                dom = f.free_email_domain()
            else:
                user, dom = rng.choice(ROLES), "%s.%s" % (rng.choice(BIZ), rng.choice(TLD[lang]))
            t = "%s@%s" % (user, dom)
            return t, {"kind": "EMAIL", "mode": "personal" if slot == "E" else "role", "text": t}
        if slot == "C":
            m = rng.choice(["spaced", "solid", "dashed"])
            t = other.card(rng, m)
            return t, {"kind": "CREDIT_CARD", "mode": m, "text": t}
        if slot == "B":
            c = (
                own
                if own in other.BBAN
                else ("GB" if nat in ("US", "IN") else nat if nat in other.BBAN else "DE")
            )
            if own == "BR":
                c = "PT"
            m = rng.choice(["print", "print", "electronic"])
            t = other.iban(rng, c, m)
            return t, {"kind": "IBAN", "mode": m, "text": t}
        if slot in ("V4", "VP", "V6"):
            m = {"V4": "v4", "VP": "v4-private", "V6": "v6"}[slot]
            t = other.ip(rng, m)
            return t, {"kind": "IP_ADDRESS", "mode": m, "text": t}
        if slot == "S":
            m = rng.choice(["dashed", "spaced"])
            t = other.ssn(rng, m)
            return t, {"kind": "US_SSN", "mode": m, "text": t}
        return self.negs(slot, lang in COMMA, ctx["regions"]), None

    # --- documents ----------------------------------------------------------------------------------
    def render(self, parts, ctx):
        text, spans, values = "", [], []
        for part in parts:
            pos = 0
            for m in SLOT.finditer(part):
                text += part[pos : m.start()]
                val, rec = self.fill(m.group(1), m.group(2), ctx)
                if rec:
                    spans.append({"kind": rec["kind"], "start": len(text), "end": len(text) + len(val)})
                    values.append(rec)
                text += val
                pos = m.end()
            text += part[pos:]
        return text, spans, values

    def clean(self, text, spans, regions):
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = "_" * (s["end"] - s["start"])
        blank = "".join(chars)
        if other.guard_hits(blank):
            return False
        return not any(
            True for r in regions for _ in pn.PhoneNumberMatcher(blank, r, leniency=pn.Leniency.VALID)
        )

    def doc(self, locale, lang, own, nat, kind, genre, local=None):
        rng = self.rng
        lex = LEX[lang]
        regions = sorted(set([own, nat] + HOME[lang]))
        self.n += 1
        ident = "%s-%s-%s%s-%d" % (locale, kind, "hi-" if lang == "hi" else "", genre, self.n)
        for _ in range(50):
            ctx = {
                "own": own,
                "nat": nat,
                "lang": lang,
                "regions": regions,
                "faker": self.fakers["hi" if lang == "hi" else locale],
                "town": "",
                "area": "",
                "len": 0,
            }
            parts = [rng.choice(lex["titles"][genre]) + "\n\n"]
            body = []
            negpool = lex["neg"][genre]
            if kind == "pos":
                pospool = [p for p in lex["pos"][genre] if own == "US" or "{S}" not in p]
                if own in ("AT", "CH", "BE", "AU", "IE"):
                    body.append(self.own_line(lang))
                body += rng.sample(pospool, min(len(pospool), rng.randint(1, 3)))
            body += rng.sample(negpool, min(len(negpool), rng.randint(1 if kind == "pos" else 2, 3)))
            rng.shuffle(body)
            if local:
                town, area, length, two, phrase = local
                ctx.update(town=town, area=area, len=length)
                body.insert(rng.randint(0, len(body)), phrase if two else phrase.replace("{L2}", "{L}"))
            parts.append(" ".join(b for b in body if b) + "\n")
            if kind == "pos" and not local and rng.random() < 0.4:
                parts.append("\n" + rng.choice(lex["heads"]) + "\n")
                layout = rng.choice(LAYOUTS)
                for label in rng.sample(lex["labels"], rng.randint(2, 3)):
                    parts.append(layout.replace("{label}", label).replace("{p}", "{LE}") + "\n")
            text, spans, values = self.render_list(parts, ctx)
            if self.clean(text, spans, regions):
                return {"id": ident, "locale": locale, "text": text, "spans": spans}, values
            self.doc_redraws += 1
        raise RuntimeError(ident)

    def own_line(self, lang):
        return {
            "en": "Our direct line from abroad: {I}.",
            "de": "Direkt erreichbar unter {I}.",
            "fr": "Ligne directe : {I}.",
            "nl": "Rechtstreeks bereikbaar op {I}.",
            "es": "Línea directa: {I}.",
            "it": "Linea diretta: {I}.",
            "pt": "Linha direta: {I}.",
            "hi": "सीधा नंबर: {I}",
        }[lang]

    def render_list(self, parts, ctx):
        out = []
        for p in parts:
            out.append(p)
        text, spans, values = self.render([p.replace("{LE}", "\x00") for p in out], ctx)
        # list entries: national numbers of the document's national region
        while "\x00" in text:
            i = text.index("\x00")
            kind = self.rng.choice(["fixed", "mobile"])
            t, rec = self.phone(ctx["nat"], kind, "list-entry", ctx["nat"])
            text = text[:i] + t + text[i + 1 :]
            for s in spans:
                if s["start"] > i:
                    s["start"] += len(t) - 1
                    s["end"] += len(t) - 1
            spans.append({"kind": "PHONE", "start": i, "end": i + len(t)})
            values.append(rec)
        order = sorted(range(len(spans)), key=lambda k: spans[k]["start"])
        return text, [spans[k] for k in order], [values[k] for k in order]

    def build(self):
        rng = self.rng
        out = []
        for region, lang, locale, quota in LOCAL_PLAN:
            left = quota
            while left:
                town, area, length = rng.choice(nb.AREAS[region])
                phrases = LEX[lang]["local"][region]
                phrase = rng.choice(phrases if left >= 2 else [p for p in phrases if "{L2}" not in p])
                two = "{L2}" in phrase
                out.append(
                    self.doc(
                        locale,
                        lang,
                        region,
                        region,
                        "pos",
                        rng.choice(GENRES),
                        (town, area, length, two, phrase),
                    )
                )
                left -= 2 if two else 1
        weights = [w for *_x, w in LOCALES]
        for kind, count in (("pos", 470), ("neg", 300)):
            for _ in range(count):
                locale, lang, own, nat, _w = rng.choices(LOCALES, weights)[0]
                out.append(self.doc(locale, lang, own, nat, kind, rng.choice(GENRES)))
        for ident, locale, text in corpus.load(rng):
            out.append(({"id": ident, "locale": locale, "text": text, "spans": []}, []))
        rng.shuffle(out)
        return out
