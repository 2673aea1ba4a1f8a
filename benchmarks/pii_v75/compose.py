"""Turns v75 sentence templates into documents with labelled spans."""

import re

from faker import Faker

from . import lex_de_nl, lex_en, lex_hi, lex_rom, negs, pii
from . import numbers as nb

# locale: (language, own region, region used for national, list and service numbers)
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
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
LEX = {
    "en": (lex_en.GENRES, lex_en.LOCAL, lex_en.HEADS, lex_en.LABELS),
    "de": (lex_de_nl.DE, lex_de_nl.DE_LOCAL, lex_de_nl.DE_HEADS, lex_de_nl.DE_LABELS),
    "nl": (lex_de_nl.NL, lex_de_nl.NL_LOCAL, lex_de_nl.NL_HEADS, lex_de_nl.NL_LABELS),
    "fr": (lex_rom.FR, None, lex_rom.FR_HEADS, lex_rom.FR_LABELS),
    "es": (lex_rom.ES, None, lex_rom.ES_HEADS, lex_rom.ES_LABELS),
    "it": (lex_rom.IT, None, lex_rom.IT_HEADS, lex_rom.IT_LABELS),
    "pt": (lex_rom.PT, lex_rom.PT_LOCAL, lex_rom.PT_HEADS, lex_rom.PT_LABELS),
    "hi": (lex_hi.HI, lex_hi.HI_LOCAL, lex_hi.HI_HEADS, lex_hi.HI_LABELS),
}
FOREIGN = ["GB", "DE", "FR", "NL", "ES", "IT", "US", "IN", "BR", "PT", "AU", "IE", "CH", "AT", "BE"]
FAKER_LOC = {"fr_BE": "fr_FR", "nl_BE": "nl_NL", "en_IE": "en_IE"}
ROLES = {
    "en": ["site", "office", "planning", "accounts", "aftercare", "bookings"],
    "de": ["bauleitung", "baubuero", "info", "buchhaltung"],
    "fr": ["chantier", "contact", "compta"],
    "es": ["obra", "oficina", "administracion"],
    "it": ["cantiere", "ufficio", "amministrazione"],
    "nl": ["uitvoering", "info", "administratie"],
    "pt": ["obra", "contato", "financeiro"],
    "hi": ["site", "projects", "crm"],
}
LAYOUTS = ["{l} — {p}", "• {l}: {p}", "{p} ({l})", "{l} / {p}", "{l} » {p}"]
TOKEN = re.compile(r"\{([A-Z0-9]+)(?::([a-z_]+))?\}")


def allowed(tpl, locale, lang):
    if "{SSN}" in tpl and locale != "en_US":
        return False
    if "{IBAN}" in tpl and (locale in ("en_US", "en_IN", "pt_BR") or lang == "hi"):
        return False
    return True


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed
        self.mail = Faker("en_US")
        self.mail.seed_instance(seed)

    def faker(self, locale, lang):
        key = "hi_IN" if lang == "hi" else FAKER_LOC.get(locale, locale)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[key] = f
        return self.fakers[key]

    def phone(self, kind, ctx):
        r = self.rng
        if kind in ("NAT", "MOB", "LIST"):
            reg = ctx["nat"]
            mob = kind == "MOB" or (kind == "LIST" and r.random() < 0.4)
            num = nb.draw_mobile(r, reg) if mob else nb.draw_fixed(r, reg)
            styles, mode = nb.national_styles(num), "list-entry" if kind == "LIST" else "national"
        elif kind in ("INTL", "FOR"):
            reg = ctx["own"] if kind == "INTL" else r.choice([x for x in FOREIGN if x != ctx["own"]])
            num = nb.draw_mobile(r, reg) if r.random() < 0.4 else nb.draw_fixed(r, reg)
            styles, mode = nb.intl_styles(num), "international"
        else:
            reg = ctx["nat"]
            num = nb.draw_free(r, reg)
            styles, mode = nb.free_styles(num), "other"
        want = nb.e164(num)
        styles = [s for s in styles if nb.parses_to(s, reg, want)]
        text = r.choice(styles)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": reg,
            "e164": want,
            "area_len": None,
        }

    def local(self, ctx):
        reg, area = ctx["local"]
        num, sub = nb.draw_local(self.rng, reg, area)
        want = nb.e164(num)
        styles = [s for s in nb.local_styles(reg, sub) if nb.parses_to(nb.put_back(reg, area, s), reg, want)]
        text = self.rng.choice(styles)
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": reg,
            "e164": want,
            "area_len": len(area),
        }

    def fill(self, tpl, ctx, pieces, genre_negs):
        """Appends (text, value-or-None) pieces for one template."""
        r, pos = self.rng, 0
        for m in TOKEN.finditer(tpl):
            pieces.append((tpl[pos : m.start()], None))
            pos = m.end()
            tok, arg = m.group(1), m.group(2)
            if tok in ("NAT", "MOB", "INTL", "FOR", "FREE", "LIST"):
                pieces.append(self.phone(tok, ctx))
            elif tok == "LOC":
                pieces.append(self.local(ctx))
            elif tok == "TOWN":
                pieces.append((ctx["town"], None))
            elif tok == "NAME":
                pieces.append((ctx["faker"].name(), None))
            elif tok == "EMAIL":
                t = "%s@%s" % (self.mail.user_name(), self.mail.free_email_domain())
                pieces.append((t, {"kind": "EMAIL", "mode": "personal", "text": t}))
            elif tok == "ROLE":
                t = "%s@%s" % (r.choice(ROLES[ctx["lang"]]), self.mail.domain_name())
                pieces.append((t, {"kind": "EMAIL", "mode": "role", "text": t}))
            elif tok == "CARD":
                t, mode = pii.card(r)
                pieces.append((t, {"kind": "CREDIT_CARD", "mode": mode, "text": t}))
            elif tok == "IBAN":
                t, mode = pii.iban(r, pii.IBAN_OF[ctx["own"]])
                pieces.append((t, {"kind": "IBAN", "mode": mode, "text": t}))
            elif tok in ("IP4", "IPP", "IP6"):
                mode = {"IP4": "v4", "IPP": "v4-private", "IP6": "v6"}[tok]
                t = pii.ip(r, mode)
                pieces.append((t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}))
            elif tok == "SSN":
                t, mode = pii.ssn(r)
                pieces.append((t, {"kind": "US_SSN", "mode": mode, "text": t}))
            elif tok == "N":
                pieces.append((self.neg(arg, ctx, genre_negs), None))
            else:
                raise KeyError(tok)
        pieces.append((tpl[pos:], None))

    def neg(self, kind, ctx, pool):
        """A clean value of the kind, or of another of the genre's kinds where it cannot be clean."""
        for k in [kind] + self.rng.sample(pool, len(pool)):
            v = self.drawer.draw(k, ctx["regions"])
            if v is not None:
                return v
        self.drawer.replaced += 1
        return "–"

    def context(self, locale, lang, local=None, town=None):
        own, nat = LOCALES[locale][1], LOCALES[locale][2]
        regions = sorted({own, nat, HOME[lang]} | ({local[0]} if local else set()))
        return {
            "lang": lang,
            "own": own,
            "nat": nat,
            "local": local,
            "town": town,
            "regions": regions,
            "faker": self.faker(locale, lang),
        }

    def document(self, locale, lang, genre, positive, local=None, town=None, n_local=0):
        r = self.rng
        genres, local_tpls, heads, labels = LEX[lang]
        g = genres[genre]
        ctx = self.context(locale, lang, local, town)
        pool = sorted({m.group(2) for t in g["n"] for m in TOKEN.finditer(t) if m.group(2)})
        body = []
        if positive:
            ps = [t for t in g["p"] if allowed(t, locale, lang)]
            body += r.sample(ps, r.randint(0, 1) if local else r.randint(1, min(3, len(ps))))
        body += r.sample(g["n"], r.randint(1, 2) if positive else r.randint(2, min(4, len(g["n"]))))
        r.shuffle(body)
        locs = []
        left = n_local
        while left > 0:
            cands = [t for t in local_tpls if 0 < t.count("{LOC}") <= left and t not in locs]
            t = r.choice(cands)
            left -= t.count("{LOC}")
            locs.append(t)
        for t in locs:
            body.insert(r.randint(0, len(body)), t)
        pieces = [(r.choice(g["t"]) + "\n\n", None)]
        label_line = False
        for i, tpl in enumerate(body):
            alone = "\n" in tpl or tpl.endswith("}")
            sep = "" if i == 0 else ("\n\n" if (r.random() < 0.3 or alone or label_line) else " ")
            label_line = alone
            pieces.append((sep, None))
            if ctx["own"] != ctx["nat"]:
                tpl = re.sub(r"\{(NAT|MOB)\}", lambda m: "{INTL}" if r.random() < 0.5 else m.group(), tpl)
            self.fill(tpl, ctx, pieces, pool)
        pieces.append(("\n", None))
        if positive and not local and r.random() < 0.35:
            pieces.append(("\n" + r.choice(heads) + "\n", None))
            lay = r.choice(LAYOUTS)
            for lab in r.sample(labels, r.randint(2, 3)):
                self.fill(lay.replace("{l}", lab).replace("{p}", "{LIST}"), ctx, pieces, pool)
                pieces.append(("\n", None))
        text, spans, values = "", [], []
        for t, v in pieces:
            if v is not None:
                spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                values.append(v)
            text += t
        return text, spans, values, ctx["regions"]


def blanked(text, spans):
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s["start"]])
        out.append(" X ")
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def doc_dirty(text, spans, regions):
    b = blanked(text, spans)
    return bool(negs.phone_hits(b, regions) or negs.guard_hits(b))
