"""IBANs with mod-97 check digits; FR RIB key, ES control digits, IT CIN, BE check and NL eleven-test."""

_D = "0123456789"


def _num(rng, n, first=_D):
    return rng.choice(first) + "".join(rng.choice(_D) for _ in range(n - 1))


def _to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def mod97_ok(iban):
    s = iban.replace(" ", "")
    return len(s) >= 15 and _to_int(s[4:] + s[:4]) % 97 == 1


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(digits, w, strict=True)) % 11
    return {11: 0, 10: 1}.get(d, d)


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s):
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def _bban(rng, cc):
    if cc == "DE":
        return _num(rng, 8, "1234567") + _num(rng, 10)
    if cc == "AT":
        return _num(rng, 5, "1234") + _num(rng, 11)
    if cc == "CH":
        return "00" + _num(rng, 3, "2378") + _num(rng, 12)
    if cc in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"] if cc == "GB" else ["AIBK", "BOFI"])
        return bank + _num(rng, 6) + _num(rng, 8)
    if cc == "FR":
        bank, branch, acct = _num(rng, 5, "123"), _num(rng, 5), _num(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + "%02d" % key
    if cc == "ES":
        bank, branch, acct = _num(rng, 4, "0123"), _num(rng, 4), _num(rng, 10)
        return bank + branch + "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct)) + acct
    if cc == "IT":
        abi, cab, acct = _num(rng, 5, "0123"), _num(rng, 5), _num(rng, 12)
        return _it_cin(abi + cab + acct) + abi + cab + acct
    if cc == "NL":
        while True:
            acct = _num(rng, 10, "0123456")
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                return rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + acct
    if cc == "BE":
        first = _num(rng, 10)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "BR":
        return _num(rng, 8) + _num(rng, 5) + _num(rng, 10) + rng.choice("CP") + "1"
    raise KeyError(cc)


COUNTRY = {
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


def iban(rng, locale):
    cc = COUNTRY[locale]
    bban = _bban(rng, cc)
    check = 98 - _to_int(bban + cc + "00") % 97
    compact = "%s%02d%s" % (cc, check, bban)
    assert mod97_ok(compact)
    if rng.random() < 0.16:
        return compact, "compact"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), "grouped"
