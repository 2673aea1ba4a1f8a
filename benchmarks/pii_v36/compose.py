"""Document composition for v36: travel genres x languages, with labelled spans and screened negatives."""

from __future__ import annotations

import random
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
GENRES = ["hotel", "air", "rail", "car", "dining", "tour", "visa", "camp"]
# locale -> (language, own region, region of national / list / service numbers, Faker locale)
LOCALES = {
    "en_US": ("en", "US", "US", "en_US"),
    "en_GB": ("en", "GB", "GB", "en_GB"),
    "en_AU": ("en", "AU", "GB", "en_AU"),
    "en_IE": ("en", "IE", "GB", "en_IE"),
    "en_IN": ("en", "IN", "IN", "en_IN"),
    "de_DE": ("de", "DE", "DE", "de_DE"),
    "de_AT": ("de", "AT", "DE", "de_AT"),
    "de_CH": ("de", "CH", "DE", "de_CH"),
    "fr_FR": ("fr", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr", "BE", "FR", "fr_BE"),
    "fr_CH": ("fr", "CH", "FR", "fr_CH"),
    "es_ES": ("es", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT"),
    "hi": ("hi", "IN", "IN", "hi_IN"),
}
FOREIGN_OWN = {"AT", "CH", "BE", "AU", "IE"}
CITIES = {
    "en_US": ["Denver", "Savannah", "Santa Fe"],
    "en_GB": ["Bath", "Keswick", "St Ives"],
    "en_AU": ["Cairns", "Hobart"],
    "en_IE": ["Galway", "Killarney"],
    "en_IN": ["Jaipur", "Rishikesh"],
    "de_DE": ["Lindau", "Wernigerode", "Füssen"],
    "de_AT": ["Hallstatt", "Bad Ischl"],
    "de_CH": ["Grindelwald", "Luzern"],
    "fr_FR": ["Annecy", "Colmar", "Biarritz"],
    "fr_BE": ["Dinant", "Durbuy"],
    "fr_CH": ["Montreux", "Nyon"],
    "es_ES": ["Cádiz", "Ronda", "Cangas de Onís"],
    "it_IT": ["Matera", "Bardolino", "Cefalù"],
    "nl_NL": ["Giethoorn", "Vlieland", "Valkenburg"],
    "nl_BE": ["Brugge", "De Haan"],
    "pt_BR": ["Paraty", "Bonito", "Olinda"],
    "pt_PT": ["Óbidos", "Tavira", "Sintra"],
    "hi": ["जैसलमेर", "ऋषिकेश", "मनाली"],
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "AU": "com.au",
    "IE": "ie",
    "IN": "in",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "BR": "com.br",
    "PT": "pt",
}
BRANDS = [
    "alpenblick",
    "sunsetstays",
    "railpoint",
    "autoway",
    "tavola",
    "bluewave-tours",
    "hostel-lumen",
    "camping-pinienhain",
    "casa-das-ondas",
    "skyjourney",
    "riviera-holidays",
    "trekkers-hub",
]
ROLE_MAIL = ["reservations", "info", "bookings", "frontdesk", "help", "groups", "visas", "concierge"]
PH = re.compile(r"\{(X:[a-z_]+|P|L|TOWN|E|I|C|IP|S|Q|NAME|CITY|ROLE)\}")
IBAN_C = {"US": "GB", "AU": "GB", "IN": "GB", "PT": "PT", "BR": "BR"}


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


class Doc:
    def __init__(self, rng: random.Random, locale: str):
        self.rng = rng
        self.locale = locale
        self.lang, self.own, self.nat, fl = LOCALES[locale]
        self.fake = Faker(fl)
        self.fake_mail = Faker("en_IN" if self.lang == "hi" else fl)
        self.fake.seed_instance(rng.randrange(1 << 30))
        self.fake_mail.seed_instance(rng.randrange(1 << 30))
        self.regions = sorted({self.own, self.nat})
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.vals: list[dict] = []
        self.pos = 0
        self.town = None
        self.brand = rng.choice(BRANDS)

    # ---- low level
    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def span(self, text: str, value: dict) -> None:
        self.spans.append({"kind": value["kind"], "start": self.pos, "end": self.pos + len(text)})
        self.vals.append(value)
        self.add(text)

    def neg(self, kind: str) -> str:
        gen = negs.KINDS[kind]
        for _ in range(100):
            v = gen(self.rng, self.lang)
            if screen.value_ok(v, self.regions):
                return v
        raise RuntimeError(f"negative {kind} failed screening")

    # ---- phones
    def phone_value(self, mode: str, kind: str | None = None, region: str | None = None) -> tuple[str, dict]:
        rng = self.rng
        intl = mode == "international"
        if region is None:
            region = self.nat
            if intl:
                region = (
                    self.own if rng.random() < 0.6 else rng.choice(["GB", "DE", "FR", "ES", "IT", "US", "NL"])
                )
        kind = kind or rng.choice(["fixed", "mobile"])
        x = V.phone(rng, region, kind)
        text = self.write(x, intl)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": V.e164(x),
            "area_len": V.area_len(x),
        }

    def write(self, x, intl: bool) -> str:
        text = V.written(self.rng, x, intl)
        if text.startswith("00") and self.own in ("US", "BR", "AU"):
            text = V.pn.format_number(x, V.F.INTERNATIONAL)
        return text

    def plain_mode(self) -> str:
        p = 0.5 if self.own in FOREIGN_OWN else 0.25
        return "international" if self.rng.random() < p else "national"

    def render(self, tpl: str, ctx: dict) -> None:
        i = 0
        for m in PH.finditer(tpl):
            self.add(tpl[i : m.start()])
            i = m.end()
            key = m.group(1)
            if key.startswith("X:"):
                self.add(self.neg(key[2:]))
            elif key in ("NAME", "CITY", "ROLE", "TOWN"):
                self.add(ctx[key])
            elif key == "P":
                mode = ctx.get("mode") or self.plain_mode()
                text, val = self.phone_value(mode, ctx.get("pkind"))
                if self.own in FOREIGN_OWN and mode == "international":
                    x = V.phone(self.rng, self.own, ctx.get("pkind") or self.rng.choice(["fixed", "mobile"]))
                    text = self.write(x, True)
                    val.update(text=text, region=self.own, e164=V.e164(x), area_len=V.area_len(x))
                if ctx.get("list"):
                    val["mode"] = "list-entry"
                self.span(text, val)
            elif key == "Q":
                x = V.phone(self.rng, self.nat, "service")
                text = self.write(x, False)
                self.span(
                    text,
                    {
                        "kind": "PHONE",
                        "mode": "other",
                        "text": text,
                        "region": self.nat,
                        "e164": V.e164(x),
                        "area_len": V.area_len(x),
                    },
                )
            elif key == "L":
                x = V.fixed_area(self.rng, self.nat, self.town[1])
                loc = V.local_form(self.rng, x)
                self.span(
                    loc,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": loc,
                        "region": self.nat,
                        "e164": V.e164(x),
                        "area_len": len(self.town[1]),
                    },
                )
            elif key == "E":
                self.span(*self.email())
            elif key == "I":
                t, mode = V.iban(self.rng, IBAN_C.get(self.own, self.own))
                self.span(t, {"kind": "IBAN", "mode": mode, "text": t})
            elif key == "C":
                t, mode = V.card(self.rng)
                self.span(t, {"kind": "CREDIT_CARD", "mode": mode, "text": t})
            elif key == "IP":
                t, mode = V.ip(self.rng)
                self.span(t, {"kind": "IP_ADDRESS", "mode": mode, "text": t})
            elif key == "S":
                t, mode = V.ssn(self.rng)
                self.span(t, {"kind": "US_SSN", "mode": mode, "text": t})
        self.add(tpl[i:])

    def email(self) -> tuple[str, dict]:
        tld = TLD[self.own]
        if self.rng.random() < 0.6:
            t = f"{self.rng.choice(ROLE_MAIL)}@{self.brand}.{tld}"
            mode = "role"
        else:
            first = re.sub(r"[^a-z]", "", _ascii(self.fake_mail.first_name())) or "guest"
            last = re.sub(r"[^a-z]", "", _ascii(self.fake_mail.last_name())) or "traveller"
            sep = self.rng.choice([".", "_", ""])
            dom = self.rng.choice(
                ["gmail.com", "outlook.com", f"posteo.{tld}" if tld == "de" else "yahoo.com", f"mail.{tld}"]
            )
            t = f"{first}{sep}{last}{self.rng.choice(['', str(self.rng.randrange(1, 99))])}@{dom}"
            mode = "personal"
        return t, {"kind": "EMAIL", "mode": mode, "text": t}

    def text(self) -> str:
        return "".join(self.parts)


def build(rng: random.Random, locale: str, genre: str, positive: bool) -> Doc:
    d = Doc(rng, locale)
    T = TEXTS[d.lang]
    g, c = T.G[genre], T.C
    name = d.fake.name()
    ctx = {"NAME": name, "CITY": rng.choice(CITIES[locale]), "ROLE": ""}
    d.render(rng.choice(g["head"]), ctx)
    d.add("\n")
    fills = rng.sample(g["fill"], k=min(len(g["fill"]), rng.randrange(2, 4)))
    body: list[tuple[str, dict]] = [(f, {}) for f in fills]
    if positive:
        for tpl in rng.sample(g["phone"], k=rng.randrange(1, min(3, len(g["phone"])) + 1)):
            body.append((tpl, {"NAME": d.fake.name()}))
        can_local = d.nat in V.AREAS and c.get("local") and (d.lang != "en" or d.nat in ("US", "GB", "IN"))
        if can_local and rng.random() < 0.4:
            d.town = rng.choice(V.AREAS[d.nat])
            town = d.town[2] if d.lang == "hi" else d.town[0]
            body.append((rng.choice(c["local"]), {"TOWN": town}))
        r = rng.random()
        if r < 0.2:
            body.append((c["mobile"][0], {"pkind": "mobile"}))
        elif r < 0.35:
            body.append((c["land"][0], {"pkind": "fixed"}))
        if d.nat in V.SERVICE and rng.random() < 0.3:
            body.append((rng.choice(c["service"]), {}))
        if rng.random() < 0.45:
            body.append((rng.choice(c["email"]), {}))
        extra = {
            "hotel": ["iban", "card", "ip"],
            "car": ["card"],
            "tour": ["iban", "ip"] + (["ssn"] if locale == "en_US" else []),
            "dining": ["card"],
            "visa": ["ssn"] if locale == "en_US" else [],
            "camp": ["ip", "iban"],
            "air": ["ip"],
            "rail": [],
        }[genre]
        for k in extra:
            if c.get(k) and rng.random() < {"ssn": 0.7, "iban": 0.4}.get(k, 0.25):
                body.append((rng.choice(c[k]), {}))
        rng.shuffle(body)
        if genre in ("tour", "camp", "visa", "car") and rng.random() < 0.45:
            head, row = rng.choice(c["list"])
            rows = "\n".join(
                row.replace("{ROLE}", rng.choice(c["roles"])) for _ in range(rng.randrange(2, 5))
            )
            body.append((head + ":\n" + rows, {"list": True}))
    else:
        rest = [f for f in g["fill"] if f not in fills]
        body += [(f, {}) for f in rest[:1]]
        if rng.random() < 0.4:
            body.append((rng.choice(c["none"]), {}))
        rng.shuffle(body)
    for tpl, extra_ctx in body:
        sub = dict(ctx, **extra_ctx)
        if extra_ctx.get("list"):
            for line in tpl.split("\n"):
                d.render(line, dict(sub, NAME=d.fake.name()))
                d.add("\n")
            continue
        d.render(tpl, sub)
        d.add("\n")
    d.add("\n" + rng.choice(g["end"]) + "\n")
    return d
