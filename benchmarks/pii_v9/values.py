"""Non-phone values: e-mail addresses, IP addresses, IBANs, card numbers and US SSNs."""

import ipaddress
import string
import unicodedata

from .locales import MAIL_DOMAINS, ORG_TLD, ROLE, people_key


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in " -")


def email_personal(rng, locale, person):
    first, _, last = person.partition(" ")
    f, ln = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "")
    dom = rng.choice(MAIL_DOMAINS[people_key(locale)].split())
    local = rng.choice(["%s.%s", "%s%s", "%s_%s", "%.1s%s", "%s.%.1s"]) % (f, ln)
    if rng.random() < 0.3:
        local += str(rng.randint(2, 89))
    return local + "@" + dom


def email_role(rng, locale, org_words, lang):
    slug = "-".join(ascii_fold(w).replace(" ", "-") for w in org_words if w)[:34].strip("-")
    role = rng.choice(ROLE.get(lang, ROLE["en"]).split())
    return "%s@%s.%s" % (role, slug, ORG_TLD[people_key(locale)])


_V4_FIRST = [24, 31, 46, 50, 62, 66, 68, 71, 73, 77, 81, 85, 91, 98, 104, 109, 117, 122, 145, 151, 173, 177]
_V4_FIRST += [178, 179, 182, 185, 186, 187, 188, 189, 193, 200, 201, 212, 213, 217]
_V6_HEADS = [
    "2a02:810d",
    "2003:e5",
    "2a01:cb00",
    "2405:201",
    "2804:14c",
    "2600:1700",
    "2a00:23c7",
    "2001:16b8",
]
_V6_HEADS += ["2a02:a46f", "2a01:4f8", "2806:10a6", "2401:4900"]


def ipv4(rng):
    if rng.random() < 0.15:
        return rng.choice(
            [
                "192.168.%d.%d" % (rng.choice([0, 1, 2, 178]), rng.randint(2, 254)),
                "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254)),
            ]
        )
    return "%d.%d.%d.%d" % (
        rng.choice(_V4_FIRST),
        rng.randint(0, 255),
        rng.randint(0, 255),
        rng.randint(1, 254),
    )


def ipv6(rng):
    head = rng.choice(_V6_HEADS)
    groups = head.split(":") + ["%x" % rng.randint(0, 0xFFFF) for _ in range(8 - len(head.split(":")))]
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.35:
        groups = groups[:4] + ["", "%x" % rng.randint(1, 0xFF)]
        text = ":".join(groups)
        return str(ipaddress.IPv6Address(text)) if rng.random() < 0.5 else text
    return addr.compressed if rng.random() < 0.6 else addr.exploded


# ---- IBAN ------------------------------------------------------------------------------------------------
def _num(s):
    return "".join(str(int(ch, 36)) for ch in s)


def mod97_ok(iban):
    s = iban.replace(" ", "")
    return len(s) > 4 and int(_num(s[4:] + s[:4])) % 97 == 1


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _fr_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def _es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds):
        d = 11 - sum(int(c) * k for c, k in zip(ds, w, strict=True)) % 11
        return {10: 1, 11: 0}.get(d, d)

    return "%d%d" % (one("00" + bank + branch), one(acct))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(bban):
    total = 0
    for i, ch in enumerate(bban):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def _nl_acct(rng):
    while True:
        d = _digits(rng, 10)
        if d[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0:
            return d


def bban(rng, cc):
    if cc == "DE":
        return rng.choice(["10050000", "37040044", "50010517", "76050101", "43060967", "25050180"]) + _digits(
            rng, 10
        )
    if cc == "AT":
        return rng.choice(["20111", "12000", "32000", "14000", "35200"]) + _digits(rng, 11)
    if cc == "CH":
        return rng.choice(["00762", "00235", "80808", "00700"]) + _digits(rng, 12)
    if cc == "FR":
        bank, branch, acct = (
            rng.choice(["30004", "20041", "30003", "10278"]),
            _digits(rng, 5),
            _digits(rng, 11),
        )
        return bank + branch + acct + _fr_key(bank, branch, acct)
    if cc == "ES":
        bank, branch, acct = (
            rng.choice(["2100", "0049", "0182", "2085", "0081"]),
            _digits(rng, 4),
            _digits(rng, 10),
        )
        return bank + branch + _es_dc(bank, branch, acct) + acct
    if cc == "IT":
        rest = rng.choice(["03069", "02008", "05034", "03062"]) + _digits(rng, 5) + _digits(rng, 12)
        return _it_cin(rest) + rest
    if cc == "BE":
        first = _digits(rng, 10)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "NL":
        return rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + _nl_acct(rng)
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(rng, 14)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14)
    if cc == "BR":
        return _digits(rng, 23) + rng.choice("CP") + "1"
    raise KeyError(cc)


def iban(rng, cc):
    body = bban(rng, cc)
    chk = 98 - int(_num(body + cc + "00")) % 97
    out = "%s%02d%s" % (cc, chk, body)
    assert mod97_ok(out)
    return out


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---- cards -----------------------------------------------------------------------------------------------
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_BRANDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15)]
_BRANDS += [("6011", 16), ("65", 16), ("6521", 16), ("508", 16), ("636368", 16), ("504175", 16)]


def card(rng, brands=None):
    prefix, n = rng.choice(brands or _BRANDS)
    body = prefix + _digits(rng, n - len(prefix) - 1)
    for d in string.digits:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_text(rng, digits, mode):
    if mode == "compact":
        return digits
    sep = " " if mode == "grouped" else "-"
    if len(digits) == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# ---- SSN -------------------------------------------------------------------------------------------------
def ssn_ok(area, group, serial):
    a, g, s = int(area), int(group), int(serial)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ssn(rng, mode):
    while True:
        a, g, s = "%03d" % rng.randint(1, 899), "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
        if ssn_ok(a, g, s) and not (a == "078" and g == "05"):
            return (a + "-" + g + "-" + s) if mode == "dashed" else (a + " " + g + " " + s)
