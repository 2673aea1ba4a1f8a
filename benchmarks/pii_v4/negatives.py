"""Number-heavy values that are NOT personal data in the sense of the six kinds (held-out set v4).

Templates always print them behind a word that says what they are ("Claim no.", "Lot", "VIN").
Shapes that could pass for a PII value are broken on purpose: card-shaped runs fail Luhn, SSN
shapes break an SSA rule, IBAN shapes fail mod 97, dotted quads hold a part over 255. The
document-level hazard check in checks.py is the final word: a document that still holds a hazard
is drawn again.
"""

from __future__ import annotations

import random
import string

from benchmarks.pii_v4.values import iban_check, luhn_ok

D = string.digits
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(U) for _ in range(n))


def _an(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(U + D) for _ in range(n))


def plate(rng: random.Random, loc: str) -> str:
    forms = {
        "en_GB": lambda: f"{_u(rng, 2)}{_d(rng, 2)} {_u(rng, 3)}",
        "de_DE": lambda: f"{rng.choice(['B', 'M', 'HH', 'K', 'S', 'F'])}-{_u(rng, 2)} {rng.randint(1, 9999)}",
        "fr_FR": lambda: f"{_u(rng, 2)}-{_d(rng, 3)}-{_u(rng, 2)}",
        "es_ES": lambda: f"{_d(rng, 4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
        "it_IT": lambda: f"{_u(rng, 2)} {_d(rng, 3)}{_u(rng, 2)}",
        "nl_NL": lambda: f"{_u(rng, 2)}-{_d(rng, 3)}-{_u(rng, 1)}",
        "pt_BR": lambda: f"{_u(rng, 3)}{_d(rng, 1)}{_u(rng, 1)}{_d(rng, 2)}",
        "en_IN": lambda: f"{rng.choice(['MH', 'KA', 'DL', 'TN'])} {_d(rng, 2)} {_u(rng, 2)} {_d(rng, 4)}",
    }
    return forms.get(loc, lambda: f"{_d(rng, 1)}{_u(rng, 3)}{_d(rng, 3)}")()


def bad_luhn(rng: random.Random, n: int) -> str:
    while True:
        s = _d(rng, n)
        if not luhn_ok(s) and s[0] != "0":
            return s


def bad_iban(rng: random.Random) -> str:
    bban = _d(rng, 18)
    good = iban_check("DE", bban)
    bad = f"{(int(good) + rng.randint(1, 40)) % 97 + 2:02d}"
    return f"DE{bad}{bban}" if bad != good else f"DE{int(good) + 1:02d}{bban}"


def vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["WVW", "1HG", "VF1", "ZFA", "WBA", "9BW", "MA3"]) + "".join(
        rng.choice(chars) for _ in range(14)
    )


def postcode(rng: random.Random, loc: str) -> str:
    forms = {
        "en_GB": lambda: f"{_u(rng, 2)}{rng.randint(1, 19)} {rng.randint(1, 9)}{_u(rng, 2)}",
        "nl_NL": lambda: f"{rng.randint(1000, 9999)} {_u(rng, 2)}",
        "pt_BR": lambda: f"{_d(rng, 5)}-{_d(rng, 3)}",
        "en_IN": lambda: f"{rng.randint(110, 855)}{_d(rng, 3)}",
        "en_US": lambda: f"{_d(rng, 5)}" if rng.random() < 0.7 else f"{_d(rng, 5)}-{_d(rng, 4)}",
    }
    return forms.get(loc, lambda: f"{rng.randint(10, 98)}{_d(rng, 3)}")()


def vat(rng: random.Random, loc: str) -> str:
    forms = {
        "en_GB": lambda: f"GB {_d(rng, 3)} {_d(rng, 4)} {_d(rng, 2)}",
        "de_DE": lambda: f"DE{_d(rng, 9)}",
        "fr_FR": lambda: f"FR{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        "es_ES": lambda: f"ES{_u(rng, 1)}{_d(rng, 8)}",
        "it_IT": lambda: f"IT{_d(rng, 11)}",
        "nl_NL": lambda: f"NL{_d(rng, 9)}B0{rng.randint(1, 9)}",
        "pt_BR": lambda: f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}/0001-{_d(rng, 2)}",
        "en_IN": lambda: f"{rng.randint(10, 37)}{_u(rng, 5)}{_d(rng, 4)}{_u(rng, 1)}1Z{_an(rng, 1)}",
    }
    return forms.get(loc, lambda: f"{_d(rng, 2)}-{_d(rng, 7)}")()


def _measure(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(40, 240)} m²",
            f"{rng.randint(2, 19)},{rng.randint(0, 9)} kg",
            f"{rng.randint(100, 999)} x {rng.randint(100, 999)} mm",
            f"{rng.randint(1, 40)}.{rng.randint(0, 9)} km",
            f"{rng.randint(50, 500)} ml",
        ]
    )


def _coord(rng: random.Random) -> str:
    return f"{rng.uniform(36, 58):.5f}, {rng.uniform(-8, 16):.5f}"


def _bad_ip(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(256, 999)}.{rng.randint(0, 99)}.{rng.randint(0, 9)}"


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _bad_ssn(rng: random.Random) -> str:
    return rng.choice(
        [
            f"9{_d(rng, 2)}-{rng.randint(70, 99)}-{_d(rng, 4)}",
            f"000-{rng.randint(10, 99)}-{_d(rng, 4)}",
            f"{rng.randint(100, 665)}-00-{_d(rng, 4)}",
        ]
    )


def _isbn(rng: random.Random) -> str:
    body = "978" + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


def _grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def make(rng: random.Random, kind: str, loc: str) -> str:
    """One negative of `kind` for locale `loc`."""
    y = rng.randint(2016, 2025)
    table = {
        "claim": lambda: f"CLM-{y}-{_d(rng, 7)}",
        "policy": lambda: f"{_u(rng, 2)}{_d(rng, 3)}/{_d(rng, 5)}/{_u(rng, 1)}",
        "case": lambda: f"{y}/{_u(rng, 2)}/{_d(rng, 5)}",
        "docket": lambda: f"{rng.randint(1, 4)}:{y % 100}-cv-{_d(rng, 5)}",
        "order": lambda: f"{_u(rng, 1)}{_d(rng, 2)}-{_d(rng, 7)}",
        "invoice": lambda: f"INV-{y}-{_d(rng, 5)}",
        "tracking": lambda: f"1Z{_an(rng, 6)}{_d(rng, 10)}",
        "parcel": lambda: f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
        "serial": lambda: f"SN{_an(rng, 3)}-{_an(rng, 4)}-{_an(rng, 3)}",
        "part": lambda: f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
        "lot": lambda: f"{y % 100}{_u(rng, 1)}{_d(rng, 4)}",
        "plate": lambda: plate(rng, loc),
        "vin": lambda: vin(rng),
        "imei": lambda: bad_luhn(rng, 15),
        "giftcard": lambda: _grouped(bad_luhn(rng, 16)),
        "account": lambda: f"{_d(rng, 8)}-{_d(rng, 2)}",
        "member": lambda: f"{_u(rng, 1)}{_d(rng, 6)}",
        "student": lambda: f"{y}{_d(rng, 5)}",
        "passport": lambda: f"{_u(rng, 1)}{_an(rng, 8)}",
        "room": lambda: f"{rng.randint(1, 6)}.{rng.randint(10, 48)}",
        "seat": lambda: f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}",
        "gate": lambda: f"{rng.choice('ABCDE')}{rng.randint(1, 60)}",
        "flight": lambda: (
            f"{rng.choice(['LH', 'BA', 'AF', 'IB', 'AZ', 'KL', 'LA', 'AI', 'UA'])} {rng.randint(10, 9999)}"
        ),
        "train": lambda: (
            f"{rng.choice(['ICE', 'TGV', 'IC', 'AVE', 'FR', 'Rajdhani'])} {rng.randint(100, 9999)}"
        ),
        "postcode": lambda: postcode(rng, loc),
        "vat": lambda: vat(rng, loc),
        "company": lambda: f"{_d(rng, 8)}",
        "bic": lambda: f"{_u(rng, 4)}{rng.choice(['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BR'])}{_an(rng, 2)}",
        "sort": lambda: f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}",
        "routing": lambda: f"0{_d(rng, 8)}",
        "isbn": lambda: _isbn(rng),
        "doi": lambda: f"10.{rng.randint(1000, 9999)}/{_u(rng, 3).lower()}.{y}.{_d(rng, 5)}",
        "version": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 400)}",
        "hash": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40]))),
        "uuid": lambda: _uuid(rng),
        "maskcard": lambda: f"**** **** **** {_d(rng, 4)}",
        "maskiban": lambda: (
            f"{rng.choice(['DE', 'NL', 'FR', 'ES', 'IT'])}** **** **** **{_d(rng, 2)} {_d(rng, 2)}"
        ),
        "badiban": lambda: bad_iban(rng),
        "badssn": lambda: _bad_ssn(rng),
        "badip": lambda: _bad_ip(rng),
        "measure": lambda: _measure(rng),
        "coord": lambda: _coord(rng),
        "price": lambda: f"{rng.randint(3, 4999)},{_d(rng, 2)}",
        "qty": lambda: str(rng.randint(2, 480)),
        "years": lambda: f"{rng.randint(1890, 1960)}\u2013{rng.randint(1961, 2024)}",
        "verse": lambda: (
            f"{rng.choice(['John', 'Psalm', 'Luke', 'Romans', 'Isaiah'])} "
            f"{rng.randint(1, 40)}:{rng.randint(1, 30)}"
        ),
        "score": lambda: f"{rng.randint(0, 6)}\u2013{rng.randint(0, 6)}",
        "duration": lambda: f"{rng.randint(0, 3)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "taxref": lambda: f"{_d(rng, 2)}/{_d(rng, 3)}/{_d(rng, 5)}",
        "employee": lambda: f"E-{_d(rng, 6)}",
        "rx": lambda: f"RX{_d(rng, 7)}",
        "ndc": lambda: f"{_d(rng, 5)}-{_d(rng, 3)}-{_d(rng, 2)}",
        "kvk": lambda: f"{_d(rng, 8)}",
        "pages": lambda: f"{rng.randint(10, 300)}\u2013{rng.randint(301, 600)}",
    }
    return table[kind]()


KINDS = sorted(
    "claim policy case docket order invoice tracking parcel serial part lot plate vin imei giftcard account "
    "member student passport room seat gate flight train postcode vat company bic sort routing isbn doi "
    "version hash uuid maskcard maskiban badiban badssn badip measure coord price qty years verse score "
    "duration taxref employee rx ndc kvk pages".split()
)
