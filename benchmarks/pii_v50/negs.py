"""Hard negatives for pii_v50: numbers of the getting-around world, each a labelled line."""

import string

from .neg_labels import LABELS

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")
U = string.ascii_uppercase
CUR = {
    "en_US": ("$", "."),
    "en_GB": ("£", "."),
    "en_IN": ("₹", "."),
    "hi": ("₹", "."),
    "en_AU": ("A$", "."),
    "en_IE": ("€", "."),
    "pt_BR": ("R$", ","),
    "de_CH": ("CHF", "."),
    "fr_CH": ("CHF", ","),
}

GENRE_KINDS = {
    "taxi": ["badge", "tariff", "fare", "distance", "plate", "gps", "pickup_slot"],
    "rental": ["rental_agreement", "booking_ref", "odometer", "fuel", "deposit", "keybox", "vin", "plate"],
    "driving": ["lesson", "licence", "plate", "service_due", "times", "pickup_slot"],
    "parking": ["permit", "bay", "ticket_time", "pcn", "plate", "charger", "fare"],
    "transit": ["lostref", "route", "times", "stop", "validity", "barcode", "seat", "fare"],
    "shuttle": ["booking_ref", "flight", "sailing", "bagtag", "seat", "barcode", "pickup_slot"],
    "bike": ["frame", "tyre", "gearing", "bikesize", "service_due", "keybox", "fare"],
    "carpool": ["times", "distance", "gps", "plate", "route", "pickup_slot", "charger"],
}


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _L(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


def _money(rng, locale, lo, hi):
    sym, dec = CUR.get(locale, ("€", ","))
    v = f"{rng.randrange(lo, hi)}{dec}{rng.randrange(100):02d}"
    return f"{sym}{v}" if sym in ("$", "£", "₹", "A$", "R$") else f"{v} {sym}"


def _plate(rng, locale):
    c = locale[-2:]
    if c == "GB" or locale == "en_IE":
        return f"{_L(rng, 2)}{_d(rng, 2)} {_L(rng, 3)}" if c == "GB" else f"{_d(rng, 3)}-D-{_d(rng, 5)}"
    if c in ("DE", "AT"):
        return f"{rng.choice(['HB', 'KI', 'L', 'FR', 'G'])}-{_L(rng, 2)} {rng.randrange(10, 9999)}"
    if c in ("FR", "BE"):
        return f"{_L(rng, 2)}-{_d(rng, 3)}-{_L(rng, 2)}"
    if c == "NL":
        return f"{_d(rng, 2)}-{_L(rng, 3)}-{_d(rng, 1)}"
    if c == "ES":
        return f"{_d(rng, 4)} {rng.choice('BCDFGHJKLMN')}{_L(rng, 2)}"
    if c == "IT":
        return f"{_L(rng, 2)} {_d(rng, 3)}{_L(rng, 2)}"
    if c == "BR":
        return f"{_L(rng, 3)}{_d(rng, 1)}{rng.choice(U)}{_d(rng, 2)}"
    if c == "IN" or locale == "hi":
        return f"{rng.choice(['MH', 'TN', 'RJ', 'UP'])} {_d(rng, 2)} {_L(rng, 2)} {_d(rng, 4)}"
    return f"{_L(rng, 3)}-{_d(rng, 4)}"


def _vin(rng):
    tr = {c: i for i, c in enumerate("0123456789")}
    tr.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
    tr.update(dict(zip("JKLMN", range(1, 6), strict=True)))
    tr.update({"P": 7, "R": 9})
    tr.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(al) for _ in range(17)]
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(tr[c] * k for c, k in zip(v, w, strict=True)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def _hm(rng):
    return f"{rng.randrange(5, 23):02d}:{rng.choice([0, 5, 12, 20, 35, 42, 50]):02d}"


def value(rng, kind, locale):
    """A hard-negative value of kind, in the habits of locale."""
    dec = CUR.get(locale, ("€", ","))[1]
    if kind == "rental_agreement":
        return rng.choice([f"RA {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}", f"{_d(rng, 9)}-{_d(rng, 1)}"])
    if kind == "booking_ref":
        return rng.choice(
            [
                _L(rng, 1) + "".join(rng.choice(U + "23456789") for _ in range(5)),
                f"CS-{_d(rng, 6)}",
                f"TRF/{_d(rng, 2)}/{_d(rng, 5)}",
            ]
        )
    if kind == "plate":
        return _plate(rng, locale)
    if kind == "permit":
        return rng.choice(
            [f"PZ/{rng.randrange(2024, 2027)}/{_d(rng, 6)}", f"{_L(rng, 1)}{_d(rng, 2)}-{_d(rng, 5)}"]
        )
    if kind == "bay":
        return rng.choice(
            [
                f"{rng.randrange(1, 480)}, Level {rng.randrange(-2, 6)}",
                f"{_L(rng, 1)}{rng.randrange(1, 99):02d}",
                f"P{rng.randrange(1, 5)}-{_d(rng, 3)}",
            ]
        )
    if kind == "route":
        return ", ".join([str(rng.randrange(1, 400)), f"N{rng.randrange(1, 99)}", f"X{rng.randrange(1, 60)}"])
    if kind == "times":
        h = rng.randrange(5, 9)
        m = rng.randrange(0, 30)
        step = rng.choice([10, 12, 15, 20])
        out = []
        for i in range(5):
            t = h * 60 + m + i * step
            out.append(f"{t // 60:02d}:{t % 60:02d}" if rng.random() < 0.9 else f"{t // 60}.{t % 60:02d}")
        return "  ".join(out)
    if kind == "fare":
        return f"{_money(rng, locale, 1, 9)} / {_money(rng, locale, 10, 60)}"
    if kind == "odometer":
        km = rng.randrange(3000, 190000)
        sep = {"en": ","}.get(locale[:2], ".")
        return f"{km // 1000}{sep}{km % 1000:03d} {'mi' if locale == 'en_US' else 'km'}"
    if kind == "licence":
        if locale == "en_GB":
            return f"{_L(rng, 5)}{_d(rng, 6)}{_L(rng, 2)}{_d(rng, 1)}{_L(rng, 2)}"
        return rng.choice(
            [
                f"{_L(rng, 1)}{_d(rng, 3)}{_L(rng, 3)}{_d(rng, 1)}{_L(rng, 1)}{_d(rng, 2)}",
                f"{_d(rng, 2)}{_L(rng, 2)}{_d(rng, 5)}",
            ]
        )
    if kind == "frame":
        return rng.choice(
            [
                f"WTU{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 4)}{_L(rng, 1)}",
                f"{_L(rng, 2)} {_d(rng, 2)} {_d(rng, 5)}",
            ]
        )
    if kind == "barcode":
        return f"{_L(rng, 2)}{_d(rng, 4)} {_d(rng, 4)} {_L(rng, 4)} {_d(rng, 3)}"
    if kind == "stop":
        return rng.choice(
            [
                f"{_d(rng, 4)}{_L(rng, 1)}",
                f"{_L(rng, 3)}-{_d(rng, 3)} / {rng.randrange(1, 14)}{rng.choice('ab')}",
                f"{_d(rng, 2)}:{_d(rng, 3)}:{_L(rng, 1)}",
            ]
        )
    if kind == "flight":
        return (
            f"{rng.choice(['BA', 'LH', 'AF', 'IB', 'AZ', 'KL', 'TP', 'AI'])} {rng.randrange(100, 2999)}, "
            f"{_L(rng, 1)}{rng.randrange(1, 60)}"
        )
    if kind == "sailing":
        return f"{_hm(rng)} · D{rng.randrange(2, 9)} · {rng.randrange(2, 9)}{_d(rng, 3)}"
    if kind == "vin":
        return _vin(rng)
    if kind == "badge":
        return rng.choice([f"{_d(rng, 5)}", f"PH/{_d(rng, 4)}/{rng.randrange(24, 27)}"])
    if kind == "tariff":
        return f"{rng.randrange(1, 4)} · {_money(rng, locale, 2, 5)} + {_money(rng, locale, 0, 3)}/km"
    if kind == "lesson":
        a = rng.randrange(14, 40) * 30
        return (
            f"{rng.randrange(2, 20)}/{rng.choice([20, 25, 30])}"
            f" · {a // 60:02d}:{a % 60:02d}–{(a + 90) // 60:02d}:{a % 60:02d}"
        )
    if kind == "fuel":
        return f"{rng.randrange(4, 9)}/8, {rng.randrange(20, 60)}{dec}{rng.randrange(10)} L"
    if kind == "tyre":
        return (
            f"{rng.choice(['205/55 R16 91V', '700x32C', '29 x 2.35', '195/65 R15 91H', '28-622'])}, "
            f"{rng.randrange(2, 5)}{dec}{rng.randrange(10)} bar"
        )
    if kind == "ticket_time":
        a, b = rng.randrange(6 * 60, 12 * 60), rng.randrange(20, 600)
        return (
            f"{a // 60:02d}:{a % 60:02d} → {(a + b) // 60:02d}:{(a + b) % 60:02d}"
            f" ({b // 60} h {b % 60:02d} min)"
        )
    if kind == "deposit":
        return f"{_money(rng, locale, 500, 2500)} / {_money(rng, locale, 100, 400)}"
    if kind == "keybox":
        return " ".join(_d(rng, 4)) if rng.random() < 0.5 else "-".join(_d(rng, 4)) + "#"
    if kind == "lostref":
        return f"LP-{rng.randrange(24, 27)}-{_d(rng, 6)}"
    if kind == "validity":
        a, b = rng.randrange(1, 28), rng.randrange(1, 28)
        return (
            f"{a:02d}.{rng.randrange(1, 6):02d}.–{b:02d}."
            f"{rng.randrange(7, 13):02d}.{rng.randrange(2025, 2027)}"
        )
    if kind == "distance":
        return f"{rng.randrange(1, 60)}{dec}{rng.randrange(10)} km · {rng.randrange(5, 90)} min"
    if kind == "seat":
        return f"{rng.randrange(1, 14)} / {rng.randrange(1, 90)}{rng.choice('ABCDF')}"
    if kind == "bagtag":
        return f"{rng.choice(['0125', '0220', '0057', '0074'])} {_L(rng, 2)} {_d(rng, 6)}"
    if kind == "charger":
        return (
            f"{locale[-2:]}*{_L(rng, 3)}*E{_d(rng, 5)}*{_d(rng, 2)},"
            f" {rng.randrange(5, 70)}{dec}{_d(rng, 1)} kWh"
        )
    if kind == "pcn":
        return f"{_L(rng, 2)}{_d(rng, 8)}"
    if kind == "gps":
        return (
            f"{rng.randrange(10, 60)}.{_d(rng, 5)}, "
            f"{rng.choice(['', '-'])}{rng.randrange(1, 80)}.{_d(rng, 5)}"
        )
    if kind == "service_due":
        km = rng.randrange(10, 200) * 1000
        return f"{km:,} km / {rng.randrange(1, 13):02d}/{rng.randrange(2025, 2028)}".replace(",", " ")
    if kind == "gearing":
        return f"{rng.choice(['50/34', '48/35', '46/30', '42'])} × {rng.choice(['11-32', '11-34', '10-51'])}"
    if kind == "bikesize":
        return f'{rng.choice([48, 52, 54, 56, 58])} cm / {rng.choice(["28", "29", "27.5", "26"])}"'
    if kind == "pickup_slot":
        return f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d} {_hm(rng)}"
    raise ValueError(kind)


def label(kind, lang):
    return LABELS[kind][LANGS.index(lang)]
