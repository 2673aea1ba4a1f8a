"""Locales, value makers and document assembly for v63."""

import re

import phonenumbers as pn
from stdnum import iban as std_iban

from . import lex_de_nl, lex_en, lex_hi, lex_rom
from . import numbers as N
from .negs import Drawer

# locale, language, own region, national region, local region
LOCALES = [
    ("en_US", "en", "US", "US", "US"),
    ("en_GB", "en", "GB", "GB", "GB"),
    ("en_IN", "en", "IN", "IN", "IN"),
    ("en_AU", "en", "AU", "GB", None),
    ("en_IE", "en", "IE", "GB", None),
    ("de_DE", "de", "DE", "DE", "DE"),
    ("de_AT", "de", "AT", "DE", None),
    ("de_CH", "de", "CH", "DE", None),
    ("nl_NL", "nl", "NL", "NL", "NL"),
    ("nl_BE", "nl", "BE", "NL", None),
    ("pt_BR", "pt", "BR", "BR", "BR"),
    ("pt_PT", "pt", "PT", "PT", None),
    ("fr_FR", "fr", "FR", "FR", None),
    ("fr_BE", "fr", "BE", "FR", None),
    ("fr_CH", "fr", "CH", "FR", None),
    ("es_ES", "es", "ES", "ES", None),
    ("it_IT", "it", "IT", "IT", None),
    ("en_IN", "hi", "IN", "IN", "IN"),
]
HOME = {"en": "GB", "de": "DE", "nl": "NL", "pt": "BR", "fr": "FR", "es": "ES", "it": "IT", "hi": "IN"}
FAKER = {
    "en": "en_GB",
    "de": "de_DE",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "hi": "hi_IN",
}
LANG = {
    "en": (lex_en.CELLS, lex_en.HEADS, lex_en.LABELS),
    "de": (lex_de_nl.CELLS_DE, lex_de_nl.HEADS_DE, lex_de_nl.LABELS_DE),
    "nl": (lex_de_nl.CELLS_NL, lex_de_nl.HEADS_NL, lex_de_nl.LABELS_NL),
    "pt": (lex_rom.CELLS_PT, lex_rom.HEADS_PT, lex_rom.LABELS_PT),
    "fr": (lex_rom.CELLS_FR, lex_rom.HEADS_FR, lex_rom.LABELS_FR),
    "es": (lex_rom.CELLS_ES, lex_rom.HEADS_ES, lex_rom.LABELS_ES),
    "it": (lex_rom.CELLS_IT, lex_rom.HEADS_IT, lex_rom.LABELS_IT),
    "hi": (lex_hi.CELLS, lex_hi.HEADS, lex_hi.LABELS),
}
LOCAL = {
    ("en", "US"): lex_en.LOCAL["US"],
    ("en", "GB"): lex_en.LOCAL["GB"],
    ("en", "IN"): lex_en.LOCAL["IN"],
    ("de", "DE"): lex_de_nl.LOCAL_DE,
    ("nl", "NL"): lex_de_nl.LOCAL_NL,
    ("pt", "BR"): lex_rom.LOCAL_BR,
    ("hi", "IN"): lex_hi.LOCAL,
}
# contact-list layouts (label, phone) -> line
LAYOUTS = [
    lambda lab, p: (f"{lab} \u260e ", p, ""),
    lambda lab, p: (f"\u2022 {lab}: ", p, ""),
    lambda lab, p: ("", p, f" ({lab})"),
    lambda lab, p: (f"{lab} \u2013 ", p, ""),
    lambda lab, p: (f"{lab}:\t", p, ""),
]
FOREIGN = ["GB", "DE", "NL", "FR", "ES", "IT", "US", "BR", "IN", "PT", "BE", "CH", "AT", "IE", "AU"]
IBAN_CC = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "hi": ["GB"],
}
IBAN_LEN = {
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "AT": 20,
    "NL": 18,
    "BE": 16,
    "PT": 25,
    "FR": 27,
    "ES": 24,
    "IT": 27,
}
PH = re.compile(r"\{(\w+)\}")


def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


class Maker:
    def __init__(self, rng, fakers):
        self.rng = rng
        self.fakers = fakers
        self.negs = Drawer(rng)

    def phone(self, region, kind, intl, mode, area_len=None):
        num = N.draw(self.rng, region, kind)
        text = N.international(self.rng, num) if intl else N.national(self.rng, num)
        assert N.check_written(text, region, N.e164(num)), text
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": N.e164(num),
            "area_len": area_len,
        }

    def email(self, personal):
        f = self.fakers["en_US"]
        dom = f.domain_name()
        if personal:
            user = self.rng.choice([f.user_name(), f.first_name().lower() + "." + f.last_name().lower()])
        else:
            user = self.rng.choice(
                [
                    "dispatch",
                    "bookings",
                    "claims",
                    "customs",
                    "ops",
                    "freight",
                    "tours",
                    "lostproperty",
                    "hire",
                    "planning",
                    "export",
                    "moves",
                ]
            )
        t = f"{user}@{dom}"
        return t, {"kind": "EMAIL", "mode": "personal" if personal else "role", "text": t}

    def card(self):
        r = self.rng
        pre = r.choice(["4", "51", "53", "55", "2221", "34", "37"])
        n = 15 if pre in ("34", "37") else 16
        body = pre + "".join(r.choice("0123456789") for _ in range(n - 1 - len(pre)))
        d = body + luhn_digit(body)
        mode = r.choice(["spaced", "solid", "dashed"])
        g = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
        t = {"spaced": " ".join(g), "dashed": "-".join(g), "solid": d}[mode]
        return t, {"kind": "CREDIT_CARD", "mode": mode, "text": t}

    def iban(self, lang):
        r = self.rng
        cc = r.choice(IBAN_CC[lang])
        for _ in range(5000):
            n = IBAN_LEN[cc] - 4
            if cc in ("GB", "IE"):
                bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
                bban += "".join(r.choice("0123456789") for _ in range(n - 4))
            elif cc == "NL":
                bban = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + "".join(
                    r.choice("0123456789") for _ in range(10)
                )
            elif cc == "IT":
                bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(
                    r.choice("0123456789") for _ in range(n - 1)
                )
            else:
                bban = "".join(r.choice("0123456789") for _ in range(n))
            t = bban + cc + "00"
            chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
            s = f"{cc}{chk:02d}{bban}"
            if std_iban.is_valid(s):
                break
        else:
            raise RuntimeError(cc)
        mode = r.choice(["print", "electronic"])
        t = " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
        return t, {"kind": "IBAN", "mode": mode, "text": t}

    def ip(self, mode):
        r = self.rng
        while True:
            if mode == "v4":
                t = ".".join(str(r.randint(1, 223) if i == 0 else r.randint(0, 255)) for i in range(4))
                import ipaddress

                if not ipaddress.ip_address(t).is_global:
                    continue
            elif mode == "v4-private":
                t = r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                )
            else:
                t = "2a0" + r.choice("1235") + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(7))
            return t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}

    def ssn(self):
        r = self.rng
        area = r.choice([a for a in range(1, 900) if a != 666])
        d = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        mode = r.choice(["dashed", "spaced"])
        t = ("-" if mode == "dashed" else " ").join(d)
        return t, {"kind": "US_SSN", "mode": mode, "text": t}


def render(mk, tmpl, ctx):
    """Fill a template; returns (text, spans, values)."""
    out, spans, values, pos = [], [], [], 0
    for m in PH.finditer(tmpl):
        out.append(tmpl[pos : m.start()])
        pos = m.end()
        key = m.group(1)
        cur = sum(len(x) for x in out)
        val = None
        if key == "NAME":
            t = ctx["faker"].name()
        elif key == "TOWN":
            t = ctx["town"]
        elif key.startswith("n_"):
            t = mk.negs.value(key[2:], ctx["lang"], ctx["regions"])
            ctx["neg_kinds"].add(key[2:])
        elif key in ("L1", "L2"):
            t, val = ctx["locals"].pop(0)
        elif key == "P":
            t, val = mk.phone(ctx["nat"], "fixed", False, "national")
        elif key == "M":
            t, val = mk.phone(ctx["nat"], "mobile", False, "national")
        elif key == "O":
            t, val = mk.phone(ctx["nat"], "other", False, "other")
        elif key == "I":
            t, val = mk.phone(ctx["own"], mk.rng.choice(["fixed", "mobile"]), True, "international")
        elif key == "X":
            reg = mk.rng.choice([r for r in FOREIGN if r != ctx["own"]])
            t, val = mk.phone(reg, mk.rng.choice(["fixed", "mobile"]), True, "international")
        elif key in ("E", "EP"):
            t, val = mk.email(key == "EP")
        elif key == "C":
            t, val = mk.card()
        elif key == "B":
            t, val = mk.iban(ctx["lang"])
        elif key in ("IP", "IPP", "IP6"):
            t, val = mk.ip({"IP": "v4", "IPP": "v4-private", "IP6": "v6"}[key])
        elif key == "S":
            t, val = mk.ssn()
        else:
            raise KeyError(key)
        out.append(t)
        if val is not None:
            spans.append({"kind": val["kind"], "start": cur, "end": cur + len(t)})
            values.append(val)
    out.append(tmpl[pos:])
    return "".join(out), spans, values


def usable(sent, locale):
    if "{S}" in sent and locale != "en_US":
        return False
    if "{B}" in sent and locale in ("en_US", "en_IN"):
        return False
    return True


def blank(text, spans):
    for s in reversed(spans):
        text = text[: s["start"]] + " \u00b7 " + text[s["end"] :]
    return text


def screen_regions(loc):
    _, lang, own, nat, _ = loc
    return sorted({own, nat, HOME[lang]})


def ok_number(region, text):
    try:
        return pn.is_valid_number(pn.parse(text, region))
    except pn.NumberParseException:
        return False


def build_doc(mk, loc, genre, kind, n_local=0, list_n=0):
    """One document as (text, spans, values, neg_kinds)."""
    r = mk.rng
    locale, lang, own, nat, lreg = loc
    cells, heads, labels = LANG[lang]
    cell = cells[genre]
    ctx = {
        "lang": lang,
        "own": own,
        "nat": nat,
        "regions": screen_regions(loc),
        "neg_kinds": set(),
        "faker": mk.fakers[FAKER[lang]],
        "locals": [],
    }
    parts = [r.choice(cell["title"]), "\n\n"]
    if kind == "neg":
        sents = r.sample(cell["neg"], min(len(cell["neg"]), r.randint(2, 4)))
    else:
        pos = [s for s in cell["pos"] if usable(s, locale)]
        sents = r.sample(pos, r.randint(1, min(3, len(pos))) if n_local else r.randint(2, min(4, len(pos))))
        sents += r.sample(cell["neg"], r.randint(0, 2))
        r.shuffle(sents)
    body = " ".join(sents)
    if n_local:
        town, area = r.choice(N.AREAS[lreg])
        ctx["town"] = town
        pool = LOCAL[(lang, lreg)]
        pool = [s for s in pool if ("{L2}" in s) == (n_local == 2)]
        ann = r.choice(pool)
        for _ in range(n_local):
            num, sub = N.draw_local(r, lreg, area)
            t = N.local_form(r, lreg, sub)
            assert N.check_written(N.put_back(t, lreg, area), lreg, N.e164(num))
            ctx["locals"].append(
                (
                    t,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": t,
                        "region": lreg,
                        "e164": N.e164(num),
                        "area_len": len(area),
                    },
                )
            )
        body = ann + "\n\n" + body if r.random() < 0.5 else body + "\n\n" + ann
    tmpl = parts[0] + parts[1] + body + "\n"
    if list_n:
        tmpl += "\n" + r.choice(heads) + "\n"
        lay = r.choice(LAYOUTS)
        for lab in r.sample(labels, list_n):
            a, _, c = lay(lab, None)
            tmpl += a + "{LIST}" + c + "\n"
    # LIST placeholders become national numbers of the national region
    text_parts = tmpl.split("{LIST}")
    text, spans, values = render(mk, text_parts[0], ctx)
    for piece in text_parts[1:]:
        t, val = mk.phone(nat, r.choice(["fixed", "mobile"]), False, "list-entry")
        spans.append({"kind": "PHONE", "start": len(text), "end": len(text) + len(t)})
        values.append(val)
        text += t
        t2, s2, v2 = render(mk, piece, ctx)
        for s in s2:
            spans.append({"kind": s["kind"], "start": s["start"] + len(text), "end": s["end"] + len(text)})
        values += v2
        text += t2
    return text, spans, values, ctx["neg_kinds"]
