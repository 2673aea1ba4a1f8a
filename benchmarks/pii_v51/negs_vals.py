"""Values for the hard-negative kinds of personal and household services (none in v48's list)."""

COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def dec(x, lang, places=1):
    s = "%.*f" % (places, x)
    return s.replace(".", ",") if lang in COMMA else s


def money(rng, lang, lo, hi, step=1):
    v = rng.randrange(lo, hi, step)
    cents = rng.choice([0, 0, 0, 50, 90, 95])
    amount = "%d" % v if not cents else dec(v + cents / 100, lang, 2)
    cur = {"en": "£", "hi": "₹", "pt": "R$"}.get(lang)
    if cur == "£":
        return "£" + amount
    if cur == "R$":
        return "R$ " + amount
    if cur == "₹":
        return "₹" + str(v * 10)
    return amount + " €"


def shade(rng, lang):
    base = rng.randint(3, 10)
    tone = rng.choice(["0", "1", "3", "34", "43", "65", "7", "11", "81"])
    return rng.choice(["%d.%s" % (base, tone), "%d/%s" % (base, tone), "%d,%s" % (base, tone)])


def ticket(rng, lang):
    return rng.choice(
        [
            "%04d-%s" % (rng.randint(1, 9999), rng.choice("ABCDEFGH")),
            "%s %03d"
            % (
                rng.choice(["Blue", "Red", "Green"]) if lang == "en" else rng.choice(["A", "B", "K"]),
                rng.randint(1, 999),
            ),
            "%02d/%04d" % (rng.randint(1, 52), rng.randint(1, 9999)),
        ]
    )


def microchip(rng, lang):
    from stdnum import luhn

    while True:
        code = rng.choice(["276", "250", "528", "380", "724", "985", "941"]) + "".join(
            rng.choice("0123456789") for _ in range(12)
        )
        if not luhn.is_valid(code):
            return code if rng.random() < 0.6 else "%s %s %s" % (code[:3], code[3:6], code[6:])


def invoice(rng, lang):
    y = rng.choice([2024, 2025, 2026])
    return rng.choice(
        [
            "INV-%d-%04d" % (y, rng.randint(1, 3000)),
            "%d/%04d" % (y, rng.randint(1, 3000)),
            "R%d%03d" % (y % 100, rng.randint(1, 999)),
            "#%d" % rng.randint(1000, 99999),
        ]
    )


def voucher(rng, lang):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice(
        [
            "GV-%s-%03d" % (a, rng.randint(1, 999)),
            "%s%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999)),
            "No. %04d" % rng.randint(1, 9999),
        ]
    )


def member(rng, lang):
    return rng.choice(
        [
            "M-%05d" % rng.randint(1, 99999),
            "%s-%04d" % (rng.choice(["GOLD", "VIP", "CLUB"]), rng.randint(1, 9999)),
            "%06d" % rng.randint(1, 999999),
        ]
    )


def sku(rng, lang):
    return rng.choice(
        [
            "%d-%03d" % (rng.randint(10, 99), rng.randint(1, 999)),
            "%s%d" % (rng.choice(["LX", "KP", "OR", "TW"]), rng.randint(100, 9999)),
            "%05d" % rng.randint(1, 99999),
        ]
    )


def appt_code(rng, lang):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(
        [
            "%s%s%d" % (rng.choice(letters), rng.choice(letters), rng.randint(1000, 9999)),
            "%s-%d" % ("".join(rng.choice(letters) for _ in range(2)), rng.randint(10000, 99999)),
            "#%s%d" % (rng.choice(letters), rng.randint(100, 999)),
        ]
    )


def clock(rng, lang, start=8, end=19):
    h = rng.randint(start, end - 1)
    m = rng.choice([0, 15, 30, 45])
    if lang == "en" and rng.random() < 0.5:
        hh = h if h <= 12 else h - 12
        return "%d:%02d%s" % (hh, m, "am" if h < 12 else "pm"), h, m
    sep = {"fr": "h", "de": ":", "nl": ".", "pt": "h"}.get(lang, ":")
    if sep == "h" and m == 0:
        return "%dh" % h, h, m
    return "%d%s%02d" % (h, sep, m), h, m
