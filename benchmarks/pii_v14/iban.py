"""IBANs with their national check digits computed where a country has them, then mod-97."""

from __future__ import annotations

import random

from .guards import mod97_ok


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters_to_rib(s: str) -> str:
    table = {c: str("12345678912345678923456789"[i]) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    return "".join(table.get(c, c) for c in s)


def _fr(rng: random.Random) -> str:
    bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
    key = 97 - (int(_letters_to_rib(bank + branch + acct)) * 100) % 97
    return bank + branch + acct + "%02d" % key


def _es(rng: random.Random) -> str:
    bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)

    def dc(s: str) -> str:
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s.zfill(10))) % 11
        return str({10: 1, 11: 0}.get(v, v))

    return bank + branch + dc("00" + bank + branch) + dc(acct) + acct


def _it(rng: random.Random) -> str:
    abi, cab = _digits(rng, 5), _digits(rng, 5)
    acct = _digits(rng, 12)
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    body = abi + cab + acct
    total = 0
    for i, c in enumerate(body):
        v = int(c)
        total += odd[v] if i % 2 == 0 else v
    return chr(ord("A") + total % 26) + body


def _nl(rng: random.Random) -> str:
    bank = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"])
    while True:
        acct = _digits(rng, 10)
        if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return bank + acct


def _be(rng: random.Random) -> str:
    body = _digits(rng, 10)
    check = int(body) % 97 or 97
    return body + "%02d" % check


BBAN = {
    "DE": lambda r: _digits(r, 18),
    "AT": lambda r: _digits(r, 16),
    "CH": lambda r: _digits(r, 17),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + _digits(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI", "IPBS"]) + _digits(r, 14),
    "BR": lambda r: _digits(r, 23) + r.choice("CP") + "1",
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "NL": _nl,
    "BE": _be,
}


def make(rng: random.Random, country: str) -> str:
    bban = BBAN[country](rng)
    for check in range(2, 99):
        iban = "%s%02d%s" % (country, check, bban)
        if mod97_ok(iban):
            return iban
    raise RuntimeError(country)


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
