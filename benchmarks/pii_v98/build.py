"""Documents of the v98 set: positives, local announcements, hard negatives."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as stdiban

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs
from . import numbers as N

SLOT = re.compile(r"\{([\w.]+)\}")


def _lex_en():
    return {
        "HEAD": lex_en.HEAD,
        "POS": lex_en.POS,
        "OTHER": lex_en.OTHER,
        "NEG": lex_en.NEG,
        "EMAIL": lex_en.EMAIL,
        "CARD": lex_en.CARD,
        "IBAN": lex_en.IBAN,
        "IP": lex_en.IP,
        "LIST_HEADS": lex_en.LIST_HEADS,
        "LABELS": lex_en.LABELS,
    }


LEX = {
    "en": _lex_en(),
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}

# locale -> (language, own region, region for national, list and service numbers)
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
    "hi": ("hi", "IN", "IN"),
}
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
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
    "pt_PT": "pt_PT",
    "pt_BR": "pt_BR",
    "hi": "hi_IN",
}
IBAN_SPEC = {
    "DE": "18n",
    "AT": "16n",
    "CH": "17n",
    "NL": "4a10n",
    "BE": "12n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a22n",
    "PT": "21n",
    "GB": "4a14n",
    "IE": "4a14n",
}
FOREIGN = ["GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "US", "CH", "AT", "BE", "IE", "AU"]
LAYOUTS = [
    lambda lab, p: ("• " + lab + ": ", p, ""),
    lambda lab, p: (lab + "\t", p, ""),
    lambda lab, p: ("", p, " (" + lab + ")"),
    lambda lab, p: (lab + " » ", p, ""),
    lambda lab, p: ("☎ " + lab + " – ", p, ""),
]
LOCAL_LEX = {
    ("US", "en"): lex_en.LOCAL["US"],
    ("GB", "en"): lex_en.LOCAL["GB"],
    ("IN", "en"): lex_en.LOCAL["IN"],
    ("DE", "de"): lex_de_fr.DE["LOCAL"],
    ("NL", "nl"): lex_nl_pt_hi.NL["LOCAL"],
    ("BR", "pt"): lex_nl_pt_hi.PT["LOCAL"],
    ("IN", "hi"): lex_nl_pt_hi.HI["LOCAL"],
}
LOCAL_LOCALE = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "NL": "nl_NL", "BR": "pt_BR"}


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.doc_redraws = 0

    def faker(self, locale):
        if locale not in self.fakers:
            f = Faker(FAKER[locale])
            f.seed_instance(self.rng.randint(0, 10**9))
            self.fakers[locale] = f
        return self.fakers[locale]

    # values ------------------------------------------------------------------
    def phone(self, locale, slot):
        rng = self.rng
        _lang, own, natl = LOCALES[locale]
        if slot == "O":
            nsn, n = N.draw(rng, natl, "other")
            return N.other(rng, natl, nsn), "other", natl, n
        if slot == "X":
            reg = rng.choice([r for r in FOREIGN if r not in (own, natl)])
            nsn, n = N.draw(rng, reg, rng.choice(["fixed", "mobile"]))
            return (
                N.international(rng, reg, n, nsn, N.phonenumbers.number_type(n) == N.MOBILE),
                "international",
                reg,
                n,
            )
        kind = "mobile" if slot == "M" else "fixed"
        if own != natl and rng.random() < 0.5:
            nsn, n = N.draw(rng, own, kind)
            return N.international(rng, own, n, nsn, kind == "mobile"), "international", own, n
        nsn, n = N.draw(rng, natl, kind)
        if own == natl and rng.random() < 0.25:
            return N.international(rng, natl, n, nsn, kind == "mobile"), "international", natl, n
        return N.national(rng, natl, n, nsn, kind == "mobile"), "national", natl, n

    def email(self, locale, role):
        f = self.faker("en_US")
        dom = f.domain_name()
        if role:
            user = self.rng.choice(
                ["bookings", "hello", "salon", "studio", "info", "reception", "spa", "team"]
            )
            return f"{user}@{dom}", "role"
        return f"{f.user_name()}@{f.free_email_domain()}", "personal"

    def card(self):
        rng = self.rng
        pre, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("34", 15)])
        while True:
            body = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
            for c in "0123456789":
                if negs.luhn(body + c):
                    num = body + c
                    break
            mode = rng.choice(["spaced", "solid", "dashed"])
            if length == 15:
                parts = [num[:4], num[4:10], num[10:]]
            else:
                parts = [num[i : i + 4] for i in range(0, 16, 4)]
            sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
            return sep.join(parts), mode

    def iban(self, locale):
        rng = self.rng
        _lang, own, natl = LOCALES[locale]
        cc = own if own in IBAN_SPEC else natl
        spec = IBAN_SPEC[cc]
        for _ in range(200000):
            bban = ""
            for m in re.finditer(r"(\d+)([an])", spec):
                k, t = int(m.group(1)), m.group(2)
                pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789"
                bban += "".join(rng.choice(pool) for _ in range(k))
            num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
            cand = cc + f"{98 - num % 97:02d}" + bban
            if stdiban.is_valid(cand):
                mode = rng.choice(["print", "electronic"])
                if mode == "print":
                    return " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)), mode
                return cand, mode
        raise RuntimeError("no iban")

    def ip(self):
        rng = self.rng
        mode = rng.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.ip_address(".".join(str(rng.randint(1, 223)) for _ in range(4)))
                if a.is_global:
                    return str(a), mode
            elif mode == "v4-private":
                a = rng.choice(
                    [
                        f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                        f"10.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(2, 254)}",
                    ]
                )
                return a, mode
            else:
                groups = [rng.choice(["2a02", "2a01", "2001", "2604", "2405"])]
                groups += [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7]))]
                a = ":".join(groups) + ("::1" if len(groups) == 4 else "")
                return str(ipaddress.ip_address(a)), mode

    def ssn(self):
        rng = self.rng
        while True:
            area = rng.randint(1, 899)
            if area != 666:
                break
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}", mode

    # text --------------------------------------------------------------------
    def fill(self, tpl, locale, ctx, out):
        """Append (text, value) pieces of one template to out; value is None for plain text."""
        lang = LOCALES[locale][0]
        regions = sorted({LOCALES[locale][1], LOCALES[locale][2], *HOME[lang]})
        pos = 0
        for m in SLOT.finditer(tpl):
            out.append((tpl[pos : m.start()], None))
            name = m.group(1)
            pos = m.end()
            if name.startswith("n."):
                out.append((self.drawer.draw(name[2:], locale, regions), None))
            elif name == "NAME":
                out.append((ctx.setdefault("NAME", self.faker(locale).first_name()), None))
            elif name == "TOWN":
                out.append((ctx["TOWN"], None))
            elif name in ("L", "L2"):
                out.append(ctx[name])
            elif name in ("P", "M", "X", "O"):
                text, mode, reg, n = self.phone(locale, name)
                out.append(
                    (
                        text,
                        {
                            "kind": "PHONE",
                            "mode": mode,
                            "text": text,
                            "region": reg,
                            "e164": N.e164(n),
                            "area_len": None,
                        },
                    )
                )
            elif name in ("ER", "EP"):
                text, mode = self.email(locale, name == "ER")
                out.append((text, {"kind": "EMAIL", "mode": mode, "text": text}))
            elif name == "C":
                text, mode = self.card()
                out.append((text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}))
            elif name == "IB":
                text, mode = self.iban(locale)
                out.append((text, {"kind": "IBAN", "mode": mode, "text": text}))
            elif name == "IP":
                text, mode = self.ip()
                out.append((text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}))
            elif name == "SSN":
                text, mode = self.ssn()
                out.append((text, {"kind": "US_SSN", "mode": mode, "text": text}))
            else:
                raise KeyError(name)
        out.append((tpl[pos:], None))

    def list_block(self, locale, out):
        rng = self.rng
        lex = LEX[LOCALES[locale][0]]
        natl = LOCALES[locale][2]
        layout = rng.choice(LAYOUTS)
        out.append(("\n\n" + rng.choice(lex["LIST_HEADS"]) + "\n", None))
        for lab in rng.sample(lex["LABELS"], rng.choice([2, 2, 2, 3])):
            kind = rng.choice(["fixed", "mobile"])
            nsn, n = N.draw(rng, natl, kind)
            text = N.national(rng, natl, n, nsn, kind == "mobile")
            before, p, after = layout(lab, text)
            out.append((before, None))
            out.append(
                (
                    p,
                    {
                        "kind": "PHONE",
                        "mode": "list-entry",
                        "text": p,
                        "region": natl,
                        "e164": N.e164(n),
                        "area_len": None,
                    },
                )
            )
            out.append((after + "\n", None))

    def assemble(self, pieces, locale, doc_id, group, genre):
        text, spans, values = "", [], []
        for t, v in pieces:
            if v is not None:
                spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                values.append(v)
            text += t
        return {
            "id": doc_id,
            "locale": "en_IN" if locale == "hi" else locale,
            "text": text,
            "spans": spans,
            "values": values,
            "group": group,
            "genre": genre,
            "lang": LOCALES[locale][0],
        }

    def clean_doc(self, doc, locale):
        lang = LOCALES[locale][0]
        regions = sorted({LOCALES[locale][1], LOCALES[locale][2], *HOME[lang]})
        t = list(doc["text"])
        for s in doc["spans"]:
            t[s["start"] : s["end"]] = "|" * (s["end"] - s["start"])
        return not negs.dirty("".join(t), regions)

    def _body(self, locale, genre, pos_n, out, ctx, extras=True):
        rng = self.rng
        lex = LEX[LOCALES[locale][0]]
        sents = []
        for tpl in rng.sample(lex["POS"][genre], pos_n):
            sents.append(tpl)
        if pos_n and rng.random() < 0.2:
            sents.append(rng.choice(lex["OTHER"]))
        for tpl in rng.sample(lex["NEG"], rng.choice([1, 1, 2])):
            sents.append(tpl)
        if extras:
            if rng.random() < 0.3:
                sents.append(rng.choice(lex["EMAIL"]))
            if rng.random() < 0.07:
                sents.append(rng.choice(lex["CARD"]))
            if lex["IBAN"] and LOCALES[locale][2] in IBAN_SPEC and rng.random() < 0.06:
                sents.append(rng.choice(lex["IBAN"]))
            if rng.random() < 0.08:
                sents.append(rng.choice(lex["IP"]))
            if locale == "en_US" and rng.random() < 0.05:
                sents.append(rng.choice(lex_en.SSN))
        rng.shuffle(sents)
        for i, s in enumerate(sents):
            self.fill(s, locale, ctx, out)
            out.append(("\n" if (i % 2 and rng.random() < 0.5) else " ", None))

    def positive(self, locale, genre, doc_id):
        rng = self.rng
        while True:
            out, ctx = [], {}
            out.append((rng.choice(LEX[LOCALES[locale][0]]["HEAD"][genre]) + "\n\n", None))
            self._body(locale, genre, 2 if rng.random() < 0.35 else 1, out, ctx)
            out[-1] = ("\n", None)
            if rng.random() < 0.2:
                out[-1] = ("", None)
                self.list_block(locale, out)
            doc = self.assemble(out, locale, doc_id, "pos", genre)
            if self.clean_doc(doc, locale):
                return doc
            self.doc_redraws += 1

    def negative(self, locale, genre, doc_id):
        rng = self.rng
        while True:
            out, ctx = [], {}
            out.append((rng.choice(LEX[LOCALES[locale][0]]["HEAD"][genre]) + "\n\n", None))
            for tpl in rng.sample(LEX[LOCALES[locale][0]]["NEG"], rng.choice([2, 3, 4])):
                self.fill(tpl, locale, ctx, out)
                out.append((rng.choice([" ", "\n"]), None))
            out[-1] = ("\n", None)
            doc = self.assemble(out, locale, doc_id, "neg", genre)
            if self.clean_doc(doc, locale):
                return doc
            self.doc_redraws += 1

    def local(self, region, locale, genre, doc_id, need):
        """A document with one local announcement; need = the most local numbers it may carry."""
        rng = self.rng
        lang = LOCALES[locale][0]
        tpls = [t for t in LOCAL_LEX[(region, lang)] if need >= 2 or "{L2}" not in t]
        while True:
            ta = rng.choice(N.AREAS[region])
            ctx = {"TOWN": ta[0]}
            locals_ = []
            tpl = rng.choice(tpls)
            for key in ("L", "L2"):
                if "{" + key + "}" in tpl:
                    subs, _nsn, n = N.draw_local(rng, region, ta)
                    text = N.local(rng, region, subs)
                    ctx[key] = (
                        text,
                        {
                            "kind": "PHONE",
                            "mode": "local-announced",
                            "text": text,
                            "region": region,
                            "e164": N.e164(n),
                            "area_len": len(ta[1]),
                            "_area": ta[1],
                        },
                    )
                    locals_.append(key)
            out = [(rng.choice(LEX[lang]["HEAD"][genre]) + "\n\n", None)]
            before = rng.random() < 0.4
            if not before:
                self.fill(tpl, locale, ctx, out)
                out.append((" " if rng.random() < 0.5 else "\n", None))
            self._body(locale, genre, 0, out, ctx, extras=rng.random() < 0.5)
            if before:
                out[-1] = ("\n\n", None)
                self.fill(tpl, locale, ctx, out)
                out.append(("\n", None))
            else:
                out[-1] = ("\n", None)
            doc = self.assemble(out, locale, doc_id, "pos", genre)
            if self.clean_doc(doc, locale):
                return doc, len(locals_)
            self.doc_redraws += 1
