"""Values of the v25 hard negatives: digit strings that are not phone numbers, many in a phone's layout.

KINDS maps a kind to (class, generator); class "r" is a reference people quote, "q" a quantity,
date, time or measurement. Generators take (rng, locale) and return the text as written there.
"""

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
COMMA = ("de", "fr", "es", "it", "nl", "pt")


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


def _lang(locale: str) -> str:
    return locale.split("_")[0]


def _dec(locale: str, text: str) -> str:
    return text.replace(".", ",") if _lang(locale) in COMMA else text


def _pick(rng, *options):
    return rng.choice(options)


def parcel(rng, loc):
    return _pick(
        rng,
        f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
        f"{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"JJD{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
        f"{_d(rng, 5)}-{_d(rng, 5)}-{_d(rng, 2)}",
        f"LX{_d(rng, 9)}{rng.choice(['DE', 'NL', 'FR', 'BR', 'IN', 'GB'])}",
    )


def order(rng, loc):
    return _pick(
        rng,
        f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
        f"#{_nz(rng, 6)}",
        f"{_nz(rng, 4)} {_d(rng, 3)} {_d(rng, 3)}",
        f"A{_d(rng, 2)}-{_d(rng, 6)}",
        f"{_nz(rng, 9)}",
    )


def invoice(rng, loc):
    y = rng.randint(2021, 2025)
    return _pick(
        rng,
        f"{y}-{_d(rng, 5)}",
        f"RE {_d(rng, 4)}/{_d(rng, 4)}",
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}",
        f"INV-{_d(rng, 6)}",
        f"{y}/{_d(rng, 3)}/{_d(rng, 2)}",
    )


def meter(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 1)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{_nz(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
        f"Z{_d(rng, 7)}",
        f"{_nz(rng, 8)}",
        f"{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}",
    )


def policy(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}",
        f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}/{_d(rng, 3)}",
        f"P-{_d(rng, 7)}",
        f"{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
    )


def customer(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 3)} {_d(rng, 4)} {_d(rng, 3)}",
        f"{_nz(rng, 7)}",
        f"K{_d(rng, 6)}",
        f"{_nz(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{_nz(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
    )


def case(rng, loc):
    y = rng.randint(2022, 2025)
    return _pick(
        rng,
        f"{_nz(rng, 4)} {_d(rng, 4)}",
        f"{y}/{_d(rng, 5)}",
        f"{_nz(rng, 1)} C {_nz(rng, 3)}/{y % 100}",
        f"{_nz(rng, 3)}-{_d(rng, 4)}-{_d(rng, 3)}",
        f"{_nz(rng, 8)}",
    )


def ticket(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{_nz(rng, 10)}",
        f"TK {_d(rng, 3)}-{_d(rng, 4)}",
    )


def serial(rng, loc):
    return _pick(
        rng,
        f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 3)}",
        f"SN{_d(rng, 9)}",
        f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{_d(rng, 8)}",
        f"{_nz(rng, 3)} {_d(rng, 4)} {_d(rng, 4)}",
    )


def reservation(rng, loc):
    return _pick(
        rng, f"{_nz(rng, 4)} {_d(rng, 3)}", f"{_nz(rng, 6)}", f"R-{_d(rng, 5)}", f"{_nz(rng, 3)}-{_d(rng, 3)}"
    )


def loyalty(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 1)}",
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{_nz(rng, 11)}",
        f"{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
    )


def voucher(rng, loc):
    four = "".join(rng.choice(LETTERS) for _ in range(4))
    return _pick(
        rng, f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", f"{four}-{_d(rng, 4)}", f"{_nz(rng, 6)} {_d(rng, 4)}"
    )


def student(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 7)}",
        f"{rng.randint(2019, 2024)}{_d(rng, 4)}",
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}",
        f"{_nz(rng, 2)} {_d(rng, 5)}",
    )


def candidate(rng, loc):
    return _pick(rng, f"{_nz(rng, 5)}/{_d(rng, 4)}", f"{_nz(rng, 4)}", f"{_nz(rng, 5)} {_d(rng, 4)}")


def hymn(rng, loc):
    nums = [str(rng.randint(1, 799)) for _ in range(rng.randint(3, 4))]
    return ", ".join(nums)


def room(rng, loc):
    return _pick(
        rng,
        f"{rng.randint(0, 4)}.{_d(rng, 3)}",
        f"{_nz(rng, 3)} {_d(rng, 3)}",
        f"B{rng.randint(1, 5)}.{_d(rng, 2)}",
        f"{_nz(rng, 3)}",
        f"{rng.randint(1, 9)}-{_d(rng, 3)}",
    )


def locker(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 3)}, {_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}",
        f"{_nz(rng, 3)}/{_d(rng, 2)}",
        f"{_nz(rng, 2)} {_d(rng, 4)}",
    )


def bib(rng, loc):
    return _pick(rng, f"{_nz(rng, 4)}", f"{_nz(rng, 3)}", f"{_nz(rng, 5)}")


def racetime(rng, loc):
    return f"{rng.randint(1, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def microchip(rng, loc):
    cc = {"de": "276", "fr": "250", "es": "724", "it": "380", "nl": "528", "pt": "076", "hi": "356"}
    head = cc.get(_lang(loc), "985" if loc == "en_US" else "826")
    return _pick(
        rng,
        f"{head} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{head}{_d(rng, 12)}",
        f"{head} {_d(rng, 2)} {_d(rng, 10)}",
    )


def plate(rng, loc):
    L = "".join(rng.choice(LETTERS) for _ in range(3))
    r = loc.split("_")[1]
    if r == "DE" or r == "AT" or r == "CH":
        town = rng.choice(["B", "M", "HH", "K", "BA", "TÜ", "GR", "LU"])
        return f"{town}-{L[:2]} {_nz(rng, rng.randint(2, 4))}"
    if r == "GB":
        return f"{L[:2]}{rng.randint(10, 74)} {L}"
    if r in ("IE", "AU"):
        return f"{rng.randint(12, 24)}-{L[:2]}-{_nz(rng, 4)}"
    if r == "US":
        return f"{_nz(rng, 1)}{L}{_d(rng, 3)}"
    if r == "IN":
        state = rng.choice(["MH", "KA", "DL", "RJ", "UP", "GJ"])
        return f"{state} {rng.randint(1, 40):02d} {L[:2]} {_nz(rng, 4)}"
    if r == "NL" or r == "BE":
        return f"{_nz(rng, 2)}-{L}-{_d(rng, 1)}" if r == "NL" else f"1-{L}-{_d(rng, 3)}"
    if r == "BR":
        return f"{L}{_d(rng, 1)}{rng.choice(LETTERS)}{_d(rng, 2)}"
    if r == "ES":
        return f"{_d(rng, 4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    return f"{L[:2]}-{_d(rng, 3)}-{L[1:]}"


def tyre(rng, loc):
    return (
        f"{rng.choice([175, 185, 195, 205, 215, 225])}/{rng.choice([45, 50, 55, 60, 65])} "
        f"R{rng.choice([14, 15, 16, 17, 18])} {rng.randint(82, 99)}{rng.choice('HTVW')}"
    )


def paint(rng, loc):
    return _pick(
        rng,
        f"RAL {rng.choice(['7016', '9010', '6005', '3004', '5014', '1015', '7035'])}",
        f"NCS S {rng.choice(['0502', '1005', '2005', '1510'])}-{rng.choice(['Y', 'G', 'R', 'B'])}"
        f"{rng.choice(['10', '20', '50', '80'])}{rng.choice(['R', 'Y', 'G', 'B'])}",
        f"No. {rng.randint(1, 310)}",
    )


def dyelot(rng, loc):
    return _pick(rng, f"{_nz(rng, 5)}", f"{_nz(rng, 3)}-{_d(rng, 2)}", f"{_nz(rng, 4)} / {_d(rng, 3)}")


def batch(rng, loc):
    return _pick(
        rng,
        f"L {_nz(rng, 5)} {_d(rng, 3)}",
        f"L{rng.randint(22, 25)}{_d(rng, 3)}",
        f"LOT {_nz(rng, 6)}",
        f"{_nz(rng, 2)} {_d(rng, 3)} {_d(rng, 2)}",
    )


def ean(rng, loc):
    body = rng.choice(["40", "50", "30", "84", "80", "87", "78", "89", "00"]) + _d(rng, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return _pick(rng, f"{full[0]} {full[1:7]} {full[7:]}", full)


def article(rng, loc):
    return _pick(
        rng,
        f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 2)}",
        f"{_nz(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{_nz(rng, 6)}",
        f"{_nz(rng, 3)}-{_d(rng, 4)}",
    )


def isbn(rng, loc):
    groups = {"de": "3", "fr": "2", "es": "84", "it": "88", "nl": "90", "pt": "85", "hi": "81"}
    grp = groups.get(_lang(loc), "1")
    pub = _nz(rng, 7 - len(grp) if len(grp) == 1 else 4)
    title = _d(rng, 12 - 3 - len(grp) - len(pub))
    body = "978" + grp + pub + title
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return f"978-{grp}-{pub}-{title}-{(10 - s % 10) % 10}"


def postcode(rng, loc):
    r = loc.split("_")[1]
    if r == "US":
        return _pick(rng, f"{_nz(rng, 5)}", f"{_nz(rng, 5)}-{_d(rng, 4)}")
    if r in ("DE", "FR", "ES", "IT"):
        return f"{rng.randint(1, 9)}{_d(rng, 4)}" if r != "ES" else f"{rng.randint(1, 52):02d}{_d(rng, 3)}"
    if r in ("AT", "CH", "BE", "AU"):
        return _nz(rng, 4)
    if r == "NL":
        return f"{_nz(rng, 4)} {''.join(rng.choice('ABCDEGHJKLMNPRSTVWXZ') for _ in range(2))}"
    if r == "BR":
        return f"{_d(rng, 5)}-{_d(rng, 3)}"
    if r == "IN":
        return _pick(rng, f"{_nz(rng, 6)}", f"{_nz(rng, 3)} {_d(rng, 3)}")
    if r == "IE":
        return f"D{rng.randint(1, 24):02d} {rng.choice(LETTERS)}{_d(rng, 1)}{rng.choice(LETTERS)}{_d(rng, 1)}"
    tail = f"{_d(rng, 1)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
    return f"{rng.choice(['LS', 'M', 'BS', 'YO', 'CB'])}{rng.randint(1, 20)} {tail}"


def pobox(rng, loc):
    return _pick(
        rng, f"{_nz(rng, 4)}", f"{_nz(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", f"{_nz(rng, 5)}", f"{_nz(rng, 3)}"
    )


def coords(rng, loc):
    lat, lon = rng.uniform(-33, 59), rng.uniform(-99, 88)
    if rng.random() < 0.7:
        return f"{lat:.5f}, {lon:.5f}" if _lang(loc) not in COMMA else f"{lat:.5f} {lon:.5f}"
    a, b = abs(lat), abs(lon)
    return (
        f"{int(a)}°{int(a % 1 * 60):02d}'{a * 3600 % 60:04.1f}\"{'N' if lat > 0 else 'S'} "
        f"{int(b)}°{int(b % 1 * 60):02d}'{b * 3600 % 60:04.1f}\"{'E' if lon > 0 else 'W'}"
    )
