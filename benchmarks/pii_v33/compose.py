"""Genres and document assembly for v33: machine-made and structured text (10 genres, 8 languages)."""

import re
import unicodedata

from faker import Faker

from . import habits, negs, screen, values
from .lex_a import DE, EN, ES, FR
from .lex_b import HI, IT, NL, PT

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
GENRES = [
    "directory",
    "vcard",
    "webpage",
    "config",
    "product",
    "order",
    "invoice",
    "timetable",
    "notify",
    "address",
]
CITIES = {
    "AU": ["Brisbane", "Hobart", "Geelong"],
    "IE": ["Galway", "Limerick", "Dublin 8"],
    "AT": ["Graz", "Linz", "Innsbruck"],
    "CH": ["Bern", "Basel", "Lausanne"],
    "BE": ["Gent", "Liège", "Namur"],
    "FR": ["Nantes", "Rennes", "Dijon", "Lille"],
    "ES": ["Zaragoza", "Málaga", "Vigo", "Murcia"],
    "IT": ["Bologna", "Padova", "Bari", "Verona"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Faro"],
}
STOPS = [
    "Market Square",
    "Hauptbahnhof",
    "Gare Routière",
    "Plaza Mayor",
    "Piazza Garibaldi",
    "Stationsplein",
    "Terminal Rodoviário",
    "Bus Stand",
    "Old Harbour",
    "Rathaus",
]
SSN_LINES = [
    "SSN (W-9 on file): {SSN}",
    "Taxpayer ID (SSN): {SSN}",
    'payee_ssn: "{SSN}"',
    "Verify identity – last record SSN {SSN}, DOB on file",
]
MARK = re.compile(r"\{(P|EMAIL|IBAN|CARD|IP|SSN|N):?([^}]*)\}")
PII = re.compile(r"\{(P|EMAIL|IBAN|CARD|IP|SSN)\b")
FAKER = {}


def faker(loc, seed):
    if loc not in FAKER:
        f = Faker(loc)
        f.seed_instance(seed + len(FAKER))
        FAKER[loc] = f
    return FAKER[loc]


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", s) or "mail"


def postcode(rng, region):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    up = "ABCDEFGHJKLMNPRSTWXYZ"
    return {
        "NL": "%s %s%s" % (rng.randint(1000, 9999), rng.choice(up), rng.choice(up)),
        "PT": "%s-%s" % (rng.randint(1000, 9999), d(3)),
        "BR": "%s-%s" % (rng.randint(10000, 99999), d(3)),
        "IN": str(rng.randint(110001, 799999)),
        "GB": "%s%d %d%s%s"
        % (
            rng.choice(["LS", "S", "BS", "G", "NR", "EX", "L"]),
            rng.randint(1, 20),
            rng.randint(1, 9),
            rng.choice(up),
            rng.choice(up),
        ),
        "IE": "D%02d %s%s%s%s" % (rng.randint(1, 24), rng.choice(up), d(1), d(1), rng.choice(up)),
        "AU": str(rng.randint(2000, 7999)),
        "AT": str(rng.randint(1010, 9999)),
        "CH": str(rng.randint(1000, 9658)),
        "BE": str(rng.randint(1000, 9999)),
        "US": str(rng.randint(10001, 99950)),
    }.get(region, str(rng.randint(10000, 98999)))


class Ctx:
    def __init__(self, rng, loc, lang, region, home, seed, n_local, neg):
        self.rng, self.loc, self.lang, self.region, self.home = rng, loc, lang, region, home
        self.neg, self.n_local = neg, n_local
        self.L = dict(LEX[lang])
        if loc == "pt_PT":
            self.L["mob"] = "Telemóvel"
        fk = faker("hi_IN" if lang == "hi" else loc if loc not in ("fr_BE",) else "fr_FR", seed)
        self.fk = fk
        self.fk_mail = faker("en_IN", seed) if lang == "hi" else fk
        self.area = rng.choice(values.AREAS[region]) if region in values.AREAS else None
        town = self.area[0] if self.area else rng.choice(CITIES[region])
        self.town = values.HINDI_TOWN.get(town, town) if lang == "hi" else town
        self.fields = {"city": self.town, "town": self.town}
        self.new_company()

    def new_company(self):
        last = self.fk.last_name()
        self.fields.update(
            {
                "name": self.fk.name(),
                "first": self.fk.first_name(),
                "co": last,
                "street": "%s %d" % (self.fk.street_name(), self.rng.randint(1, 180)),
                "pc": postcode(self.rng, self.region),
                "cat": self.rng.choice(self.L["cats"]),
                "n": str(self.rng.randint(1, 9)),
                "stop": self.rng.choice(STOPS),
            }
        )
        self.domain = (
            slug(self.fk_mail.last_name())
            + "-"
            + slug(self.rng.choice(["shop", "service", "group", "pro"]))
            + "."
            + {"US": "com", "GB": "co.uk", "IN": "in", "BR": "com.br", "AU": "com.au"}.get(
                self.region, self.region.lower()
            )
        )


class Doc:
    def __init__(self):
        self.text, self.spans, self.values = "", [], []

    def add(self, s):
        self.text += s

    def span(self, s, val):
        self.spans.append({"kind": val["kind"], "start": len(self.text), "end": len(self.text) + len(s)})
        self.text += s
        self.values.append(val)


def _phone(c, mode, want):
    rng = c.rng
    if mode == "loc":
        num, sub = values.draw_local(rng, c.region, c.area)
        txt = rng.choice(habits.local_forms(c.region, sub))
        return txt, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": txt,
            "region": c.region,
            "e164": values.e164(num),
            "area_len": len(c.area[1]),
        }
    region = c.region if mode == "intl" else c.home
    num = values.draw(
        rng,
        region,
        "svc"
        if mode == "svc"
        else ("fix" if want == "fix" else "mob" if want == "mob" else rng.choice(["fix", "mob"])),
    )
    if mode == "intl" or (mode == "list" and rng.random() < 0.3):
        txt = habits.write_intl(rng, num, region)
    elif mode == "svc":
        txt = habits.write_nat(rng, num, region) if rng.random() < 0.6 else habits.n_own(num, None, region)
    else:
        txt = habits.write_nat(rng, num, region)
    m = {"intl": "international", "nat": "national", "list": "list-entry", "svc": "other"}[mode]
    return txt, {
        "kind": "PHONE",
        "mode": m,
        "text": txt,
        "region": region,
        "e164": values.e164(num),
        "area_len": values.area_len(num),
    }


def _email(c, mode):
    rng = c.rng
    if mode == "role":
        local = rng.choice(
            [
                "info",
                "kontakt",
                "support",
                "orders",
                "billing",
                "hello",
                "service",
                "admin",
                "sac",
                "ventas",
                "servizio.clienti",
                "klantenservice",
                "noreply",
            ]
        )
    else:
        f, la = slug(c.fk_mail.first_name()), slug(c.fk_mail.last_name())
        local = rng.choice(["%s.%s" % (f, la), "%s%s" % (f[0], la), "%s_%s%d" % (f, la, rng.randint(1, 99))])
        if rng.random() < 0.3:
            return "%s@%s" % (
                local,
                rng.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de"]),
            )
    return "%s@%s" % (local, c.domain)


def render(c, doc, tmpl, screened):
    for k, v in c.fields.items():
        tmpl = tmpl.replace("{%s}" % k, v)
    pos = 0
    for m in MARK.finditer(tmpl):
        doc.add(tmpl[pos : m.start()])
        pos = m.end()
        kind, arg = m.group(1), m.group(2)
        if kind == "N":
            doc.add(screened(arg))
        elif kind == "P":
            mode, want = arg.split(":")
            doc.span(*_phone(c, mode, want))
        elif kind == "EMAIL":
            t = _email(c, arg)
            doc.span(t, {"kind": "EMAIL", "mode": arg, "text": t})
        elif kind == "IBAN":
            country = c.region if c.region in values.IBAN_BBAN else c.rng.choice(["DE", "GB", "NL"])
            t, mode = values.iban(c.rng, country)
            doc.span(t, {"kind": "IBAN", "mode": mode, "text": t})
        elif kind == "CARD":
            t, mode = values.card(c.rng)
            doc.span(t, {"kind": "CREDIT_CARD", "mode": mode, "text": t})
        elif kind == "IP":
            t = values.ip(c.rng, arg)
            doc.span(t, {"kind": "IP_ADDRESS", "mode": arg, "text": t})
        elif kind == "SSN":
            t, mode = values.ssn(c.rng)
            doc.span(t, {"kind": "US_SSN", "mode": mode, "text": t})
    doc.add(tmpl[pos:])


def build(c, genre, seed_neg_rng):
    from .genres import GENRE_FUNCS

    lines = GENRE_FUNCS[genre](c)
    if c.n_local and not c.neg:
        for _ in range(c.n_local):
            c.fields["town"] = c.town
            where = (
                c.rng.choice([0, len(lines)])
                if genre in ("config", "vcard")
                else c.rng.randint(1, max(1, len(lines) - 1))
            )
            lines.insert(where, c.rng.choice(c.L["local"]))
    if not c.neg and genre in ("order", "address", "webpage", "invoice", "notify") and c.rng.random() < 0.24:
        lines.append(c.rng.choice(c.L["inv_pay"]))
    if not c.neg and c.region == "US" and c.rng.random() < 0.45:
        lines.append(c.rng.choice(SSN_LINES))
    if c.neg:
        lines = [ln for ln in lines if not PII.search(ln)]
    doc = Doc()
    used = []

    def screened(kind):
        v = screen.clean_value(seed_neg_rng, kind, c.region, c.home)
        if v is None:
            return negs.make(seed_neg_rng, "uuid4", c.region)
        used.append(kind)
        return v

    render(c, doc, "\n".join(lines) + "\n", screened)
    return doc, used
