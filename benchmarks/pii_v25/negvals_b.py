"""Second half of the v25 hard-negative values and the KINDS table (see negvals.py)."""

from . import negvals as a
from .negvals import _d, _dec, _lang, _nz, _pick

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def kmmarker(rng, loc):
    return _dec(loc, f"km {rng.randint(2, 640)}.{rng.randint(0, 9)}")


def radio(rng, loc):
    return _dec(loc, f"{rng.randint(88, 107)}.{rng.randint(0, 9)} MHz")


def resolution(rng, loc):
    return rng.choice(["1920 x 1080", "2560 x 1440", "3840 x 2160", "1366 x 768", "1280×720", "1080 × 1920"])


def dimensions(rng, loc):
    cm = f"{rng.randint(40, 220)} x {rng.randint(30, 120)} x {rng.randint(20, 90)} cm"
    inch = f"{rng.randint(12, 84)} x {rng.randint(10, 40)} x {rng.randint(8, 30)} in"
    return inch if loc == "en_US" and rng.random() < 0.7 else cm


def babyweight(rng, loc):
    if loc == "en_US" or (loc == "en_GB" and rng.random() < 0.5):
        return f"{rng.randint(5, 9)} lb {rng.randint(0, 15)} oz"
    g = rng.randint(2600, 4400)
    return _pick(rng, f"{g // 1000} {g % 1000:03d} g", f"{g} g", _dec(loc, f"{g / 1000:.3f} kg"))


def date(rng, loc):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    lang, r = _lang(loc), loc.split("_")[1]
    if loc == "en_US":
        return _pick(rng, f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{MONTHS_EN[m - 1]} {d}, {y}")
    if lang == "de":
        return _pick(rng, f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}")
    if lang == "nl" or r == "IN":
        return _pick(rng, f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}")
    if loc == "en_GB" and rng.random() < 0.3:
        return f"{y}-{m:02d}-{d:02d}"
    return _pick(rng, f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}")


def timerange(rng, loc):
    h = rng.randint(6, 18)
    m = rng.choice([0, 15, 30, 45])
    h2, m2 = h + rng.randint(1, 4), rng.choice([0, 15, 30, 45])
    if loc == "en_US" and rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{m:02d}–{(h2 - 1) % 12 + 1}:{m2:02d}"
    sep = "h" if _lang(loc) == "fr" else ":"
    dash = rng.choice(["–", "-", " - ", " à " if _lang(loc) == "fr" else " – "])
    return f"{h:02d}{sep}{m:02d}{dash}{h2:02d}{sep}{m2:02d}"


def amount(rng, loc):
    v = rng.randint(1000, 2999999)
    units, cents = v // 100, v % 100
    lang, r = _lang(loc), loc.split("_")[1]
    if r == "IN":
        s = str(units)
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return "₹" + ",".join(groups + [tail]) if groups else f"₹{tail}"
    plain = f"{units:,}"
    if lang in ("de", "es", "it", "nl", "pt"):
        num = plain.replace(",", ".") + f",{cents:02d}"
        return {"pt": f"R$ {num}", "nl": f"€ {num}"}.get(lang, f"{num} €")
    if lang == "fr":
        return plain.replace(",", "\u202f") + f",{cents:02d} " + ("CHF" if r == "CH" else "€")
    sym = {"US": "$", "GB": "£", "IE": "€", "AU": "$"}[r]
    return f"{sym}{plain}.{cents:02d}"


def version(rng, loc):
    a1, b, c = rng.randint(1, 24), rng.randint(0, 40), rng.randint(0, 60)
    return _pick(rng, f"v{a1}.{b}.{c}", f"{a1}.{b}.{c} (build {_nz(rng, 5)})", f"{a1}.{b}.{c}-{_nz(rng, 4)}")


def logtime(rng, loc):
    return (
        f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )


def transfer(rng, loc):
    return _pick(
        rng,
        f"{rng.randint(2023, 2025)} {_d(rng, 4)} {_d(rng, 4)}",
        f"{_nz(rng, 3)}/{_d(rng, 4)}/{_d(rng, 2)}",
        f"{_nz(rng, 4)} {_d(rng, 3)}",
    )


def company(rng, loc):
    r = loc.split("_")[1]
    return {
        "DE": f"HRB {_nz(rng, 5)}",
        "AT": f"FN {_nz(rng, 6)} {rng.choice('abdfhkmpstvwxyz')}",
        "CH": f"CHE-{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
        "NL": f"{_nz(rng, 4)} {_d(rng, 4)}",
        "BE": f"0{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
        "FR": f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        "ES": f"B{_d(rng, 8)}",
        "IT": f"{_d(rng, 11)}",
        "BR": f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}/0001-{_d(rng, 2)}",
        "IN": f"U{_d(rng, 5)}MH{rng.randint(2005, 2023)}PTC{_d(rng, 6)}",
        "US": f"{_nz(rng, 2)}-{_d(rng, 7)}",
        "GB": f"{_nz(rng, 8)}",
        "IE": f"{_nz(rng, 6)}",
        "AU": f"{_nz(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
    }[r]


def vat(rng, loc):
    r = loc.split("_")[1]
    return {
        "DE": f"DE {_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        "AT": f"ATU{_d(rng, 8)}",
        "CH": f"CHE-{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)} MWST",
        "NL": f"NL{_d(rng, 9)}B01",
        "BE": f"BE 0{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
        "FR": f"FR {_d(rng, 2)} {_d(rng, 9)}",
        "ES": f"ESB{_d(rng, 8)}",
        "IT": f"IT {_d(rng, 11)}",
        "BR": f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}-{_d(rng, 1)}",
        "IN": f"{rng.randint(10, 36)}AAB{rng.choice('CFHP')}K{_d(rng, 4)}R1Z{_d(rng, 1)}",
        "US": f"{_nz(rng, 2)}-{_d(rng, 7)}",
        "GB": f"GB {_nz(rng, 3)} {_d(rng, 4)} {_d(rng, 2)}",
        "IE": f"IE {_d(rng, 7)}{rng.choice('ABCDEFGHW')}",
        "AU": f"{_nz(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
    }[r]


def standard(rng, loc):
    return rng.choice(
        [
            "ISO 9001:2015",
            "EN 71-3:2019",
            "DIN 5008",
            "ISO 3166-1",
            "EN 1176-1",
            "IEC 60335-1",
            "ISO 14001:2015",
            "EN 13432",
            "ISO 8601",
        ]
    )


def pages(rng, loc):
    p = rng.randint(12, 480)
    return f"{p}–{p + rng.randint(3, 40)}"


def seats(rng, loc):
    s = rng.randint(1, 40)
    return f"{rng.randint(1, 30)}, {s}–{s + rng.randint(1, 4)}"


def cadastre(rng, loc):
    return _pick(
        rng, f"{_nz(rng, 4)}/{rng.randint(1, 9)}", f"{_nz(rng, 3)}/{rng.randint(10, 99)}", f"{_nz(rng, 5)}"
    )


def water(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        f"{_nz(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}",
        f"{_nz(rng, 10)}",
    )


def job(rng, loc):
    return _pick(
        rng,
        f"{rng.randint(22, 25)}-{_d(rng, 4)}",
        f"J{_d(rng, 5)}",
        f"{_nz(rng, 4)}/{rng.randint(1, 12):02d}",
    )


def quote(rng, loc):
    return _pick(
        rng,
        f"Q-{_d(rng, 4)}-{_d(rng, 3)}",
        f"{_nz(rng, 4)}/{rng.randint(23, 25)}",
        f"{_nz(rng, 3)} {_d(rng, 3)}",
    )


def gcnumber(rng, loc):
    return _pick(
        rng,
        f"{rng.randint(41, 47)}-{_d(rng, 3)}-{_d(rng, 2)}",
        f"{rng.randint(41, 47)} {_d(rng, 3)} {_d(rng, 2)}",
    )


def warranty(rng, loc):
    return _pick(
        rng,
        f"WR {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
        f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 3)}",
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}",
    )


def plot(rng, loc):
    return _pick(
        rng,
        f"{rng.randint(1, 99)}",
        f"{rng.randint(1, 60)}/{rng.randint(1, 9)}",
        f"{rng.choice('ABCDEFG')}{rng.randint(1, 40)}",
    )


def table(rng, loc):
    return str(rng.randint(1, 24))


def rsvp(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 4)}-{_d(rng, 2)}",
        f"{''.join(rng.choice(a.LETTERS) for _ in range(3))}{_d(rng, 3)}",
        f"{_nz(rng, 6)}",
    )


def friendcode(rng, loc):
    return f"SW-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}"


def meeting(rng, loc):
    return _pick(
        rng,
        f"{_nz(rng, 3)} {_d(rng, 4)} {_d(rng, 4)}",
        f"{_nz(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}",
        f"{_nz(rng, 4)} {_d(rng, 3)} {_d(rng, 4)}",
    )


def pressure(rng, loc):
    return _dec(loc, f"{rng.randint(985, 1035)}.{rng.randint(0, 9)} hPa")


def pace(rng, loc):
    km = _dec(loc, f"{rng.randint(5, 42)}.{rng.randint(0, 9)} km")
    return f"{km}, {rng.randint(25, 59)}:{rng.randint(0, 59):02d}"


def weight(rng, loc):
    if loc == "en_US":
        return f"{rng.randint(110, 260)} lbs"
    return _dec(loc, f"{rng.randint(48, 110)}.{rng.randint(0, 9)} kg")


KINDS = {
    "parcel": ("r", a.parcel),
    "order": ("r", a.order),
    "invoice": ("r", a.invoice),
    "meter": ("r", a.meter),
    "policy": ("r", a.policy),
    "customer": ("r", a.customer),
    "case": ("r", a.case),
    "ticket": ("r", a.ticket),
    "serial": ("r", a.serial),
    "reservation": ("r", a.reservation),
    "loyalty": ("r", a.loyalty),
    "voucher": ("r", a.voucher),
    "student": ("r", a.student),
    "candidate": ("r", a.candidate),
    "hymn": ("q", a.hymn),
    "room": ("r", a.room),
    "locker": ("r", a.locker),
    "bib": ("r", a.bib),
    "racetime": ("q", a.racetime),
    "microchip": ("r", a.microchip),
    "plate": ("r", a.plate),
    "tyre": ("q", a.tyre),
    "paint": ("r", a.paint),
    "dyelot": ("r", a.dyelot),
    "batch": ("r", a.batch),
    "ean": ("r", a.ean),
    "article": ("r", a.article),
    "isbn": ("r", a.isbn),
    "postcode": ("r", a.postcode),
    "pobox": ("r", a.pobox),
    "coords": ("q", a.coords),
    "kmmarker": ("q", kmmarker),
    "radio": ("q", radio),
    "resolution": ("q", resolution),
    "dimensions": ("q", dimensions),
    "babyweight": ("q", babyweight),
    "date": ("q", date),
    "timerange": ("q", timerange),
    "amount": ("q", amount),
    "version": ("r", version),
    "logtime": ("q", logtime),
    "transfer": ("r", transfer),
    "company": ("r", company),
    "vat": ("r", vat),
    "standard": ("r", standard),
    "pages": ("q", pages),
    "seats": ("q", seats),
    "cadastre": ("r", cadastre),
    "water": ("r", water),
    "job": ("r", job),
    "quote": ("r", quote),
    "gcnumber": ("r", gcnumber),
    "warranty": ("r", warranty),
    "plot": ("r", plot),
    "table": ("r", table),
    "rsvp": ("r", rsvp),
    "friendcode": ("r", friendcode),
    "meeting": ("r", meeting),
    "pressure": ("q", pressure),
    "pace": ("q", pace),
    "weight": ("q", weight),
}
# kinds whose values suit a list with a name in each row
LIST_KINDS = [
    "locker",
    "bib",
    "plot",
    "table",
    "student",
    "ticket",
    "seats",
    "room",
    "plate",
    "microchip",
    "candidate",
    "racetime",
    "customer",
    "reservation",
]
