"""Hard negatives, first half of the generators: everyday numbers that are not phone numbers, each
drawn in a layout a phone could have. Every generator takes (rng, lang) and returns the value text."""


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


def _dec(lang):
    return "." if lang in ("en", "hi") else ","


def _thou(lang):
    return {"en": ",", "hi": ",", "de": ".", "nl": ".", "it": ".", "es": ".", "pt": ".", "fr": "\u202f"}[lang]


def _money(rng, lang, lo, hi, cents=True):
    v = rng.randint(lo, hi)
    s = "{:,}".format(v).replace(",", _thou(lang))
    if cents:
        s += _dec(lang) + "%02d" % rng.randint(0, 99)
    cur = {"en": "£", "hi": "₹", "pt": "R$ "}.get(lang)
    return (cur + s) if cur else (s + " €")


def sort_code(rng, lang):
    return "%s-%s-%s / %s" % (_d(rng, 2), _d(rng, 2), _d(rng, 2), _nz(rng, 8))


def routing_number(rng, lang):
    while True:
        d = _nz(rng, 8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(a) * b for a, b in zip(d, w, strict=True)) % 10) % 10
        return d + str(c)


def nhs_number(rng, lang):
    while True:
        d = _nz(rng, 9)
        c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = d + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def mrn(rng, lang):
    return rng.choice(["RJ", "K", "MRN "]) + _d(rng, 7)


def rx_number(rng, lang):
    return "%s-%s" % (_nz(rng, 7), _d(rng, 2))


def vaccine_batch(rng, lang):
    return (
        rng.choice(["FK", "EW", "GH", "PT"])
        + _d(rng, 4)
        + " (exp. %02d/%d)" % (rng.randint(1, 12), rng.randint(2025, 2027))
    )


def blood_pressure(rng, lang):
    return "%d/%d" % (rng.randint(105, 160), rng.randint(62, 98))


def glucose(rng, lang):
    return "%d%s%d mmol/L" % (rng.randint(4, 11), _dec(lang), rng.randint(0, 9))


def steps(rng, lang):
    return "{:,}".format(rng.randint(3000, 24000)).replace(",", _thou(lang))


def dosage(rng, lang):
    return "%d x %d mg" % (rng.randint(1, 3), rng.choice([200, 250, 400, 500, 1000]))


def appointment_ref(rng, lang):
    return "%s %s %s" % (_nz(rng, 3), _d(rng, 3), _d(rng, 3))


def booking_ref(rng, lang):
    return "%s %s %s" % (_nz(rng, 4), _d(rng, 4), _d(rng, 2))


def flight(rng, lang):
    return "%s %d, gate %s%d" % (
        rng.choice(["LH", "BA", "KL", "IB", "AZ", "TP", "AI", "UA", "AF"]),
        rng.randint(100, 9999),
        rng.choice("ABCDE"),
        rng.randint(1, 68),
    )


def pnr(rng, lang):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def train_seat(rng, lang):
    return "%d / %d" % (rng.randint(1, 14), rng.randint(11, 128))


def plate(rng, lang):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    c = rng.choice
    return {
        "en": "%s%s%d %s%s%s" % (c(L), c(L), rng.randint(10, 74), c(L), c(L), c(L)),
        "de": "%s-%s%s %d" % (c(["B", "HH", "DD", "H", "N", "BN", "HB"]), c(L), c(L), rng.randint(1, 9999)),
        "fr": "%s%s-%s-%s%s" % (c(L), c(L), _nz(rng, 3), c(L), c(L)),
        "nl": "%s-%s%s%s-%d" % (_nz(rng, 2), c(L), c(L), c(L), rng.randint(1, 9)),
        "es": "%s %s%s%s"
        % (_d(rng, 4), c("BCDFGHJKLMNPRSTVWXYZ"), c("BCDFGHJKLMNPRSTVWXYZ"), c("BCDFGHJKLMNPRSTVWXYZ")),
        "it": "%s%s %s%s%s" % (c(L), c(L), _nz(rng, 3), c(L), c(L)),
        "pt": "%s%s%s-%d%s%s" % (c(L), c(L), c(L), rng.randint(0, 9), c(L), _d(rng, 2)),
        "hi": "%s %s %s %s" % (c(["MH", "DL", "KA", "RJ", "UP"]), _d(rng, 2), c(L) + c(L), _nz(rng, 4)),
    }[lang]


def vin(rng, lang):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def mileage(rng, lang):
    return "{:,} km".format(rng.randint(12000, 240000)).replace(",", _thou(lang) if lang != "fr" else " ")


def tyre_size(rng, lang):
    return "%d/%d R%d %d%s" % (
        rng.choice([175, 195, 205, 215, 225]),
        rng.choice([45, 50, 55, 60, 65]),
        rng.choice([15, 16, 17, 18]),
        rng.randint(82, 99),
        rng.choice("HTVW"),
    )


def resolution(rng, lang):
    return rng.choice(["1920 x 1080", "2560 x 1440", "1366 x 768", "3840 x 2160", "1280 x 720"])


def storage(rng, lang):
    return "%d GB / %d GB RAM" % (rng.choice([64, 128, 256, 512]), rng.choice([4, 6, 8, 12]))


def mac(rng, lang):
    return ":".join("%02x" % rng.randint(0, 255) for _ in range(6))


def door_code(rng, lang):
    return _d(rng, rng.choice([4, 5, 6])) + rng.choice(["#", "", "*"])


def key_safe(rng, lang):
    return _d(rng, 4)


def lottery(rng, lang):
    nums = sorted(rng.sample(range(1, 50), 6))
    return " - ".join(str(n) for n in nums)


def raffle(rng, lang):
    a = rng.randint(100, 4800)
    return "%04d–%04d" % (a, a + rng.choice([9, 19, 24, 49]))


def hymns(rng, lang):
    return ", ".join(str(rng.randint(1, 790)) for _ in range(rng.choice([3, 4])))


def bible_ref(rng, lang):
    b = rng.choice(["John", "Psalm", "Luke", "Romans", "Isaiah", "Matthew"])
    a = rng.randint(1, 24)
    return "%s %d:%d–%d" % (b, rng.randint(1, 40), a, a + rng.randint(2, 9))


def page_ref(rng, lang):
    a = rng.randint(10, 480)
    return "%d–%d" % (a, a + rng.randint(3, 30))


def shelfmark(rng, lang):
    return "%03d.%s %s" % (
        rng.randint(1, 999),
        _d(rng, rng.choice([2, 3, 4])),
        rng.choice(["OLI", "SMI", "MUE", "DUP"]),
    )


def plot(rng, lang):
    return "%d%s" % (rng.randint(1, 86), rng.choice(["", "A", "B", "C"]))


def title_number(rng, lang):
    return rng.choice(["CYM", "NYK", "DN", "SK", "BL"]) + _nz(rng, 6)


def planning_ref(rng, lang):
    return "%d/%s/%s" % (rng.randint(22, 25), _d(rng, 5), rng.choice(["FUL", "HH", "LBC", "OUT"]))


def pcn(rng, lang):
    return rng.choice(["ZY", "WK", "LB", "CE"]) + _nz(rng, 8)


def permit_number(rng, lang):
    return "%d-%s" % (rng.randint(2023, 2025), _d(rng, 6))


def council_tax_ref(rng, lang):
    return _nz(rng, 10)


def tax_ref(rng, lang):
    return "%s %s" % (_nz(rng, 5), _d(rng, 5))


def staff_number(rng, lang):
    return "E-%s" % _d(rng, 6)
