"""Fill sentence templates with values, tracking spans; documents for every locale and genre."""

import ipaddress
import re
import unicodedata

from stdnum import iban as stdiban

from . import lex_en, lex_eu, lex_more, negs
from . import numbers as N

# locale -> (language, own region, region used for national, list and service numbers)
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
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
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
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
ABROAD = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]


def _en_lex():
    return {
        "titles": lex_en.TITLES,
        "body": lex_en.BODY,
        "neg": lex_en.NEG_EXTRA,
        "heads": lex_en.HEADS,
        "labels": lex_en.LABELS,
    }


LEX = {
    "en": _en_lex(),
    "de": lex_eu.DE,
    "fr": lex_eu.FR,
    "es": lex_eu.ES,
    "it": lex_more.IT,
    "nl": lex_more.NL,
    "pt": lex_more.PT,
    "hi": lex_more.HI,
}
LOCAL = {
    ("US", "en"): lex_en.LOCAL["US"],
    ("GB", "en"): lex_en.LOCAL["GB"],
    ("IN", "en"): lex_en.LOCAL["IN"],
    ("DE", "de"): lex_eu.DE["local"],
    ("NL", "nl"): lex_more.NL["local"],
    ("BR", "pt"): lex_more.PT["local"],
    ("IN", "hi"): lex_more.HI["local"],
}
ORGS = {
    "en": [
        "silverthreads-club.org",
        "elmfield-daycentre.org.uk",
        "hearwell-clinic.com",
        "lindencourt-homes.org",
    ],
    "de": ["seniorentreff-lindenhof.de", "hoerakustik-am-markt.de", "tagespflege-sonnenhang.de"],
    "fr": ["amicale-retraites.fr", "residence-les-tilleuls.fr", "audition-plus-conseil.fr"],
    "es": ["hogar-jubilado.es", "centrodedia-lasacacias.es"],
    "it": ["circolo-anziani.it", "centro-acustico-sole.it"],
    "nl": ["ouderensoos-delinde.nl", "dagbesteding-hetanker.nl"],
    "pt": ["clube-melhoridade.org.br", "centrodia-aurora.pt"],
    "hi": ["varishth-nagrik-sangh.in", "shravan-kendra.in"],
}
ROLES = {
    "en": ["info", "bookings", "office", "members"],
    "de": ["info", "kontakt", "anmeldung"],
    "fr": ["contact", "accueil"],
    "es": ["info", "secretaria"],
    "it": ["info", "segreteria"],
    "nl": ["info", "aanmelden"],
    "pt": ["contato", "secretaria"],
    "hi": ["info", "sahayata"],
}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
PII_SLOTS = {"P", "M", "X", "F", "E", "C", "I", "IP4", "IPP", "IP6", "S", "L"}


def ascii_slug(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


class Doc:
    def __init__(self):
        self.text, self.spans, self.values = "", [], []

    def add(self, s):
        self.text += s

    def put(self, kind, text, mode, **extra):
        self.spans.append({"kind": kind, "start": len(self.text), "end": len(self.text) + len(text)})
        self.values.append(dict({"kind": kind, "mode": mode, "text": text}, **extra))
        self.text += text


class Composer:
    def __init__(self, rng, fakers, stats):
        self.rng, self.fakers, self.stats = rng, fakers, stats

    # ---- values
    def phone(self, doc, region, kind, intl=False, mode=None):
        rng = self.rng
        nsn = N.draw(rng, region, kind)
        if kind == "free":
            text, md = N.free_text(rng, region, nsn), "other"
        elif region in INTL_ONLY or intl:
            text, md = N.international(rng, region, nsn), "international"
        else:
            text, md = N.national(rng, region, nsn, kind), "national"
        doc.put("PHONE", text, mode or md, region=region, e164=N.e164(region, nsn), area_len=None)

    def local(self, doc, region, area, sublen):
        sub = N.draw_local(self.rng, region, area, sublen)
        doc.put(
            "PHONE",
            N.local_text(self.rng, region, sub),
            "local-announced",
            region=region,
            e164=N.e164(region, area + sub),
            area_len=len(area),
        )

    def email(self, doc, lang, name):
        rng = self.rng
        if rng.random() < 0.5:
            parts = [ascii_slug(x) for x in name.split()[-2:]] or ["mail"]
            user = rng.choice(
                [".".join(parts), parts[0][:1] + parts[-1], parts[-1] + str(rng.randint(40, 69))]
            )
            dom = self.fakers["en_US"].free_email_domain()
            doc.put("EMAIL", "%s@%s" % (user, dom), "personal")
        else:
            doc.put("EMAIL", "%s@%s" % (rng.choice(ROLES[lang]), rng.choice(ORGS[lang])), "role")

    def card(self, doc):
        rng = self.rng
        while True:
            d = rng.choice(["4", "51", "52", "53", "54", "55"])
            d += "".join(rng.choice("0123456789") for _ in range(15 - len(d)))
            for c in "0123456789":
                if negs.luhn(d + c):
                    d += c
                    break
            mode = rng.choice(["spaced", "solid", "dashed"])
            sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
            doc.put("CREDIT_CARD", sep.join(d[i : i + 4] for i in range(0, 16, 4)), mode)
            return

    def iban(self, doc, region):
        rng = self.rng
        spec = {
            "DE": "18n",
            "AT": "16n",
            "GB": "4a14n",
            "NL": "4a10n",
            "BE": "12n",
            "CH": "17n",
            "FR": "23n",
            "ES": "20n",
            "IT": "1a22n",
            "PT": "21n",
        }
        cc = region if region in spec else "DE"
        for _ in range(20000):
            bban = ""
            for n, t in re.findall(r"(\d+)([an])", spec[cc]):
                pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789"
                bban += "".join(rng.choice(pool) for _ in range(int(n)))
            chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
            s = "%s%02d%s" % (cc, chk, bban)
            if stdiban.is_valid(s):
                break
        else:
            raise RuntimeError(cc)
        mode = rng.choice(["print", "electronic"])
        doc.put("IBAN", " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s, mode)

    def ip(self, doc, mode):
        rng = self.rng
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
                ok = a.is_global
            elif mode == "v4-private":
                a = ipaddress.IPv4Address(
                    rng.choice(
                        [
                            "192.168.%d.%d" % (rng.randint(0, 30), rng.randint(2, 250)),
                            "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250)),
                        ]
                    )
                )
                ok = True
            else:
                a = ipaddress.IPv6Address(
                    "%s:%x:%x:%x::%x"
                    % (
                        rng.choice(["2a02", "2a01", "2001:4860", "2600"]),
                        rng.randint(1, 0xFFFF),
                        rng.randint(1, 0xFFFF),
                        rng.randint(1, 0xFFFF),
                        rng.randint(1, 0xFFFF),
                    )
                )
                ok = True
            if ok:
                doc.put("IP_ADDRESS", str(a), mode)
                return

    def ssn(self, doc):
        rng = self.rng
        area = rng.choice([x for x in range(1, 900) if x != 666])
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        doc.put(
            "US_SSN", "%03d%s%02d%s%04d" % (area, sep, rng.randint(1, 99), sep, rng.randint(1, 9999)), mode
        )

    def neg(self, kind, lang, regions):
        for _ in range(200):
            v = negs.GEN[kind](self.rng, lang)
            if not negs.dirty(v, regions):
                return v
            self.stats["value redraws"] += 1
        self.stats["kinds replaced"] += 1
        self.stats["replaced:" + kind] += 1
        return "–"

    # ---- templates
    def fill(self, doc, tpl, ctx):
        pos = 0
        for m in SLOT.finditer(tpl):
            doc.add(tpl[pos : m.start()])
            pos = m.end()
            s, arg = m.group(1), m.group(2)
            own, nat, lang = ctx["own"], ctx["nat"], ctx["lang"]
            if s == "n":
                doc.add(self.neg(arg, lang, ctx["regions"]))
                self.stats["neg kinds"].add(arg)
            elif s == "name":
                doc.add(ctx["name"])
            elif s == "town":
                doc.add(ctx["town"])
            elif s in ("P", "M"):
                kind = "fixed" if s == "P" else "mobile"
                if own in INTL_ONLY and self.rng.random() < 0.5:
                    self.phone(doc, own, kind)
                elif self.rng.random() < 0.15:
                    self.phone(doc, nat, kind, intl=True)
                else:
                    self.phone(doc, nat, kind)
            elif s == "X":
                reg = self.rng.choice([r for r in ABROAD if r not in (own, nat)])
                self.phone(doc, reg, self.rng.choice(["fixed", "mobile"]), intl=True)
            elif s == "F":
                self.phone(doc, nat, "free")
            elif s == "L":
                self.local(doc, ctx["lregion"], ctx["area"], ctx["sublen"])
            elif s == "E":
                self.email(doc, lang, ctx["name"])
            elif s == "C":
                self.card(doc)
            elif s == "I":
                self.iban(doc, own)
            elif s in ("IP4", "IPP", "IP6"):
                self.ip(doc, {"IP4": "v4", "IPP": "v4-private", "IP6": "v6"}[s])
            elif s == "S":
                self.ssn(doc)
            else:
                raise KeyError(s)
        doc.add(tpl[pos:])
