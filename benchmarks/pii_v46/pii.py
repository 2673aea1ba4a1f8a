"""E-mails, cards, IBANs, IPs and SSNs for v46."""

import ipaddress

from stdnum import iban as std_iban

DOMAINS = {
    "en": [
        "stbrendans-parish.org",
        "riversidefolkfest.co.uk",
        "playhouse-tickets.com",
        "gracefellowship.church",
        "hollowayfunerals.com",
        "partyhall-bookings.co.uk",
    ],
    "de": ["pfarrei-st-ansgar.de", "orgelsommer.de", "stadttheater-kasse.de", "bestattungen-lindner.de"],
    "fr": ["paroisse-saint-roch.fr", "festival-des-remparts.fr", "pf-durand.fr", "salle-les-tilleuls.fr"],
    "es": ["parroquiasanroque.es", "fiestas-patronales.es", "funeraria-luz.es", "taquilla-teatro.es"],
    "it": ["parrocchia-sanmichele.it", "sagra-del-borgo.it", "onoranze-bianchi.it", "cinema-ariston.it"],
    "nl": ["parochie-stjan.nl", "zomerconcerten.nl", "uitvaart-dekker.nl", "schouwburg-kassa.nl"],
    "pt": ["paroquia-sjose.pt", "festas-da-vila.pt", "salaodefestas.com.br", "bilheteira-coliseu.pt"],
    "hi": ["mandirsamiti.in", "durgapuja-utsav.in", "shubhvivah-events.in", "banquet-rajmahal.in"],
}
ROLES = {
    "en": ["office", "boxoffice", "rsvp", "events", "newsletter", "bookings"],
    "de": ["pfarrbuero", "kasse", "info", "einladung"],
    "fr": ["secretariat", "billetterie", "contact"],
    "es": ["despacho", "taquilla", "reservas"],
    "it": ["segreteria", "biglietteria", "info"],
    "nl": ["secretariaat", "kassa", "info", "kopij"],
    "pt": ["secretaria", "bilheteira", "reservas"],
    "hi": ["office", "booking", "samiti"],
}
PROVIDERS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pt": ["sapo.pt", "uol.com.br", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
}
IBAN_CC = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
    "en": ["GB", "IE"],
}
BBAN = {
    "DE": "18n",
    "AT": "16n",
    "CH": "17n",
    "FR": "23n",
    "BE": "12n",
    "ES": "20n",
    "IT": "1a22n",
    "NL": "4A10n",
    "PT": "21n",
    "GB": "4A14n",
    "IE": "4A14n",
}


def _bban(rng, spec):
    out, num = "", ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        pool = "0123456789" if ch == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        out += "".join(rng.choice(pool) for _ in range(n))
    return out


def make_iban(rng, cc):
    for _ in range(20000):
        b = _bban(rng, BBAN[cc])
        s = cc + "00" + b
        s = cc + std_iban.calc_check_digits(s) + b
        if std_iban.is_valid(s):
            return s
    raise RuntimeError(cc)


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        s = body + d
        total = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v = v * 2 - 9 if v > 4 else v * 2
            total += v
        if total % 10 == 0:
            return s
    raise AssertionError


def make(slot, ctx):
    rng, lang = ctx["rng"], ctx["lang"]
    if slot == "E":
        if rng.random() < 0.5:
            t = f"{rng.choice(ROLES[lang])}@{rng.choice(DOMAINS[lang])}"
            return t, {"kind": "EMAIL", "mode": "role", "text": t}
        from .compose import ascii_name

        f, la = ascii_name(ctx["faker_mail"].first_name()), ascii_name(ctx["faker_mail"].last_name())
        sep = rng.choice([".", "_", ""])
        t = f"{f}{sep}{la}{rng.choice(['', str(rng.randint(2, 99))])}@{rng.choice(PROVIDERS[lang])}"
        return t, {"kind": "EMAIL", "mode": "personal", "text": t}
    if slot == "C":
        kind = rng.choice(["visa", "mc", "amex"])
        if kind == "amex":
            n = luhn_complete(rng, rng.choice(["34", "37"]), 15)
            groups = [n[:4], n[4:10], n[10:]]
        else:
            n = luhn_complete(rng, "4" if kind == "visa" else str(rng.randint(51, 55)), 16)
            groups = [n[i : i + 4] for i in range(0, 16, 4)]
        mode = rng.choice(["spaced", "dashed", "solid"])
        t = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": n}[mode]
        return t, {"kind": "CREDIT_CARD", "mode": mode, "text": t}
    if slot == "IBAN":
        cc = ctx["region"] if ctx["region"] in BBAN else rng.choice(IBAN_CC[lang])
        s = make_iban(rng, cc)
        mode = "print" if rng.random() < 0.7 else "electronic"
        t = " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
        return t, {"kind": "IBAN", "mode": mode, "text": t}
    if slot == "IP":
        x = rng.random()
        if x < 0.45:
            while True:
                a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
                if a.is_global:
                    t, mode = str(a), "v4"
                    break
        elif x < 0.75:
            t = rng.choice(
                [
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            )
            mode = "v4-private"
        else:
            hexes = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
            t = str(
                ipaddress.IPv6Address(f"2a0{rng.randint(1, 9)}:{':'.join(hexes)}::{rng.randint(1, 0xFFF):x}")
            )
            mode = "v6"
        return t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}
    if slot == "SSN":
        area = rng.choice([a for a in range(1, 900) if a != 666])
        t3 = (f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
        mode = "dashed" if rng.random() < 0.75 else "spaced"
        t = ("-" if mode == "dashed" else " ").join(t3)
        return t, {"kind": "US_SSN", "mode": mode, "text": t}
    raise KeyError(slot)
