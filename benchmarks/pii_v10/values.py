"""Non-phone values: e-mail addresses, IP addresses, IBANs, card numbers and US SSNs (all fresh)."""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

DOMAINS = {
    "en": ["fastmail.com", "outlook.com", "gmail.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "planet.nl", "xs4all.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.in"],
}
ROLES = {
    "en": ["bookings", "secretary", "treasurer", "hello", "rota", "volunteers", "enquiries"],
    "de": ["vorstand", "kasse", "info", "anmeldung", "kontakt", "jugend"],
    "fr": ["contact", "tresorerie", "inscriptions", "bureau", "accueil"],
    "es": ["contacto", "secretaria", "inscripciones", "tesoreria", "info"],
    "it": ["segreteria", "info", "iscrizioni", "tesoriere", "contatti"],
    "nl": ["secretariaat", "penningmeester", "info", "aanmelden", "bestuur"],
    "pt": ["contato", "secretaria", "financeiro", "inscricoes", "diretoria"],
    "hi": ["office", "samiti", "booking", "help", "accounts"],
}
ORG_TLD = {"en": ".org.uk", "de": ".de", "fr": ".fr", "es": ".es", "it": ".it", "nl": ".nl", "pt": ".org.br",
           "hi": ".in"}  # fmt: skip


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


US_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "outlook.com", "att.net"]
LOCALE_TLD = {"en_US": ".org", "en_IN": ".in", "de_AT": ".at", "de_CH": ".ch", "fr_BE": ".be", "fr_CH": ".ch",
              "nl_BE": ".be"}  # fmt: skip


def email_personal(rng: random.Random, first: str, last: str, lang: str, locale: str = "") -> str:
    f, la = ascii_slug(first) or "sam", ascii_slug(last) or "roy"
    form = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}"])
    local = form.format(f=f, l=la, f0=f[0], n=rng.randint(2, 98))
    return "%s@%s" % (local, rng.choice(US_DOMAINS if locale == "en_US" else DOMAINS[lang]))


def email_role(rng: random.Random, org: str, lang: str, locale: str = "") -> str:
    tld = LOCALE_TLD.get(locale, ORG_TLD[lang])
    return "%s@%s%s" % (rng.choice(ROLES[lang]), ascii_slug(org)[:18] or "club", tld)


def ipv4(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.3:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if pick < 0.45:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    while True:
        a = rng.choice([31, 46, 62, 78, 81, 85, 91, 95, 109, 151, 176, 185, 188, 193, 201, 212, 217])
        s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipaddress.IPv4Address(s).is_global:
            return s


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2001:db8", "2a02:810", "2003:e5", "2a01:4f8", "fd12:3456", "2804:14c"])
    if rng.random() < 0.6:
        tail = [format(rng.randint(1, 0xFFFF), "x") for _ in range(rng.choice([1, 2, 3, 4]))]
        s = head + "::" + ":".join(tail)
    else:
        parts = head.split(":")
        parts += [format(rng.randint(0, 0xFFFF), "x") for _ in range(8 - len(parts))]
        s = ":".join(parts)
    ipaddress.IPv6Address(s)
    return s


# --- IBAN ---------------------------------------------------------------------------------------
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18,
            "BE": 16, "BR": 29}  # fmt: skip


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def mod97_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    try:
        return _num(s[4:] + s[:4]) % 97 == 1
    except ValueError:
        return False


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "FR":
        bank, branch, acct = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + "%02d" % key
    if cc == "ES":
        bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def ctl(ds: str) -> str:
            v = 11 - sum(int(a) * b for a, b in zip(ds.rjust(10, "0"), w, strict=True)) % 11
            return str({11: 0, 10: 1}.get(v, v))

        return bank + branch + ctl("00" + bank + branch) + ctl(acct) + acct
    if cc == "IT":
        body = "%s%s%s" % (_d(rng, 5), _d(rng, 5), _d(rng, 12))
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        tot = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(body))
        return chr(65 + tot % 26) + body
    if cc == "NL":
        while True:
            acct = _d(rng, 10)
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0 and acct[0] != "0":
                return rng.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB", "ASNB"]) + acct
    if cc == "BE":
        first = _d(rng, 10)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 14)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS"]) + _d(rng, 14)
    if cc == "BR":
        return _d(rng, 23) + rng.choice("CP") + rng.choice("12")
    return _d(rng, IBAN_LEN[cc] - 4)


def iban(rng: random.Random, cc: str, grouped: bool) -> str:
    bban = _bban(rng, cc)
    chk = 98 - _num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc] and mod97_ok(s), s
    if grouped:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


# --- cards and SSNs -----------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c)
        if i % 2 == 1:
            v = v * 2 - 9 if v > 4 else v * 2
        tot += v
    return tot % 10 == 0


CARD_PREFIX = [("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
               ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("6521", 16), ("508", 16), ("6362", 16),
               ("509", 16)]  # fmt: skip


def card(rng: random.Random, style: str) -> str:
    pre, n = rng.choice(CARD_PREFIX)
    body = pre + _d(rng, n - len(pre) - 1)
    last = next(c for c in "0123456789" if luhn_ok(body + c))
    s = body + last
    if style == "compact":
        return s
    sep = "-" if style == "dashed" else " "
    if n == 15:
        return sep.join([s[:4], s[4:10], s[10:]])
    return sep.join(s[i : i + 4] for i in range(0, 16, 4))


def ssn_ok(area: int, group: int, serial: int) -> bool:
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def ssn(rng: random.Random, style: str) -> str:
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            sep = "-" if style == "dashed" else " "
            return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
