"""E-mails, IBANs, cards, IPs and SSNs for v39."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban

ROLE = {
    "en": ["newsdesk", "letters", "tips", "whatson", "classifieds", "sport"],
    "de": ["redaktion", "leserbriefe", "hinweise", "anzeigen", "sport"],
    "fr": ["redaction", "courrier", "agenda", "annonces"],
    "es": ["redaccion", "cartas", "agenda", "anuncios"],
    "it": ["redazione", "lettere", "cronaca", "annunci"],
    "nl": ["redactie", "brieven", "tips", "advertenties"],
    "pt": ["redacao", "cartas", "agenda", "classificados"],
    "hi": ["samachar", "patra", "newsdesk", "vigyapan"],
}
DOMAINS = {
    "en": [
        "valleygazette.co.uk",
        "northstartribune.com",
        "harbourweekly.ie",
        "coastalherald.com.au",
        "deccanlocal.in",
        "prairieledger.com",
    ],
    "de": ["kreisbote-nord.de", "talblatt.at", "seeanzeiger.ch", "heimatkurier.de"],
    "fr": ["lecho-du-canton.fr", "gazette-locale.be", "le-petit-riverain.fr"],
    "es": ["diariodelaribera.es", "lavozcomarcal.es"],
    "it": ["gazzettadelborgo.it", "ilcorrierevalle.it"],
    "nl": ["streekbode.nl", "dorpskrant.be", "hetpolderblad.nl"],
    "pt": ["jornaldobairro.com.br", "diariodoplanalto.com.br", "ogazetario.pt"],
    "hi": ["nagarsamachar.in", "lokvaani.co.in"],
}
IBAN_CC = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}
BBAN = {
    "GB": "aaaa" + "d" * 14,
    "IE": "aaaa" + "d" * 14,
    "DE": "d" * 18,
    "AT": "d" * 16,
    "CH": "d" * 17,
    "FR": "d" * 23,
    "BE": "d" * 12,
    "ES": "d" * 20,
    "IT": "a" + "d" * 22,
    "NL": "aaaa" + "d" * 10,
    "PT": "d" * 21,
}


def _ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalpha())


def email(rng, lang, mode, first, last):
    dom = rng.choice(DOMAINS[lang])
    if mode == "role":
        return "%s@%s" % (rng.choice(ROLE[lang]), dom)
    f, la = _ascii(first) or "anna", _ascii(last) or "rao"
    return (
        rng.choice(["%s.%s@%s", "%s%s@%s"]) % (f, la, dom)
        if rng.random() < 0.7
        else "%s.%s@%s" % (f[0], la, dom)
    )


def iban(rng, lang, mode):
    cc = rng.choice(IBAN_CC[lang])
    for _ in range(20000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "a" else rng.choice("0123456789")
            for c in BBAN[cc]
        )
        t = bban + cc + "00"
        chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
        s = "%s%02d%s" % (cc, chk, bban)
        if std_iban.is_valid(s):
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
    raise RuntimeError("no IBAN")


def luhn_complete(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng, mode):
    pre, n = rng.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("34", 15), ("37", 15), ("6011", 16)])
    d = luhn_complete(pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1)))
    if mode == "solid":
        return d
    sep = " " if mode == "spaced" else "-"
    if n == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i : i + 4] for i in range(0, 16, 4))


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                    "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                ]
            )
        else:
            a = ipaddress.IPv6Address((0x2A02 << 112) | rng.getrandbits(96) << 16 | rng.getrandbits(16))
            if a.is_global:
                return a.compressed


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ssn(rng, mode):
    while True:
        s = "%03d-%02d-%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return s if mode == "dashed" else s.replace("-", " ")
