"""Non-phone labelled values: e-mail addresses, card numbers, IBANs, US SSNs and IP addresses."""

import random
import unicodedata

from .validity import iban_check_digits, luhn_complete, luhn_ok, ssn_ok

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "fastmail.fm", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "skynet.be"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
}
ORG_WORDS = [
    "lindenhof",
    "riverside",
    "oakmere",
    "paardenwei",
    "bellavista",
    "sol-nascente",
    "quartier9",
    "harbourview",
    "saffron-lane",
    "kestrelclub",
    "vieux-moulin",
    "sonnwend",
    "bhagwati-kripa",
]
ROLE_USERS = [
    "info",
    "kontakt",
    "contact",
    "secretaria",
    "segreteria",
    "bookings",
    "office",
    "atendimento",
    "bestuur",
    "helpdesk",
    "orders",
    "tesoreria",
    "admin",
    "inscriptions",
    "balie",
]
ORG_TLD = {
    "en": ".org",
    "de": ".de",
    "fr": ".fr",
    "es": ".es",
    "it": ".it",
    "nl": ".nl",
    "pt": ".com.br",
    "hi": ".in",
}


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in "-.")


def email(rng: random.Random, lang: str, first: str, last: str) -> dict:
    if rng.random() < 0.55:
        f, la = ascii_fold(first) or "sam", ascii_fold(last) or "lee"
        user = rng.choice(
            [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[:3]}{rng.randint(2, 99)}", f"{la}.{f[0]}", f"{f}_{la}"]
        )
        return {"kind": "EMAIL", "mode": "personal", "text": f"{user}@{rng.choice(DOMAINS[lang])}"}
    domain = rng.choice(ORG_WORDS) + ORG_TLD[lang]
    return {"kind": "EMAIL", "mode": "role", "text": f"{rng.choice(ROLE_USERS)}@{domain}"}


CARD_PREFIXES = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("6521", 16),
    ("508", 16),
    ("636368", 16),
    ("504175", 16),
]


def card(rng: random.Random) -> dict:
    prefix, n = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    digits = luhn_complete(body)
    assert luhn_ok(digits)
    mode = rng.choice(["grouped", "grouped", "dashed", "compact"])
    if n == 15:
        parts = [digits[:4], digits[4:10], digits[10:]]
    else:
        parts = [digits[i : i + 4] for i in range(0, 16, 4)]
    sep = {"grouped": " ", "dashed": "-", "compact": ""}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": sep.join(parts)}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _it_cin(abi: str, cab: str, account: str) -> str:
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    total = 0
    for i, ch in enumerate(abi + cab + account):
        v = int(ch, 36) - 10 if ch.isalpha() else int(ch)
        total += odd[v] if i % 2 == 0 else v
    return chr(ord("A") + total % 26)


def _es_dc(bank: str, branch: str, account: str) -> str:
    def dc(s: str) -> str:
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return str({10: 1, 11: 0}.get(r, r))

    return dc("00" + bank + branch) + dc(account)


def _bban(rng: random.Random, country: str) -> str:
    if country == "FR":
        bank, branch, acct = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        return bank + branch + acct + _fr_rib_key(bank, branch, acct)
    if country == "IT":
        abi, cab, acct = _d(rng, 5), _d(rng, 5), _d(rng, 12)
        return _it_cin(abi, cab, acct) + abi + cab + acct
    if country == "ES":
        bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        return bank + branch + _es_dc(bank, branch, acct) + acct
    if country == "BE":
        first = rng.choice(["001", "063", "068", "310", "363", "733", "751"]) + _d(rng, 7)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    lengths = {"DE": 18, "AT": 16, "CH": 17, "BR": 0}
    if country == "NL":
        return rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + _d(rng, 10)
    if country == "GB":
        return rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + _d(rng, 14)
    if country == "BR":
        return _d(rng, 8) + _d(rng, 5) + _d(rng, 10) + "C" + "1"
    return _d(rng, lengths[country])


def iban(rng: random.Random, country: str) -> dict:
    bban = _bban(rng, country)
    full = country + iban_check_digits(country, bban) + bban
    if rng.random() < 0.8:
        return {
            "kind": "IBAN",
            "mode": "grouped",
            "text": " ".join(full[i : i + 4] for i in range(0, len(full), 4)),
        }
    return {"kind": "IBAN", "mode": "compact", "text": full}


def ssn(rng: random.Random) -> dict:
    while True:
        area = rng.randint(1, 899)
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        if area == 666:
            continue
        mode = "dashed" if rng.random() < 0.85 else "spaced"
        sep = "-" if mode == "dashed" else " "
        text = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        if ssn_ok(text) and text != "078-05-1120":
            return {"kind": "US_SSN", "mode": mode, "text": text}


def ip(rng: random.Random) -> dict:
    if rng.random() < 0.75:
        first = rng.choice([10, 192, 172, 81, 62, 203, 145, 89, 46, 185])
        if first == 192:
            rest = [168, rng.randint(0, 20), rng.randint(2, 254)]
        else:
            rest = [rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
        return {"kind": "IP_ADDRESS", "mode": "v4", "text": ".".join(str(x) for x in [first, *rest])}
    groups = [rng.choice(["2001", "2a02", "2a01", "fd12", "2003"]), f"{rng.randint(0, 0xFFFF):x}"]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 6]))]
    text = ":".join(groups) if len(groups) == 8 else ":".join(groups[:3]) + "::" + groups[3]
    return {"kind": "IP_ADDRESS", "mode": "v6", "text": text}
