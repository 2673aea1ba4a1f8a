"""Unlabelled, number-heavy look-alikes for the v3 held-out set.

Each generator takes (rng, region) and returns the text of one value; the template around it names
what the value is ("Order no. {order}"), so a phone-shaped reference is always announced as
something else. The self-check rejects any document where one of these happens to be a card that
passes Luhn, an SSN shape that keeps the SSA rules, an IBAN shape that passes mod 97, a dotted IPv4
address or an e-mail address; the document is then drawn again.
"""

from __future__ import annotations

import string

from v3_core import CARD_SCHEMES, group

UP = string.ascii_uppercase
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}
LANG = {
    "US": "en",
    "GB": "en",
    "IN": "en",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "BR": "pt",
}


def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _d1(rng, n: int) -> str:
    return str(rng.randrange(1, 10)) + _d(rng, n - 1)


def _a(rng, n: int) -> str:
    return "".join(rng.choice(UP) for _ in range(n))


def order(rng, region):
    return rng.choice(
        [
            lambda: _d1(rng, rng.randrange(6, 11)),
            lambda: f"{_d1(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}",
            lambda: f"{_d1(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            lambda: f"{_a(rng, 3)}-{rng.randrange(2023, 2027)}-{_d(rng, 6)}",
            lambda: f"#{_d1(rng, 5)}",
            lambda: f"{_a(rng, 2)}{_d(rng, 8)}",
        ]
    )()


def ref(rng, region):
    return rng.choice(
        [
            lambda: f"{_a(rng, 3)}-{_d(rng, 5)}-{_a(rng, 1)}{_d(rng, 1)}{_a(rng, 2)}",
            lambda: f"INC{_d(rng, 7)}",
            lambda: f"#{_d1(rng, rng.randrange(4, 7))}",
            lambda: f"{_d1(rng, 4)}/{_d(rng, 2)}",
            lambda: f"{_a(rng, 2)}-{_d1(rng, 6)}",
            lambda: f"{_d1(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}",
        ]
    )()


def invoice(rng, region):
    y = rng.randrange(2022, 2027)
    return rng.choice(
        [
            f"RE-{y}-{_d(rng, 5)}",
            f"INV/{y}/{_d(rng, 4)}",
            f"F{y}-{_d(rng, 4)}",
            f"{y}{_d(rng, 6)}",
            f"FAC-{_d(rng, 6)}",
            f"NF {_d(rng, 3)}.{_d(rng, 3)}",
        ]
    )


def tracking(rng, region):
    return rng.choice(
        [
            f"1Z {_a(rng, 3)}{_d(rng, 3)} {_d(rng, 2)} {_d(rng, 4)} {_d(rng, 3)}",
            f"JJD{_d(rng, 18)}",
            f"{_a(rng, 2)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 1)}GB",
            f"{_a(rng, 2)}{_d(rng, 9)}{rng.choice(['BR', 'DE', 'NL', 'IN', 'IT', 'ES', 'FR'])}",
            f"00{_d(rng, 18)}",
            f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
        ]
    )


def serial(rng, region):
    return rng.choice(
        [
            f"{_a(rng, 1)}{_d(rng, 2)}{_a(rng, 2)}{_d(rng, 1)}{_a(rng, 3)}{_d(rng, 2)}",
            f"SN{_d(rng, 10)}",
            f"{_d(rng, 4)}-{_a(rng, 4)}-{_d(rng, 4)}",
            f"{_a(rng, 3)}{_d(rng, 9)}",
        ]
    )


def booking(rng, region):
    alnum = UP.replace("O", "").replace("I", "") + "23456789"
    return rng.choice(
        [
            "".join(rng.choice(alnum) for _ in range(6)),
            f"{_d1(rng, 4)} {_d(rng, 3)} {_d(rng, 3)}",
            f"BK{_d(rng, 8)}",
            f"{_d1(rng, 10)}",
        ]
    )


def account(rng, region):  # membership, policy, customer and contract numbers
    return rng.choice(
        [
            _d1(rng, 8),
            f"{_d1(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            f"{_a(rng, 2)}-{_d(rng, 7)}",
            f"{_d1(rng, 4)}.{_d(rng, 4)}.{_d(rng, 2)}",
            f"{_d1(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}",
            f"{_d1(rng, 10)}",
            f"{_d1(rng, 3)}/{_d(rng, 5)}",
        ]
    )


def flight(rng, region):
    return (
        f"{rng.choice(['LH', 'BA', 'AF', 'IB', 'AZ', 'KL', 'LA', 'AI', 'UA', 'DL', 'FR', 'U2', 'VY'])}"
        f"{rng.choice(['', ' '])}{rng.randrange(10, 9999)}"
    )


def train(rng, region):
    kind = rng.choice(["ICE", "IC", "TGV", "AVE", "FR", "IC", "RE", "Eurostar", "Rajdhani"])
    return f"{kind} {rng.randrange(2, 9999)}"


def seat(rng, region):
    return rng.choice(
        [
            f"{rng.randrange(1, 45)}{rng.choice('ABCDEF')}",
            f"{rng.randrange(1, 120)}",
            f"{rng.choice('ABCDEFG')}{rng.randrange(1, 60)}",
        ]
    )


def platform(rng, region):
    return f"{rng.randrange(1, 25)}{rng.choice(['', '', '', 'a', 'b'])}"


def room(rng, region):
    return str(rng.choice([rng.randrange(101, 999), rng.randrange(1, 40), rng.randrange(1001, 2400)]))


def vat(rng, region):
    return {
        "DE": lambda: f"DE{rng.choice(['', ' '])}{_d1(rng, 9)}",
        "GB": lambda: f"GB {_d1(rng, 3)} {_d(rng, 4)} {_d(rng, 2)}",
        "FR": lambda: f"FR{_d(rng, 2)} {_d1(rng, 9)}",
        "ES": lambda: f"ES{_a(rng, 1)}{_d(rng, 8)}",
        "IT": lambda: f"IT{_d(rng, 11)}",
        "NL": lambda: f"NL{_d(rng, 9)}B{_d(rng, 2)}",
        "BR": lambda: f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}/0001-{_d(rng, 2)}",
        "IN": lambda: f"{_d(rng, 2)}{_a(rng, 5)}{_d(rng, 4)}{_a(rng, 1)}1Z{_d(rng, 1)}",
    }.get(region, lambda: f"{_d(rng, 2)}-{_d1(rng, 7)}")()


def company_id(rng, region):
    return {
        "DE": lambda: f"HRB {_d1(rng, 5)}",
        "GB": lambda: _d(rng, 8),
        "FR": lambda: f"{_d1(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        "ES": lambda: f"B{_d(rng, 8)}",
        "IT": lambda: f"MI-{_d1(rng, 7)}",
        "NL": lambda: _d1(rng, 8),
        "IN": lambda: f"U{_d(rng, 5)}MH{rng.randrange(1990, 2024)}PTC{_d(rng, 6)}",
        "BR": lambda: f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}/0001-{_d(rng, 2)}",
    }.get(region, lambda: f"{_d(rng, 2)}-{_d1(rng, 7)}")()


def bic(rng, region):
    cc = {
        "US": "US",
        "GB": "GB",
        "IN": "IN",
        "DE": "DE",
        "FR": "FR",
        "ES": "ES",
        "IT": "IT",
        "NL": "NL",
        "BR": "BR",
    }.get(region, "BE")
    location = rng.choice(["2L", "22", "FF", "MM", "2A", "XX"])
    return f"{_a(rng, 4)}{cc}{location}{rng.choice(['', 'XXX', _d(rng, 3)])}"


def bankcode(rng, region):
    if region == "GB":
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if region == "US":
        return _d1(rng, 9)
    if region == "IN":
        return f"{_a(rng, 4)}0{_d(rng, 6)}"
    if region == "DE":
        return f"{_d1(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}"
    return f"{_d(rng, 5)}"


def date(rng, region):
    y, m, d = rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    lang = LANG.get(region or "", "en")
    name = MONTHS[lang][m - 1]
    if region == "US":
        forms = [f"{m}/{d}/{y}", f"{name} {d}, {y}", f"{m:02d}/{d:02d}/{y % 100:02d}"]
    elif lang == "en":
        forms = [f"{d}/{m:02d}/{y}", f"{d} {name} {y}", f"{d}-{name[:3]}-{y}"]
    elif lang == "de":
        forms = [f"{d:02d}.{m:02d}.{y}", f"{d}. {name} {y}", f"{d}.{m}.{y % 100:02d}"]
    elif lang == "nl":
        forms = [f"{d}-{m}-{y}", f"{d} {name} {y}", f"{d:02d}-{m:02d}-{y}"]
    else:
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {'de ' if lang in ('es', 'pt') else ''}{name}{' de' if lang in ('es', 'pt') else ''} {y}",
            f"{d}/{m}/{y % 100:02d}",
        ]
    return rng.choice(forms + [f"{y}-{m:02d}-{d:02d}"])


def time(rng, region):
    h = rng.randrange(7, 21) if rng.random() < 0.9 else rng.randrange(0, 24)
    m = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if region == "US" or (region in ("GB", "IN") and rng.random() < 0.5):
        return f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    if region == "FR" and rng.random() < 0.5:
        return f"{h}h{m:02d}"
    return f"{h:02d}:{m:02d}"


def price(rng, region):
    amount = rng.choices(
        [
            rng.randrange(1, 100) + rng.randrange(100) / 100,
            rng.randrange(100, 1000) + 0.99,
            rng.randrange(1000, 25000) * 1.0,
        ],
        weights=[6, 3, 1],
    )[0]
    whole, cents = int(amount), round((amount - int(amount)) * 100)
    if region in ("US", "GB", "IN"):
        sym = {"US": "$", "GB": "£", "IN": "₹"}[region]
        return f"{sym}{whole:,}.{cents:02d}" if cents or rng.random() < 0.5 else f"{sym}{whole:,}"
    body = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    if region == "BR":
        return f"R$ {body}"
    if region in ("AU", "PL", "SE"):
        return {"AU": f"A${whole:,}.{cents:02d}", "PL": f"{body} zł", "SE": f"{body} kr"}[region]
    return rng.choice([f"{body} €", f"€ {body}", f"{body} EUR"])


def quantity(rng, region):
    return rng.choice(
        [
            f"{rng.randrange(2, 12)} x {rng.choice([125, 250, 500, 750])} g",
            f"{rng.randrange(1, 40)} kg",
            f"{rng.randrange(1, 3)},{rng.randrange(10, 99)} m",
            f"{rng.randrange(2, 60)} cm",
            f"{rng.choice([5, 12, 24, 230])} V",
            f"{rng.randrange(10, 2000)} W",
            f"{rng.randrange(1, 12)} l",
            f"{rng.randrange(20, 180)} m²",
            f"{rng.randrange(3, 99)} pcs",
        ]
    )


def weight(rng, region):
    if rng.random() < 0.7:
        return f"{rng.choice([50, 100, 125, 150, 200, 250, 300, 400, 500, 750])} g"
    return f"{rng.randrange(1, 4)}{',' if region not in ('US', 'GB', 'IN') else '.'}{rng.randrange(1, 10)} kg"


def isbn(rng, region):
    body = rng.choice(["978", "979"]) + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    full = body + str(chk)
    return rng.choice([f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}", full])


def version(rng, region):
    return rng.choice(
        [
            f"v{rng.randrange(0, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 99)}",
            f"{rng.randrange(1, 5)}.{rng.randrange(0, 20)}",
            f"{rng.randrange(2019, 2026)}.{rng.randrange(1, 13)}.{_d(rng, 3)}",
            f"{rng.randrange(1, 4)}.{rng.randrange(0, 12)}.{rng.randrange(0, 9)}-rc{rng.randrange(1, 5)}",
            f"{rng.randrange(100, 140)}.0.{rng.randrange(3000, 6999)}.{rng.randrange(10, 300)}",
        ]
    )


def coords(rng, region):
    lat, lon = rng.uniform(-60, 70), rng.uniform(-120, 140)
    if rng.random() < 0.5:
        return f"{lat:.6f}, {lon:.6f}"
    return f"{abs(lat):.4f}° {'N' if lat > 0 else 'S'}, {abs(lon):.4f}° {'E' if lon > 0 else 'W'}"


def hexhash(rng, region):
    n = rng.choice([7, 12, 32, 40, 64])
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def maskcard(rng, region):
    last = _d(rng, 4)
    scheme = rng.choice(list(CARD_SCHEMES))
    prefix, length, sizes = CARD_SCHEMES[scheme]
    stars = group("*" * (length - 4) + last, sizes, " ")
    return rng.choice(
        [
            stars,
            stars.replace("*", "X").replace(" ", "-"),
            f"•••• {last}",
            f"xxxx{last}",
            f"{_d1(rng, 4)} {'*' * 4} {'*' * 4} {last}",
            f"{prefix[0]}{'*' * (length - 4 - len(prefix[0]))}{last}",
        ]
    )


def maskiban(rng, region):
    cc = region if region in ("DE", "GB", "FR", "ES", "IT", "NL") else "DE"
    return rng.choice(
        [
            f"{cc}{_d(rng, 2)} **** **** **** **{_d(rng, 2)} {_d(rng, 2)}",
            f"{cc}** **** **** {_d(rng, 4)}",
            f"{cc}{_d(rng, 2)} XXXX XXXX XXXX {_d(rng, 4)}",
            f"…{_d(rng, 4)}",
        ]
    )


def mac(rng, region):
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randrange(256):02X}" for _ in range(6))


def otp(rng, region):
    return _d(rng, rng.choice([4, 6, 6, 8]))


def score(rng, region):
    return rng.choice(
        [
            f"{rng.randrange(0, 6)}-{rng.randrange(0, 6)}",
            f"{rng.randrange(0, 5)}:{rng.randrange(0, 5)}",
            f"{rng.randrange(70, 130)}–{rng.randrange(70, 130)}",
        ]
    )


def lotto(rng, region):
    nums = sorted(rng.sample(range(1, 50), 6))
    return " ".join(f"{n:02d}" for n in nums)


def timestamp(rng, region):
    y, mo, d = rng.randrange(2022, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    return rng.choice(
        [
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{_d(rng, 3)}+01:00",
        ]
    )


def epoch(rng, region):
    return str(rng.randrange(1_650_000_000, 1_760_000_000))


def sku(rng, region):
    return rng.choice(
        [
            f"{_d(rng, 2)}-{_d(rng, 4)}-{_a(rng, 2)}",
            f"{_a(rng, 3)}-{_d(rng, 5)}",
            f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 2)}",
        ]
    )


def ean(rng, region):
    body = rng.choice(["400", "500", "800", "840", "789", "890", "871", "300"]) + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(chk)


def postcode(rng, region):
    return {
        "US": lambda: rng.choice([_d1(rng, 5), f"{_d1(rng, 5)}-{_d(rng, 4)}"]),
        "GB": lambda: f"{_a(rng, 2)}{rng.randrange(1, 20)} {rng.randrange(1, 9)}{_a(rng, 2)}",
        "IN": lambda: _d1(rng, 6),
        "NL": lambda: f"{_d1(rng, 4)} {_a(rng, 2)}",
        "BR": lambda: f"{_d1(rng, 5)}-{_d(rng, 3)}",
    }.get(region, lambda: _d1(rng, 5))()


def itin(rng, region):  # US ITIN: area 9xx, so never a valid SSN
    return f"9{_d(rng, 2)}-{rng.choice(['70', '78', '83', '88', '92'])}-{_d(rng, 4)}"


def ein(rng, region):
    return f"{_d1(rng, 2)}-{_d(rng, 7)}"


def arith(rng, region):
    a, b = rng.randrange(100, 999), rng.randrange(100, 999)
    return rng.choice(
        [f"{a} + {b} = {a + b}", f"{a} × {b % 90 + 2} = {a * (b % 90 + 2)}", f"{a * 10} - {b} = {a * 10 - b}"]
    )


def smallnum(rng, region):
    return str(rng.randrange(2, 400))


def percent(rng, region):
    return f"{rng.randrange(1, 99)}{rng.choice(['.', ','])}{rng.randrange(10)} %"


def year(rng, region):
    return str(rng.randrange(1995, 2026))


def last4(rng, region):
    return _d(rng, 4)


def dob(rng, region):
    y, m, d = rng.randrange(1955, 2005), rng.randrange(1, 13), rng.randrange(1, 29)
    if region == "US":
        return f"{m:02d}/{d:02d}/{y}"
    if region in ("DE",):
        return f"{d:02d}.{m:02d}.{y}"
    if region == "NL":
        return f"{d:02d}-{m:02d}-{y}"
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def extension(rng, region):
    return str(rng.randrange(10, 9999))


NEGATIVES = {
    name: fn
    for name, fn in globals().items()
    if callable(fn) and not name.startswith("_") and fn.__module__ == __name__ and name != "group"
}
# negatives that can look like a phone number: the template must name them (checked by the self-check)
PHONE_SHAPED = {
    "order",
    "ref",
    "booking",
    "account",
    "company_id",
    "bankcode",
    "epoch",
    "invoice",
    "otp",
    "tracking",
    "ean",
    "isbn",
    "vat",
    "ein",
    "itin",
    "arith",
    "lotto",
}
