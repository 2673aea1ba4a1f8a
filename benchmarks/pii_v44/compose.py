"""Document assembly for v44: genres of the world of work, contact lines, directories."""

import re
import unicodedata

from faker import Faker

from . import negs, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V

TEXTS = {
    "en": texts_en,
    "de": texts_de,
    "fr": texts_fr,
    "es": texts_es,
    "it": texts_it,
    "nl": texts_nl,
    "pt": texts_pt,
    "hi": texts_hi,
}
# locale, language, country, weight
LOCALES = [
    ("en_US", "en", "US", 95),
    ("en_GB", "en", "GB", 95),
    ("en_IN", "en", "IN", 60),
    ("en_AU", "en", "AU", 40),
    ("en_IE", "en", "IE", 40),
    ("hi", "hi", "IN", 75),
    ("de_DE", "de", "DE", 65),
    ("de_AT", "de", "AT", 20),
    ("de_CH", "de", "CH", 20),
    ("fr_FR", "fr", "FR", 65),
    ("fr_BE", "fr", "BE", 20),
    ("fr_CH", "fr", "CH", 20),
    ("es_ES", "es", "ES", 105),
    ("it_IT", "it", "IT", 105),
    ("nl_NL", "nl", "NL", 75),
    ("nl_BE", "nl", "BE", 30),
    ("pt_PT", "pt", "PT", 45),
    ("pt_BR", "pt", "BR", 65),
]
BORROW = {
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
    "en_AU": "GB",
    "en_IE": "GB",
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}
ORGS = [
    "Halvorsen Logistik",
    "Brightwell Staffing",
    "Corvana Foods",
    "Maraval Textil",
    "Teague & Rowe",
    "Ostwind Metall",
    "Quellbrook Retail",
    "Sorrento Pack",
    "Veldhuis Bouw",
    "Pinhal Serviços",
    "Lumen Temps",
    "Arkady Facility",
]
GENRES = ["jobad", "cv", "recruit", "handbook", "rota", "payroll", "union", "ooo"]
NO_IBAN = {"en_US", "en_AU", "en_IN", "hi", "pt_BR"}
NEG_KEYS = list(negs.KINDS)
HI_TOWN = {
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Kochi": "कोच्चि",
    "Pune": "पुणे",
    "Chennai": "चेन्नई",
    "Nagpur": "नागपुर",
}
PH = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self):
        self.parts, self.spans, self.values, self.pos = [], [], [], 0

    def add(self, template, fills):
        if template == "" and (not self.parts or self.text.endswith("\n\n")):
            return
        for i, piece in enumerate(PH.split(template)):
            if i % 2 == 0:
                self._put(piece)
                continue
            v = fills[piece]
            if isinstance(v, tuple):
                txt, val = v
                self.spans.append({"kind": val["kind"], "start": self.pos, "end": self.pos + len(txt)})
                self.values.append(val)
                self._put(txt)
            else:
                self._put(v)
        self._put("\n")

    def _put(self, s):
        self.parts.append(s)
        self.pos += len(s)

    @property
    def text(self):
        return "".join(self.parts)


def _ascii(s):
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.fakers = {}
        self.redraws = 0

    def faker(self, loc):
        key = {"hi": "hi_IN", "en_IN": "en_IN"}.get(loc, loc)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(self.rng.randint(0, 10**9))
            self.fakers[key] = f
        return self.fakers[key]

    def phone(self, loc, cc, kind):
        rng = self.rng
        borrow = BORROW.get(loc)
        region = borrow if borrow and rng.random() < 0.5 else cc
        how = "international" if borrow else ("international" if rng.random() < 0.2 else "national")
        mode = how
        if kind == "abroad":
            region = cc if rng.random() < 0.6 else rng.choice([r for r in V.AREAS if r != cc])
            how = mode = "international"
        if kind == "svc":
            num, mode = V.service(rng, region), "other"
            how = "international" if borrow else "service"
        elif kind == "mob" or (kind in ("gen", "abroad", "dir") and rng.random() < 0.35):
            num = V.mobile(rng, region)
        else:
            num = V.fixed(rng, region)[0]
        txt = V.write(rng, num, region, how)
        return txt, {
            "kind": "PHONE",
            "mode": "list-entry" if kind == "dir" else mode,
            "text": txt,
            "region": region,
            "e164": V.e164(num),
            "area_len": V.area_len(num),
        }

    def email(self, loc, cc, org, name):
        if self.rng.random() < 0.5:
            user = self.rng.choice(
                [
                    "jobs",
                    "careers",
                    "hr",
                    "payroll",
                    "rota",
                    "bewerbung",
                    "recrutement",
                    "empleo",
                    "lavoraconnoi",
                    "vacatures",
                    "rh",
                ]
            )
            mode = "role"
        else:
            nm = name if loc != "hi" else self.faker("en_IN").name()
            bits = [_ascii(b) for b in nm.split() if _ascii(b)]
            user = self.rng.choice([".".join(bits[:1] + bits[-1:]), bits[0][:1] + bits[-1]])
            mode = "personal"
        dom = _ascii(org.split()[0]) + "." + TLD[cc]
        t = f"{user}@{dom}"
        return t, {"kind": "EMAIL", "mode": mode, "text": t}

    def fills(self, loc, lang, cc, org, name, regions):
        f = {"O": org, "N": name}
        for k in NEG_KEYS:
            for _ in range(300):
                v = negs.value(k, self.rng, cc, lang)
                if screen.value_ok(v, regions):
                    f[k] = v
                    break
            else:
                raise RuntimeError(k)
        return f

    def contact_lines(self, d, loc, lang, cc, genre, org, name, f):
        rng, C = self.rng, TEXTS[lang].C
        kinds = ["gen", "gen", "mob", "land", "abroad", "svc", "mail"]
        local = C.get("local", {}).get(cc)
        if local and loc not in BORROW:
            kinds += ["local", "local"]
        used = set()
        for k in rng.sample(kinds, rng.randint(1, 3)):
            opts = C[k] if k not in ("local",) else local
            tpl = rng.choice([t for t in opts if t not in used] or opts)
            used.add(tpl)
            if k == "mail":
                d.add(tpl, dict(f, E=self.email(loc, cc, org, name)))
            elif k == "local":
                num, town, _ = V.fixed(rng, cc)
                txt = V.local_form(rng, num, cc)
                d.add(
                    tpl,
                    dict(
                        f,
                        T=town,
                        L=(
                            txt,
                            {
                                "kind": "PHONE",
                                "mode": "local-announced",
                                "text": txt,
                                "region": cc,
                                "e164": V.e164(num),
                                "area_len": V.area_len(num),
                            },
                        ),
                    ),
                )
            else:
                d.add(tpl, dict(f, P=self.phone(loc, cc, k)))
        if rng.random() < 0.3:
            self.directory(d, loc, lang, cc)
            d.add("", {})
        extra = []
        if genre in ("payroll", "union") and loc not in NO_IBAN and cc in V.IBAN_SPEC:
            extra.append("iban")
        if genre in ("jobad", "payroll"):
            extra.append("card")
        if genre in ("handbook", "rota"):
            extra.append("ip")
        if genre == "payroll" and loc == "en_US":
            extra.append("ssn")
        for e in extra:
            if e != "ssn" and rng.random() > 0.35:
                continue
            if e == "iban":
                t, m = V.iban(rng, cc)
                d.add(C["iban"], dict(f, X=(t, {"kind": "IBAN", "mode": m, "text": t})))
            elif e == "card":
                t, m = V.card(rng)
                d.add(C["card"], dict(f, X=(t, {"kind": "CREDIT_CARD", "mode": m, "text": t})))
            elif e == "ssn":
                t, m = V.ssn(rng)
                d.add(C["ssn"], dict(f, X=(t, {"kind": "US_SSN", "mode": m, "text": t})))
            else:
                i = rng.randrange(2)
                m = "v4-private" if i == 0 else rng.choice(["v4", "v6"])
                t = V.ip(rng, m)
                d.add(C["ip"][i], dict(f, X=(t, {"kind": "IP_ADDRESS", "mode": m, "text": t})))

    def directory(self, d, loc, lang, cc):
        rng, C = self.rng, TEXTS[lang].C
        d.add("", {})
        d.add(rng.choice(C["dirhead"]), {})
        layout = rng.randrange(3)
        roles = rng.sample(C["roles"], rng.randint(3, 4))
        fk = self.faker(loc)
        for i, role in enumerate(roles, 1):
            p = self.phone(loc, cc, "svc" if rng.random() < 0.12 else "dir")
            p = (p[0], dict(p[1], mode="list-entry"))
            nm = fk.last_name()
            tpl = ["{R}\t{M}\t{P}", "{I}. {R} → {P}", "{M};{R};{P}"][layout]
            d.add(tpl, {"R": role, "M": nm, "I": str(i), "P": p})

    def document(self, loc, lang, cc, genre, positive):
        rng = self.rng
        G = TEXTS[lang].G[genre]
        regions = sorted({cc, BORROW.get(loc, cc)})
        for _ in range(60):
            d = Doc()
            org = rng.choice(ORGS)
            name = self.faker(loc).name()
            f = self.fills(loc, lang, cc, org, name, regions)
            d.add(rng.choice(G[0]), f)
            d.add("", {})
            fills = rng.sample(G[1], rng.randint(2, min(4, len(G[1]))))
            cut = rng.randint(1, len(fills))
            for t in fills[:cut]:
                d.add(t, f)
            if positive:
                self.contact_lines(d, loc, lang, cc, genre, org, name, f)
            elif rng.random() < 0.4:
                d.add(rng.choice(TEXTS[lang].C["nophone"]), f)
            for t in fills[cut:]:
                d.add(t, f)
            d.add("", {})
            d.add(G[2], f)
            text = re.sub(r"\n{3,}", "\n\n", d.text)
            if text != d.text:
                continue
            regs = sorted(set(regions) | {v["region"] for v in d.values if v["kind"] == "PHONE"})
            if screen.doc_ok(d.text, d.spans, regs):
                return d.text, d.spans, d.values
            self.redraws += 1
        raise RuntimeError((loc, genre))
