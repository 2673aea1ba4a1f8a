"""Hard negatives for the v22 held-out set: the digit strings people type in messages and notices that are
not phone numbers. One generator per kind; the words that announce them are in the lang_* modules."""

from .phones import grp


def d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick(rng, *makers):
    return rng.choice(makers)()


def isbn13(rng):
    body = "978" + rng.choice("0123") + d(rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])


def ean13(rng):
    body = rng.choice(["400", "401", "800", "840", "890", "789", "871", "590"]) + d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return full[0] + " " + full[1:7] + " " + full[7:]


def money(rng, lang, big=False):
    n = rng.randint(12000, 480000) if big else rng.randint(12, 2400)
    cents = rng.choice([0, 0, 50, 90, 99, rng.randint(1, 99)])
    th = "{:,}".format(n)
    if lang == "en":
        return rng.choice(["£", "$", "€"]) + th + ("" if big else ".%02d" % cents)
    if lang == "hi":
        s = str(n)
        ind = s if len(s) <= 3 else grp(s[:-3][::-1], [2] * 5, ",")[::-1] + "," + s[-3:]
        return "₹" + ind
    if lang == "fr":
        return th.replace(",", " ") + ("" if big else ",%02d" % cents) + " €"
    if lang == "pt":
        return "R$ " + th.replace(",", ".") + ("" if big else ",%02d" % cents)
    if lang in ("it", "nl"):
        return "€ " + th.replace(",", ".") + ("" if big else ",%02d" % cents)
    return th.replace(",", ".") + ("" if big else ",%02d" % cents) + " €"


def date(rng, lang):
    y, m, dd = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        return rng.choice(["%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd)])
    if lang == "nl":
        return rng.choice(["%d-%d-%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y)])
    if lang == "de":
        return rng.choice(["%02d.%02d.%d" % (dd, m, y), "%d.%d.%02d" % (dd, m, y % 100)])
    return rng.choice(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%02d" % (dd, m, y % 100)])


def clock(rng, lang):
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 40])
    if lang == "en" and rng.random() < 0.5:
        return "%d:%02d%s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am")
    if lang == "fr":
        return "%dh%02d" % (h, mi) if mi else "%dh" % h
    return "%d:%02d" % (h, mi) if lang != "de" or rng.random() < 0.6 else "%d.%02d" % (h, mi)


def window(rng, lang):
    a = rng.randint(7, 17)
    b = a + rng.randint(1, 4)
    if lang == "fr":
        return "%dh30–%dh" % (a, b) if rng.random() < 0.5 else "de %dh à %dh" % (a, b)
    return rng.choice(["%02d:00–%02d:30" % (a, b), "%d–%d" % (a, b), "%d:30-%d:00" % (a, b)])


def weight(rng, lang):
    if lang == "en":
        return rng.choice(
            [
                "%d lb %d oz" % (rng.randint(5, 9), rng.randint(0, 15)),
                "%d.%02d kg" % (rng.randint(2, 4), rng.randint(0, 99)),
            ]
        )
    if lang == "hi":
        return "%d.%d किलो" % (rng.randint(2, 4), rng.randint(0, 9))
    return rng.choice(
        [
            "%d %03d g" % (rng.randint(2, 4), rng.randint(0, 999)),
            "%d,%02d kg" % (rng.randint(2, 4), rng.randint(0, 99)),
        ]
    )


def car_reg(rng, lang):
    up, nz = "ABCDEFGHKLMNPRSTVWXYZ", "123456789"

    def L(n):
        return "".join(rng.choice(up) for _ in range(n))

    if lang == "de":
        return "%s-%s %s" % (rng.choice(["B", "M", "HH", "K", "F", "S", "DO"]), L(2), d(rng, 4, nz))
    if lang == "en":
        return "%s%s %s" % (L(2), d(rng, 2, "12"), L(3))
    if lang == "fr":
        return "%s-%s-%s" % (L(2), d(rng, 3, nz), L(2))
    if lang == "es":
        return "%s %s" % (d(rng, 4), L(3))
    if lang == "it":
        return "%s %s %s" % (L(2), d(rng, 3), L(2))
    if lang == "nl":
        return "%s-%s-%s" % (d(rng, 2, nz), L(3), d(rng, 1, nz))
    if lang == "pt":
        return "%s%s%s%s" % (L(3), d(rng, 1), L(1), d(rng, 2))
    state = rng.choice(["MH", "DL", "KA", "UP", "RJ"])
    return "%s %s %s %s" % (state, d(rng, 2, "0123"), L(2), d(rng, 4, nz))


def postcode(rng, lang):
    any_ = "0123456789"
    if lang in ("de", "fr", "it"):
        return d(rng, 5, any_)
    if lang == "es":
        return "%02d%03d" % (rng.randint(1, 52), rng.randint(1, 999))
    if lang == "nl":
        return d(rng, 4, "123456789") + " " + rng.choice(["AB", "CK", "GR", "LP", "XT", "HM"])
    if lang == "pt":
        return "%s-%s" % (d(rng, 5, any_), d(rng, 3))
    if lang == "hi":
        return rng.choice([d(rng, 6, "1245678"), d(rng, 3, "1245678") + " " + d(rng, 3)])
    return rng.choice(
        [d(rng, 5, any_) + "-" + d(rng, 4), d(rng, 3, "1245678") + " " + d(rng, 3), d(rng, 5, any_)]
    )


GEN = {
    "order_no": lambda r, lg: pick(
        r,
        lambda: "%s-%s-%s" % (d(r, 3, "1234"), d(r, 7), d(r, 7)),
        lambda: grp(d(r, 10, "1234"), [2, 4]),
        lambda: d(r, 9, "123456789"),
    ),
    "tracking_no": lambda r, lg: pick(
        r,
        lambda: grp(d(r, 12, "03"), [4, 4]),
        lambda: d(r, 20, "0"),
        lambda: "JJD" + d(r, 18, "0"),
        lambda: "1Z" + d(r, 6) + "A" + d(r, 8),
    ),
    "booking_ref": lambda r, lg: pick(
        r, lambda: grp(d(r, 10, "123456789"), [4, 4]), lambda: grp(d(r, 8), [4])
    ),
    "member_no": lambda r, lg: pick(
        r, lambda: grp("00" + d(r, 6), [4]), lambda: "M-" + d(r, 5), lambda: d(r, 5)
    ),
    "table_no": lambda r, lg: str(r.randint(2, 48)),
    "room_no": lambda r, lg: pick(
        r, lambda: d(r, 3, "1234"), lambda: "%d.%02d" % (r.randint(0, 4), r.randint(1, 40))
    ),
    "door_code": lambda r, lg: pick(r, lambda: d(r, 4), lambda: d(r, 4) + "#", lambda: "*" + d(r, 5)),
    "verify_code": lambda r, lg: pick(r, lambda: grp(d(r, 6), [3]), lambda: d(r, 6), lambda: "G-" + d(r, 6)),
    "amount": lambda r, lg: money(r, lg),
    "price_big": lambda r, lg: money(r, lg, True),
    "mileage": lambda r, lg: "{:,}".format(r.randint(21, 240) * 1000 + r.choice([0, 500])).replace(
        ",", {"en": ",", "hi": ",", "fr": " "}.get(lg, ".")
    ),
    "customer_no": lambda r, lg: pick(
        r, lambda: grp(d(r, 10, "1"), [4, 3]), lambda: grp(d(r, 7), [3]), lambda: grp(d(r, 8), [2, 3])
    ),
    "invoice_no": lambda r, lg: pick(
        r,
        lambda: "%d-%05d" % (r.choice([2024, 2025]), r.randint(1, 9999)),
        lambda: grp(d(r, 10, "2"), [4, 4]),
        lambda: "%d/%04d" % (r.randint(23, 25), r.randint(1, 999)),
    ),
    "meter_no": lambda r, lg: pick(
        r,
        lambda: grp(d(r, 8, "1234567"), [4]),
        lambda: grp(d(r, 8), [2, 3]),
        lambda: "1 ESY " + grp(d(r, 10, "1"), [4, 4]),
    ),
    "meter_reading": lambda r, lg: "%05d,%d" % (r.randint(1000, 60000), r.randint(0, 9)),
    "policy_no": lambda r, lg: pick(
        r, lambda: grp(d(r, 9, "1234567"), [2, 3, 3]), lambda: grp(d(r, 10), [3, 3])
    ),
    "ticket_no": lambda r, lg: d(r, 6, "123456789"),
    "case_no": lambda r, lg: pick(
        r,
        lambda: "%d-%04d-%03d" % (r.choice([2024, 2025]), r.randint(1, 9999), r.randint(1, 999)),
        lambda: "%s/%02d" % (d(r, 4, "123456789"), r.randint(22, 25)),
    ),
    "locker_code": lambda r, lg: pick(r, lambda: grp(d(r, 6), [3]), lambda: d(r, 6)),
    "gift_card": lambda r, lg: grp(d(r, 12, "123456789"), [4, 4], "-"),
    "loyalty_card": lambda r, lg: grp(d(r, 12, "3"), [4, 4]),
    "student_id": lambda r, lg: d(r, 7, "1234567"),
    "bib_no": lambda r, lg: str(r.randint(12, 4800)),
    "flight_no": lambda r, lg: (
        r.choice(["LH", "FR", "AI", "KL", "BA", "IB", "AZ", "LA", "6E", "U2"]) + " " + d(r, 4, "123456789")
    ),
    "train_no": lambda r, lg: d(r, r.choice([3, 4, 5]), "123456789"),
    "seat": lambda r, lg: "%d/%d" % (r.randint(2, 30), r.randint(1, 120)),
    "date": lambda r, lg: date(r, lg),
    "time": lambda r, lg: clock(r, lg),
    "time_window": lambda r, lg: window(r, lg),
    "postcode": lambda r, lg: postcode(r, lg),
    "isbn": lambda r, lg: isbn13(r),
    "ean": lambda r, lg: ean13(r),
    "version": lambda r, lg: pick(
        r,
        lambda: "%d.%d.%d" % (r.randint(1, 17), r.randint(0, 30), r.randint(0, 12)),
        lambda: "%s.%s" % (d(r, 5, "12"), d(r, 4, "1234")),
    ),
    "coordinates": lambda r, lg: "%.4f, %.4f" % (r.uniform(36, 58), r.uniform(-8, 24)),
    "dimensions": lambda r, lg: "%d x %d x %d" % (r.randint(30, 220), r.randint(30, 120), r.randint(40, 120)),
    "weight": lambda r, lg: weight(r, lg),
    "lottery": lambda r, lg: " ".join(str(x) for x in sorted(r.sample(range(1, 50), 6))),
    "raffle": lambda r, lg: "%04d" % r.randint(1, 2400),
    "score": lambda r, lg: "%d:%d" % (r.randint(0, 6), r.randint(0, 6)),
    "page_range": lambda r, lg: "%d–%d" % ((lambda a: (a, a + r.randint(2, 14)))(r.randint(8, 380))),
    "article_no": lambda r, lg: pick(
        r, lambda: grp(d(r, 8, "123456789"), [3, 3], "."), lambda: grp(d(r, 8), [3, 3])
    ),
    "model_no": lambda r, lg: (
        r.choice(["WAT", "KGN", "SMV", "HBG", "WM", "TE", "XR", "QE"]) + " " + d(r, 5, "123456789")
    ),
    "serial_no": lambda r, lg: pick(r, lambda: d(r, 10, "123456789"), lambda: grp(d(r, 10), [4, 4], "-")),
    "year_range": lambda r, lg: "%d–%d" % ((lambda a: (a, a + r.randint(2, 9)))(r.randint(1968, 2014))),
    "size": lambda r, lg: r.choice(["116/122", "128/134", "140/146", "38", "42", "EU 39", "XL"]),
    "house_no": lambda r, lg: str(r.randint(1, 240)) + r.choice(["", "", "a", "b"]),
    "apartment": lambda r, lg: "%d.%02d" % (r.randint(0, 6), r.randint(1, 24)),
    "parking": lambda r, lg: pick(
        r, lambda: str(r.randint(1, 180)), lambda: "P%d-%03d" % (r.randint(1, 4), r.randint(1, 300))
    ),
    "sort_code": lambda r, lg: "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)),
    "pnr": lambda r, lg: d(r, 10, "2468"),
    "bus_stop": lambda r, lg: d(r, 5, "123456789"),
    "confirmation_no": lambda r, lg: pick(
        r, lambda: grp(d(r, 8, "123456789"), [4]), lambda: d(r, 8, "123456789")
    ),
    "transfer_ref": lambda r, lg: grp("%d%s" % (r.choice([2024, 2025]), d(r, 8)), [4, 4]),
    "personnel_no": lambda r, lg: "00" + d(r, 4),
    "course_no": lambda r, lg: "%d-%03d" % (r.randint(23, 25), r.randint(1, 480)),
    "batch_no": lambda r, lg: d(r, 5, "12") + r.choice("ABCKL"),
    "wifi_password": lambda r, lg: d(r, 8, "123456789"),
    "car_reg": lambda r, lg: car_reg(r, lg),
    "age_range": lambda r, lg: "%d–%d" % ((lambda a: (a, a + r.randint(2, 6)))(r.randint(3, 12))),
    "temperature": lambda r, lg: "%d–%d °C" % ((lambda a: (a, a + r.randint(2, 6)))(r.randint(4, 22))),
    "dosage": lambda r, lg: "%d x %d mg" % (r.randint(1, 3), r.choice([100, 200, 400, 500, 600, 1000])),
    "race_time": lambda r, lg: "%d:%02d:%02d" % (r.randint(0, 4), r.randint(0, 59), r.randint(0, 59)),
    "first_reg": lambda r, lg: "%02d/%d" % (r.randint(1, 12), r.randint(2008, 2022)),
    "queue_no": lambda r, lg: str(r.randint(12, 480)),
    "box_no": lambda r, lg: "%s %s" % (r.choice(["ZS", "AZ", "K"]), d(r, 4, "123456789")),
    "receipt_no": lambda r, lg: "%04d/%d" % (r.randint(1, 9999), r.randint(1, 8)),
}

# the hard negatives each genre tends to carry (used three times in four; otherwise any kind)
AFFINITY = {
    "ad": [
        "price_big",
        "mileage",
        "first_reg",
        "dimensions",
        "size",
        "postcode",
        "year_range",
        "model_no",
        "article_no",
        "box_no",
        "house_no",
        "apartment",
        "weight",
    ],
    "shop": [
        "amount",
        "loyalty_card",
        "gift_card",
        "receipt_no",
        "article_no",
        "ean",
        "time_window",
        "batch_no",
        "order_no",
        "queue_no",
    ],
    "trades": [
        "customer_no",
        "invoice_no",
        "meter_no",
        "meter_reading",
        "model_no",
        "serial_no",
        "house_no",
        "apartment",
        "parking",
        "postcode",
        "transfer_ref",
    ],
    "school": [
        "date",
        "time",
        "room_no",
        "page_range",
        "age_range",
        "student_id",
        "course_no",
        "bus_stop",
        "raffle",
        "size",
    ],
    "club": [
        "member_no",
        "transfer_ref",
        "date",
        "time",
        "bib_no",
        "race_time",
        "score",
        "raffle",
        "table_no",
        "course_no",
        "parking",
    ],
    "email": [
        "order_no",
        "tracking_no",
        "booking_ref",
        "confirmation_no",
        "invoice_no",
        "case_no",
        "policy_no",
        "ticket_no",
        "flight_no",
        "train_no",
        "seat",
        "customer_no",
        "isbn",
        "sort_code",
    ],
    "sms": [
        "verify_code",
        "locker_code",
        "tracking_no",
        "door_code",
        "table_no",
        "time",
        "flight_no",
        "queue_no",
        "wifi_password",
        "pnr",
        "seat",
    ],
    "chat": [
        "table_no",
        "door_code",
        "wifi_password",
        "score",
        "lottery",
        "time",
        "date",
        "car_reg",
        "parking",
        "room_no",
        "amount",
        "coordinates",
        "version",
    ],
    "note": [
        "door_code",
        "wifi_password",
        "meter_reading",
        "dosage",
        "time",
        "date",
        "amount",
        "queue_no",
        "temperature",
        "personnel_no",
    ],
    "voicemail": [
        "booking_ref",
        "confirmation_no",
        "case_no",
        "policy_no",
        "customer_no",
        "time",
        "date",
        "table_no",
        "flight_no",
        "order_no",
        "pnr",
    ],
}
