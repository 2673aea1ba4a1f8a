"""Hard negatives: numbers that are not personal data. Each kind renders one short phrase.

Every generator takes (rng, lang) and returns text that must never be labelled. Digit runs of
13-19 digits are checked to fail Luhn, IBAN-like strings are never mod-97 valid, dashed
SSN-shaped strings always break SSA rules and dotted quads always have a part over 255.
"""

from .neg_labels import LABELS, MONTHS

KINDS = {}


def kind(fn):
    KINDS[fn.__name__.strip("_")] = fn
    return fn


def d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def lab(rng, key, lang):
    table = LABELS[key]
    return rng.choice(table.get(lang, table["en"]))


def upper(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


@kind
def order(rng, lang):
    body = rng.choice(
        [
            f"{d(rng, 4)}-{d(rng, 4)}",
            f"{upper(rng, 2)}-{d(rng, 6)}",
            d(rng, 8, "123456789"),
            f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}",
        ]
    )
    return f"{lab(rng, 'order', lang)} {body}"


@kind
def invoice(rng, lang):
    return f"{lab(rng, 'invoice', lang)} {rng.choice(['INV-', 'R', 'FA', ''])}{rng.randint(2019, 2025)}-{d(rng, 5)}"


@kind
def ticket(rng, lang):
    return f"{lab(rng, 'ticket', lang)} {rng.choice(['', '#', 'SR-', 'INC'])}{d(rng, rng.randint(5, 8), '123456789')}"


@kind
def claim(rng, lang):
    return f"{lab(rng, 'claim', lang)} {rng.choice(['CLM-', '', 'S-'])}{d(rng, 7)}/{rng.randint(20, 25)}"


@kind
def policy(rng, lang):
    return f"{lab(rng, 'policy', lang)} {upper(rng, 2)} {d(rng, 4)} {d(rng, 4)} {d(rng, 2)}"


@kind
def tracking(rng, lang):
    body = rng.choice(
        [
            f"1Z {upper(rng, 3)} {d(rng, 3)} {d(rng, 2)} {d(rng, 4)} {d(rng, 3)}",
            f"{upper(rng, 2)}{d(rng, 9)}{rng.choice(['DE', 'FR', 'NL', 'IT', 'BR', 'GB'])}",
            f"JJD{d(rng, 20)}",
            f"3S{upper(rng, 4)}{d(rng, 7)}",
        ]
    )
    return f"{lab(rng, 'tracking', lang)} {body}"


@kind
def serial(rng, lang):
    return f"{lab(rng, 'serial', lang)} {d(rng, 1, '123456789')}{upper(rng, 2)}{d(rng, 1)}-{d(rng, 4)}-{d(rng, 2)}{upper(rng, 1)}"


@kind
def part(rng, lang):
    return f"{lab(rng, 'part', lang)} {d(rng, 2)}-{d(rng, 4)}-{d(rng, 2)}"


@kind
def model(rng, lang):
    word = {
        "en": "Model",
        "de": "Modell",
        "fr": "modèle",
        "es": "modelo",
        "it": "modello",
        "nl": "type",
        "pt": "modelo",
    }.get(lang, "Model")
    body = rng.choice(
        [
            f"{upper(rng, 2)}-{rng.randint(100, 9900)}{upper(rng, 1)}",
            f"{upper(rng, 3)} {rng.randint(10, 990)}i",
        ]
    )
    return f"{word} {body}"


@kind
def lot(rng, lang):
    return f"{lab(rng, 'lot', lang)} {rng.randint(20, 25)}{upper(rng, 1)}{d(rng, 4)}"


@kind
def isbn(rng, lang):
    core = "978" + rng.choice(["0", "1", "3", "2", "84", "88", "90", "85"])
    core += d(rng, 12 - len(core))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    full = core + str((10 - total % 10) % 10)
    return f"ISBN {full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


@kind
def account_ref(rng, lang):
    return (
        f"{lab(rng, 'account_ref', lang)} {rng.choice(['00 ', '0', ''])}{d(rng, 4, '123456789')} {d(rng, 3)}"
    )


@kind
def phone_like(rng, lang):
    body = rng.choice(
        [
            f"0{d(rng, 3, '1234567')} {d(rng, 4)}",
            f"{d(rng, 3, '2345689')}-{d(rng, 4)}",
            f"0{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
            f"{d(rng, 2)}/{d(rng, 5)}",
        ]
    )
    return f"{lab(rng, 'phone_like', lang)} {body}"


@kind
def date(rng, lang):
    y, m, dd = rng.randint(1998, 2026), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS.get(lang, MONTHS["en"])[m - 1]
    forms = [
        f"{dd:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}/{m}/{y}",
        f"{dd} {name} {y}",
        f"{dd:02d}-{name[:3]}-{str(y)[2:]}",
    ]
    if lang == "en":
        forms += [f"{name} {dd}, {y}", f"{m}/{dd}/{y % 100:02d}"]
    return rng.choice(forms)


@kind
def time_(rng, lang):
    h, mi = rng.randint(6, 22), rng.choice([0, 15, 30, 45, 5, 50])
    forms = {
        "en": [f"{h % 12 or 12}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{h:02d}:{mi:02d}"],
        "fr": [f"{h}h{mi:02d}"],
        "de": [f"{h}.{mi:02d} Uhr", f"{h:02d}:{mi:02d}"],
        "it": [f"ore {h}.{mi:02d}"],
        "pt": [f"{h}h{mi:02d}"],
        "nl": [f"{h}.{mi:02d} uur"],
        "es": [f"a las {h}:{mi:02d}"],
    }
    out = rng.choice(forms.get(lang, forms["en"]))
    if rng.random() < 0.3:
        out += f"–{min(h + 2, 23):02d}:{mi:02d}"
    return out


@kind
def price(rng, lang):
    a, c = rng.randint(2, 4999), rng.randint(0, 99)
    return rng.choice(
        {
            "en": [f"${a:,}.{c:02d}", f"£{a}.{c:02d}", f"A${a}", f"₹ {a:,}", f"Rs. {a}/-"],
            "de": [f"{a:,},{c:02d} €".replace(",", ".", 1) if a >= 1000 else f"{a},{c:02d} €", f"EUR {a},–"],
            "fr": [f"{a},{c:02d} €", f"{a} € TTC"],
            "es": [f"{a},{c:02d} €", f"{a} euros"],
            "it": [f"€ {a},{c:02d}", f"{a} euro"],
            "nl": [f"€ {a},{c:02d}", f"€{a},-"],
            "pt": [f"R$ {a},{c:02d}", f"R$ {a}"],
        }.get(lang, [f"${a}.{c:02d}"])
    )


@kind
def measurement(rng, lang):
    sep = "." if lang == "en" else ","
    return rng.choice(
        [
            f"{rng.randint(1, 40)}{sep}{rng.randint(0, 9)} kg",
            f"{rng.randint(140, 205)} cm",
            f"{rng.choice([250, 330, 500, 750])} ml",
            f"{rng.randint(10, 90)} x {rng.randint(10, 90)} x {rng.randint(2, 20)} mm",
            f"{rng.randint(1, 3)}{sep}{rng.randint(10, 99)} m",
            f"{rng.randint(2, 60)} in.",
        ]
    )


@kind
def coordinates(rng, lang):
    lat, lon = rng.uniform(-60, 70), rng.uniform(-120, 150)
    return rng.choice(
        [
            f"{abs(lat):.4f}° {'N' if lat > 0 else 'S'}, {abs(lon):.4f}° {'E' if lon > 0 else 'W'}",
            f"{lat:.5f}, {lon:.5f}",
            f"{int(abs(lat))}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″N {int(abs(lon))}°{rng.randint(0, 59)}′E",
        ]
    )


@kind
def version(rng, lang):
    return rng.choice(
        [
            f"v{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
            f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}-rc.{rng.randint(1, 4)}",
            f"build {rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(100, 9999)}",
        ]
    )


@kind
def hash_(rng, lang):
    hexd = "0123456789abcdef"
    return rng.choice(["commit ", "sha256:", "md5 ", ""]) + "".join(
        rng.choice(hexd) for _ in range(rng.choice([7, 12, 32, 40]))
    )


@kind
def timestamp(rng, lang):
    y, mo, dd = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{y}-{mo:02d}-{dd:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            f"epoch {rng.randint(1_400_000_000, 1_790_000_000)}",
            f"{rng.randint(1_500_000_000_000, 1_790_000_000_000)} ms",
        ]
    )


@kind
def score(rng, lang):
    a, b = rng.randint(0, 6), rng.randint(0, 6)
    return rng.choice(
        [
            f"{a}–{b}",
            f"{a}:{b}",
            f"{rng.randint(80, 130)}-{rng.randint(80, 130)}",
            f"6-{rng.randint(0, 4)} 7-{rng.choice([5, 6])}",
            f"{rng.randint(100, 350)}/{rng.randint(1, 9)}",
        ]
    )


@kind
def postcode(rng, lang):
    return rng.choice(
        {
            "en": [
                f"{d(rng, 5, '123456789')}-{d(rng, 4)}",
                f"M{rng.randint(1, 40)} {rng.randint(1, 9)}{upper(rng, 2)}",
                f"{d(rng, 3, '123456789')} {d(rng, 3)}",
                f"NSW {d(rng, 4, '2')}",
            ],
            "de": [d(rng, 5, "0123456789"), f"A-{d(rng, 4, '12345689')}"],
            "fr": [d(rng, 5, "0123456789"), f"B-{d(rng, 4, '1234')}"],
            "es": [d(rng, 5, "0123456789")],
            "it": [d(rng, 5, "0123456789")],
            "nl": [f"{d(rng, 4, '123456789')} {upper(rng, 2)}"],
            "pt": [f"{d(rng, 5)}-{d(rng, 3)}"],
        }.get(lang, ["90210"])
    )
