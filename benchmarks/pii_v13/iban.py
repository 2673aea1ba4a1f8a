"""IBANs with mod-97 check digits and, where a country has one, its own national check computed."""

from __future__ import annotations

import string

ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mod97_value(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


def with_check(country: str, bban: str) -> str:
    check = 98 - mod97_value(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def _it_cin(rest: str) -> str:
    total = 0
    for i, ch in enumerate(rest):
        idx = int(ch) if ch.isdigit() else string.ascii_uppercase.index(ch)
        total += ODD[idx] if i % 2 == 0 else idx
    return string.ascii_uppercase[total % 26]


def _es_dc(bank_branch: str, account: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(digits: str) -> str:
        value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return str({10: 1, 11: 0}.get(value, value))

    return one("00" + bank_branch) + one(account)


def _nl_account(rng) -> str:
    while True:
        acc = _digits(rng, 10)
        if acc[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return acc


def bban(rng, country: str) -> str:
    if country == "DE":
        return str(rng.randint(1, 8)) + _digits(rng, 7) + _digits(rng, 10)
    if country in ("GB", "IE"):
        bank = rng.choice(
            ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"] if country == "GB" else ["AIBK", "BOFI", "IPBS"]
        )
        return bank + _digits(rng, 6) + _digits(rng, 8)
    if country == "AT":
        return _digits(rng, 5) + _digits(rng, 11)
    if country == "CH":
        return _digits(rng, 5) + _digits(rng, 12)
    if country == "BR":
        return _digits(rng, 8) + _digits(rng, 5) + _digits(rng, 10) + rng.choice("CP") + "1"
    if country == "FR":
        bank, branch, acc = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
        return f"{bank}{branch}{acc}{key:02d}"
    if country == "ES":
        bank_branch, acc = _digits(rng, 8), _digits(rng, 10)
        return bank_branch + _es_dc(bank_branch, acc) + acc
    if country == "IT":
        rest = _digits(rng, 5) + _digits(rng, 5) + _digits(rng, 12)
        return _it_cin(rest) + rest
    if country == "BE":
        first = _digits(rng, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + _nl_account(rng)
    raise ValueError(country)


def make(rng, country: str, grouped: bool) -> str:
    compact = with_check(country, bban(rng, country))
    if not grouped:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
