"""Composing v65 documents: genre sentences, phones, other PII, hard negatives, contact lists."""

from faker import Faker
from stdnum import iban as std_iban

from . import lex_en, lex_eu, negs
from . import numbers as N

# locale: (language, own region, region for national/list/service numbers); own numbers of
# AT/CH/BE/AU/IE are written internationally only
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
FAKER = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
EXTRA = {
    "EMAIL": {
        "en": "Before-and-after photos go to {X}.",
        "de": "Fotos bitte an {X}.",
        "fr": "Vos photos : {X}.",
        "es": "Fotos del antes y después: {X}.",
        "it": "Foto a {X}.",
        "nl": "Foto's mailen naar {X}.",
        "pt": "Fotos de antes e depois: {X}.",
        "hi": "फ़ोटो {X} पर ईमेल करें।",
    },
    "CREDIT_CARD": {
        "en": "No-show deposit held on card {X}.",
        "de": "Anzahlung für Ausfälle auf Karte {X}.",
        "fr": "Acompte bloqué sur la carte {X}.",
        "es": "Depósito retenido en la tarjeta {X}.",
        "it": "Caparra sulla carta {X}.",
        "nl": "Aanbetaling op kaart {X}.",
        "pt": "Sinal no cartão {X}.",
        "hi": "एडवांस कार्ड {X} से लिया गया।",
    },
    "IBAN": {
        "en": "Monthly fee by direct debit from {X}.",
        "de": "Monatsbeitrag per Lastschrift von {X}.",
        "fr": "Prélèvement mensuel sur {X}.",
        "es": "Cuota mensual domiciliada en {X}.",
        "it": "Addebito mensile su {X}.",
        "nl": "Maandbedrag wordt afgeschreven van {X}.",
        "pt": "Débito mensal na conta {X}.",
        "hi": "मासिक फीस {X} से कटेगी।",
    },
    "IP_ADDRESS": {
        "en": "The booking tablet sits at {X} on the shop Wi-Fi.",
        "de": "Das Buchungs-Tablet hat {X}.",
        "fr": "La tablette de caisse est en {X}.",
        "es": "La cámara del local está en {X}.",
        "it": "Il tablet delle prenotazioni è su {X}.",
        "nl": "De babyfoon draait op {X}.",
        "pt": "A câmera do salão fica em {X}.",
        "hi": "बेबी मॉनिटर का पता {X} है।",
    },
}
IBAN_LOC = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "hi": "en_GB",
}


class Doc:
    def __init__(self):
        self.parts, self.spans, self.values = [], [], []

    def add(self, text):
        self.parts.append(text)

    def cur(self):
        return sum(len(p) for p in self.parts)

    def fill(self, tmpl, slot, items):
        """Write tmpl, putting the texts of items (value dicts) at each slot, recording spans."""
        pieces = tmpl.split(slot)
        for i, piece in enumerate(pieces):
            self.add(piece)
            if i < len(pieces) - 1:
                v = items[i]
                start = self.cur()
                self.add(v["text"])
                self.spans.append({"kind": v["kind"], "start": start, "end": self.cur()})
                self.values.append(v)

    def text(self):
        return "".join(self.parts)


def phone(rng, region, mode, kind=None):
    kind = kind or rng.choice(["fixed", "mobile", "mobile"])
    if mode == "other":
        kind = "other"
    num, nsn = N.draw(rng, region, kind)
    text = N.write(rng, num, nsn, region, kind, intl=(mode == "international"))
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": N.e164(num),
        "area_len": None,
    }


def pick_phone(rng, loc, lang):
    _, own, nat = LOCALES[loc]
    x = rng.random()
    if own != nat and x < 0.45:
        return phone(rng, own, "international")
    if x < 0.18:
        reg = rng.choice([nat, nat, rng.choice(list(LOCALES.values()))[1]])
        return phone(rng, reg, "international")
    if x < 0.3 and (nat, "other") in N.SPEC:
        return phone(rng, nat, "other")
    return phone(rng, nat, "national")


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return str((10 - tot % 10) % 10)


def _en(rng):
    f = Faker("en_US")
    f.seed_instance(rng.randint(0, 10**9))
    return f


def extra_value(rng, kind, lang, fk):
    if kind == "EMAIL":
        if rng.random() < 0.5:
            user = rng.choice(["bookings", "hello", "appointments", "studio", "walkies", "team"])
            return {"kind": kind, "mode": "role", "text": f"{user}@{fk.domain_name()}"}
        return {
            "kind": kind,
            "mode": "personal",
            "text": _en(rng).user_name() + "@" + fk.free_email_domain(),
        }
    if kind == "CREDIT_CARD":
        pre = rng.choice(["4", "51", "53", "55", "2221"])
        body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
        d = body + luhn_digit(body)
        mode = rng.choice(["spaced", "solid", "dashed"])
        sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
        return {"kind": kind, "mode": mode, "text": sep.join(d[i : i + 4] for i in range(0, 16, 4))}
    if kind == "IBAN":
        f2 = Faker(IBAN_LOC[lang])
        f2.seed_instance(rng.randint(0, 10**9))
        ib = f2.iban()
        assert std_iban.is_valid(ib)
        if rng.random() < 0.6:
            return {
                "kind": kind,
                "mode": "print",
                "text": " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)),
            }
        return {"kind": kind, "mode": "electronic", "text": ib}
    if kind == "IP_ADDRESS":
        x = rng.random()
        if x < 0.4:
            return {
                "kind": kind,
                "mode": "v4-private",
                "text": f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}",
            }
        if x < 0.7:
            return {
                "kind": kind,
                "mode": "v4",
                "text": f"{rng.choice([81, 84, 91, 145, 178, 213])}.{rng.randint(1, 254)}"
                f".{rng.randint(0, 254)}.{rng.randint(1, 254)}",
            }
        groups = ["2a01", "%x" % rng.randint(1, 0xFFFF)] + ["%x" % rng.randint(0, 0xFFFF) for _ in range(6)]
        return {"kind": kind, "mode": "v6", "text": ":".join(groups)}
    raise KeyError(kind)


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return {"kind": "US_SSN", "mode": mode, "text": f"{a:03d}{sep}{g:02d}{sep}{s:04d}"}


def bank(lang):
    if lang == "en":
        return lex_en.TITLES, lex_en.PHONE, lex_en.PLAIN, lex_en.NEG, lex_en.LIST_HEAD, lex_en.LIST_LABEL
    if lang == "hi":
        return (
            lex_en.HI_TITLES,
            lex_en.HI_PHONE,
            lex_en.HI_PLAIN,
            lex_en.HI_NEG,
            lex_en.HI_LIST_HEAD,
            lex_en.HI_LIST_LABEL,
        )
    d = lex_eu.LANG[lang]
    negd = {g: d["neg"] for g in d["titles"]}
    return d["titles"], d["phone"], d["plain"], negd, d["list_head"], d["list_label"]


def regions_for(loc, lang):
    _, own, nat = LOCALES[loc]
    return sorted({own, nat, *HOME[lang]})


def add_negs(rng, doc, drawer, negt, genre, lang, regs, n):
    for _ in range(n):
        kind = rng.choice(sorted(negs.KINDS))
        v = drawer.value(rng, kind, lang, regs)
        doc.add(" " + rng.choice(negt[genre]).replace("{N}", f"{negs.label(kind, lang)} {v}"))


def build_doc(rng, loc, lang, genre, drawer, positive, local=None):
    """local = (region, town, area, n) for local-announced documents."""
    titles, ph, plain, negt, lhead, llabel = bank(lang)
    fk = Faker(FAKER[lang])
    fk.seed_instance(rng.randint(0, 10**9))
    regs = regions_for(loc, lang)
    doc = Doc()
    doc.add(rng.choice(titles[genre]) + "\n\n")
    doc.add(fk.first_name() + ("," if lang != "hi" else " जी,"))
    if local:
        region, town, area, phrases = local
        tmpl = " " + rng.choice(phrases).replace("{town}", town)
        items = []
        for _ in range(tmpl.count("{L}")):
            e, text = N.local_number(rng, region, area)
            items.append(
                {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": e,
                    "area_len": len(area),
                }
            )
        doc.fill(tmpl, "{L}", items)
    if positive and (not local or rng.random() < 0.4):
        t = rng.choice(ph[genre])
        doc.add(" ")
        doc.fill(t, "{P}", [pick_phone(rng, loc, lang) for _ in range(t.count("{P}"))])
    if rng.random() < 0.7:
        doc.add(" " + rng.choice(plain[genre]))
    add_negs(
        rng, doc, drawer, negt, genre, lang, regs, rng.randint(1, 3) if not positive else rng.randint(0, 2)
    )
    if positive and rng.random() < 0.3:
        kind = rng.choice(["EMAIL", "EMAIL", "IP_ADDRESS", "CREDIT_CARD", "IBAN"])
        doc.add(" ")
        doc.fill(EXTRA[kind][lang], "{X}", [extra_value(rng, kind, lang, fk)])
    if positive and loc == "en_US" and genre in ("babysit", "cleaning") and rng.random() < 0.25:
        doc.add(" ")
        doc.fill(
            rng.choice(["SSN for the household payroll form: {X}.", "W-4 on file, SSN {X}."]),
            "{X}",
            [ssn(rng)],
        )
    if positive and not local and rng.random() < 0.35:
        doc.add("\n\n" + rng.choice(lhead) + "\n")
        _, own, nat = LOCALES[loc]
        for lab in rng.sample(llabel, rng.randint(2, 3)):
            v = phone(rng, nat, "list-entry")
            doc.fill(
                rng.choice(["{lab}: {P}\n", "{P} ({lab})\n", "{lab} – {P}\n"]).replace("{lab}", lab),
                "{P}",
                [v],
            )
    t = doc.text()
    if not t.endswith("\n"):
        doc.add("\n")
    return doc
