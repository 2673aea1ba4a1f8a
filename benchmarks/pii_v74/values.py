"""Non-phone values for v74: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as stdiban

from .negs import luhn

FREEMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "ziggo.nl",
    "uol.com.br",
    "rediffmail.com",
    "icloud.com",
    "proton.me",
    "hotmail.es",
    "sapo.pt",
]
BUSINESS = [
    "happypaws-vets.co.uk",
    "tierarztpraxis-am-see.de",
    "clinique-veto-des-tilleuls.fr",
    "patitas-madrid.es",
    "canile-ilfaro.it",
    "dierenkliniek-zuid.nl",
    "petshop-bichinho.com.br",
    "wagtrail-walkers.com",
    "furandfeather-rescue.org",
    "greenlane-livery.co.uk",
    "petcover-claims.com",
    "cattery-bramble.ie",
    "pawcare.in",
    "reitstall-lindenhof.de",
    "trimsalon-kwispel.nl",
    "toilettage-pompon.be",
]
ROLES = ["reception", "claims", "bookings", "adopt", "yard", "walkies", "info", "salon", "vetcare", "pension"]
IBAN_FMT = {
    "DE": "8n10n",
    "FR": "5n5n11c2n",
    "ES": "4n4n1n1n10n",
    "IT": "1a5n5n12c",
    "NL": "4a10n",
    "PT": "4n4n11n2n",
    "BE": "3n7n2n",
    "AT": "5n11n",
    "CH": "5n12c",
    "GB": "4a6n8n",
    "IE": "4a6n8n",
}


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum() or c in " .").strip()


def email(rng, name, role):
    if role:
        return "%s@%s" % (rng.choice(ROLES), rng.choice(BUSINESS))
    parts = [p for p in ascii_name(name).replace(".", " ").split() if p]
    if len(parts) < 2:
        parts = parts + ["pets"]
    user = rng.choice(["%s.%s", "%s_%s", "%s%s"]) % (parts[0], parts[-1])
    if rng.random() < 0.3:
        user += str(rng.randint(2, 99))
    return "%s@%s" % (user, rng.choice(FREEMAIL))


def card(rng, mode):
    kind = rng.choice(["visa", "mc", "amex"])
    pre, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
    }[kind]
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    num = next(body + d for d in "0123456789" if luhn(body + d))
    groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": num}[mode]


def _bban(rng, fmt):
    out, n = [], ""
    for ch in fmt:
        if ch.isdigit():
            n += ch
            continue
        pool = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ",
        }[ch]
        out.append("".join(rng.choice(pool) for _ in range(int(n))))
        n = ""
    return "".join(out)


def iban(rng, country, mode):
    for _ in range(20000):
        bban = _bban(rng, IBAN_FMT[country])
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        code = "%s%02d%s" % (country, check, bban)
        if stdiban.is_valid(code):
            if mode == "print":
                return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
            return code
    raise RuntimeError(country)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(2, 254)),
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                ]
            )
        else:
            a = ipaddress.IPv6Address((0x2A00 + rng.randint(0, 0x1FF)) << 112 | rng.getrandbits(112))
            if rng.random() < 0.4:
                a = ipaddress.IPv6Address(int(a) >> 64 << 64 | rng.randint(1, 0xFFFF))
            return str(a)


def ssn(rng, mode):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
    sep = " " if mode == "spaced" else "-"
    return sep.join([s[:3], s[3:5], s[5:]])
