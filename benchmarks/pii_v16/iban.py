"""IBANs for v16: mod-97 check digits, plus the national check digits where a country has them (FR RIB key,
ES control digits, IT CIN, BE national check, NL eleven-test); DE, AT, CH, GB, IE and BR: mod-97 only."""

IBAN_COUNTRY = {
    "en_GB": "GB",
    "en_AU": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "it_CH": "CH",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
}
LENGTHS = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "IE": 22,
    "BR": 29,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "BE": 16,
    "NL": 18,
}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]
NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB"]
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def mod97(iban):
    s = iban.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


def with_check(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def rib_key(bank, branch, account):
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def es_digit(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return {11: 0, 10: 1}.get(d, d)


def it_cin(s):
    total = sum(_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
    return chr(ord("A") + total % 26)


def be_check(ten):
    r = int(ten) % 97
    return r if r else 97


def nl_ok(acct):
    return sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0


def national_ok(iban):
    """The national check inside the BBAN, where the country has one (True elsewhere)."""
    s = iban.replace(" ", "")
    cc, b = s[:2], s[4:]
    if cc == "FR":
        return rib_key(b[:5], b[5:10], b[10:21]) == int(b[21:23])
    if cc == "ES":
        return es_digit("00" + b[:8]) == int(b[8]) and es_digit(b[10:]) == int(b[9])
    if cc == "IT":
        return it_cin(b[1:]) == b[0]
    if cc == "BE":
        return be_check(b[:10]) == int(b[10:12])
    if cc == "NL":
        return nl_ok(b[4:])
    return True


def make(rng, cc):
    if cc == "DE":
        bban = _digits(rng, 8, "1234567") + _digits(rng, 10)
    elif cc == "AT":
        bban = _digits(rng, 5, "123456") + _digits(rng, 11)
    elif cc == "CH":
        bban = "00" + _digits(rng, 3, "27") + _digits(rng, 12)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + _digits(rng, 6, "1234567") + _digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(IE_BANKS) + _digits(rng, 6, "9") + _digits(rng, 8)
    elif cc == "BR":
        bban = _digits(rng, 8) + _digits(rng, 5) + _digits(rng, 10) + rng.choice("CP") + "1"
    elif cc == "FR":
        bank, branch, acct = _digits(rng, 5, "123"), _digits(rng, 5), _digits(rng, 11)
        bban = f"{bank}{branch}{acct}{rib_key(bank, branch, acct):02d}"
    elif cc == "ES":
        bank, branch, acct = _digits(rng, 4, "0123"), _digits(rng, 4), _digits(rng, 10)
        bban = f"{bank}{branch}{es_digit('00' + bank + branch)}{es_digit(acct)}{acct}"
    elif cc == "IT":
        rest = "0" + _digits(rng, 4) + _digits(rng, 5) + _digits(rng, 12)
        bban = it_cin(rest) + rest
    elif cc == "BE":
        ten = _digits(rng, 10)
        bban = f"{ten}{be_check(ten):02d}"
    elif cc == "NL":
        while True:
            acct = _digits(rng, 10, "0123456789")
            if nl_ok(acct):
                break
        bban = rng.choice(NL_BANKS) + acct
    else:
        raise ValueError(cc)
    iban = with_check(cc, bban)
    assert len(iban) == LENGTHS[cc] and mod97(iban) and national_ok(iban), iban
    return iban


def grouped(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
