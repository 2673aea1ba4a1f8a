"""Hard negatives for v86 (libraries, museums, archives) and the guards that screen them."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def isbn13(rng, lang):
    body = rng.choice(["978", "979"]) + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    grp = rng.choice([1, 2, 3])
    pub = rng.choice([3, 4, 5])
    s = body + str(chk)
    return f"{s[:3]}-{s[3 : 3 + grp]}-{s[3 + grp : 3 + grp + pub]}-{s[3 + grp + pub : 12]}-{s[12]}"


def isbn10(rng, lang):
    body = _d(rng, 9)
    chk = sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
    c = "X" if (11 - chk) % 11 == 10 else str((11 - chk) % 11)
    return f"{body[0]}-{body[1:4]}-{body[4:9]}-{c}"


def issn(rng, lang):
    body = _d(rng, 7)
    chk = (11 - sum((8 - i) * int(c) for i, c in enumerate(body)) % 11) % 11
    return f"{body[:4]}-{body[4:]}{'X' if chk == 10 else chk}"


def dewey(rng, lang):
    return f"{_d(rng, 3, '1234789')}.{_d(rng, rng.choice([2, 3, 4]))}"


def accession(rng, lang):
    return f"{rng.randint(1890, 2024)}.{rng.randint(1, 999)}.{rng.randint(1, 80)}"


def archive_ref(rng, lang):
    head = f"{rng.choice(['D', 'Q', 'P', 'DE', 'BR'])}/{rng.choice(['EX', 'SM', 'AB', 'HW'])}"
    return f"{head} {rng.randint(100, 9999)}/{rng.randint(1, 30)}/{rng.randint(1, 99)}"


def tna_ref(rng, lang):
    dept = rng.choice(["WO", "ADM", "HO", "MH", "RAIL", "BT"])
    return f"{dept} {rng.randint(1, 400)}/{rng.randint(100, 9999)}"


def card_barcode(rng, lang):
    return "2" + _d(rng, 13)


def reader_ticket(rng, lang):
    return f"{_d(rng, 3, '123456789')} {_d(rng, 3)} {_d(rng, 3)}"


def oclc(rng, lang):
    return _d(rng, rng.choice([9, 10]), "123456789")


def hours(rng, lang):
    a, b = rng.choice([9, 10]), rng.choice([16, 17, 18, 19])
    m = rng.choice(["00", "30"])
    return f"{a}:{m}–{b}:00" if lang in ("en", "hi") else f"{a}.{m}–{b}.00"


def year_range(rng, lang):
    a = rng.randint(1538, 1900)
    if lang == "de":
        return f"{a}"
    word = {"en": "to", "hi": "से", "de": "bis", "fr": "à", "es": "a", "it": "al", "nl": "tot", "pt": "a"}[
        lang
    ]
    b = a + rng.randint(5, 90)
    end = str(b)[2:] if b // 100 == a // 100 else str(b)
    return f"{a} {word} {end}"


def census_piece(rng, lang):
    piece = f"RG{rng.choice([9, 10, 11, 12, 13, 14])}/{rng.randint(100, 5999)}"
    return f"{piece}, f. {rng.randint(1, 200)}, p. {rng.randint(1, 60)}"


def box_file(rng, lang):
    return f"{rng.randint(1, 300)}/{rng.randint(1, 40)}/{rng.randint(1, 20)}"


def grid_ref(rng, lang):
    return f"{rng.choice(['SK', 'TQ', 'SU', 'NT', 'SE', 'ST'])} {_d(rng, 4)} {_d(rng, 4)}"


def coords(rng, lang):
    return f"{rng.uniform(35, 58):.5f}, {rng.uniform(-8, 16):.5f}"


def price(rng, lang):
    v = rng.choice([4, 6, 7, 8, 9, 12, 14, 16]) + rng.choice([0, 0.5])
    if lang == "en":
        return f"£{v:.2f}"
    if lang == "hi":
        return f"₹{int(v * 10)}"
    return f"{v:.2f} €".replace(".", ",")


def booking_ref(rng, lang):
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return f"{rng.choice(['MB', 'GRP', 'VIS', 'TK'])}-{code}"


def charity_no(rng, lang):
    return _d(rng, 7, "12")


def doi(rng, lang):
    journal = rng.choice(["jsa", "hist", "arch", "mus"])
    return f"10.{rng.randint(1000, 9999)}/{journal}.{rng.randint(1990, 2024)}.{_d(rng, 5)}"


def isni(rng, lang):
    return f"0000 000{rng.randint(0, 4)} {_d(rng, 4)} {_d(rng, 3)}{rng.choice('0123456789X')}"


def reel(rng, lang):
    return f"{rng.randint(100, 3999)}, {rng.randint(1, 200)}–{rng.randint(201, 900)}"


def pages(rng, lang):
    a = rng.randint(11, 600)
    return f"{a}–{a + rng.randint(4, 40)}"


def dims(rng, lang):
    a, b = rng.randint(12, 190), rng.randint(10, 140)
    sep = "." if lang in ("en", "hi") else ","
    return f"{a}{sep}{rng.randint(0, 9)} × {b} cm"


def climate(rng, lang):
    sep = "." if lang in ("en", "hi") else ","
    return f"{rng.randint(16, 21)}{sep}{rng.randint(0, 9)} °C / {rng.randint(40, 58)} % RH"


def lux(rng, lang):
    return f"{rng.choice([50, 80, 150, 200])} lux"


def inventory(rng, lang):
    return f"{rng.randint(1880, 2020)}/{rng.randint(1, 2500)}"


def negative_no(rng, lang):
    return f"{_d(rng, 4, '123456789')}-{_d(rng, 2)}"


def volume(rng, lang):
    return f"{rng.randint(1, 140)}({rng.randint(1, 12)}), {rng.randint(1950, 2024)}"


def lot(rng, lang):
    return str(rng.randint(1, 650))


def room(rng, lang):
    return f"{rng.randint(1, 60)}"


def wikidata(rng, lang):
    return "Q" + _d(rng, rng.choice([5, 6, 7, 8]), "123456789")


def radiocarbon(rng, lang):
    return f"{rng.randint(800, 9000)} ± {rng.choice([25, 30, 35, 40, 45, 60])} BP"


def entry_no(rng, lang):
    return str(rng.randint(1, 2400))


def member_no(rng, lang):
    return "F" + _d(rng, 6)


def ill_id(rng, lang):
    return f"ILL-{rng.randint(24, 26)}{rng.choice('ABCDEFGHKLMNPRST')}{_d(rng, 4)}"


def run_dates(rng, lang):
    m1, m2 = rng.randint(1, 6), rng.randint(7, 12)
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    y = rng.randint(2025, 2027)
    if lang == "en":
        return f"{d1}/{m1}/{y} – {d2}/{m2}/{y}"
    return f"{d1:02d}.{m1:02d}.{y}–{d2:02d}.{m2:02d}.{y}"


def folio(rng, lang):
    a = rng.randint(1, 200)
    return f"{a}r–{a + rng.randint(1, 30)}v"


def ark(rng, lang):
    return (
        f"ark:/{rng.choice(['12148', '13960', '67531'])}/{rng.choice(['btv1b', 't', 'metapth'])}{_d(rng, 8)}"
    )


def weight(rng, lang):
    sep = "." if lang in ("en", "hi") else ","
    return f"{rng.randint(1, 30)}{sep}{_d(rng, 2)} g"


def udc(rng, lang):
    return f'{_d(rng, 2, "3456789")}({rng.randint(400, 499)})"{rng.randint(1800, 1950)}"'


def group_size(rng, lang):
    return str(rng.randint(8, 60))


def gift_aid(rng, lang):
    return f"GA{_d(rng, 8)}"


def rfid(rng, lang):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))


KINDS = {
    f.__name__: f
    for f in [
        isbn13,
        isbn10,
        issn,
        dewey,
        accession,
        archive_ref,
        tna_ref,
        card_barcode,
        reader_ticket,
        oclc,
        hours,
        year_range,
        census_piece,
        box_file,
        grid_ref,
        coords,
        price,
        booking_ref,
        charity_no,
        doi,
        isni,
        reel,
        pages,
        dims,
        climate,
        lux,
        inventory,
        negative_no,
        volume,
        lot,
        room,
        wikidata,
        radiocarbon,
        entry_no,
        member_no,
        ill_id,
        run_dates,
        folio,
        ark,
        weight,
        udc,
        group_size,
        gift_aid,
        rfid,
    ]
}

HOME = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{7,}")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP_RE.finditer(text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        try:
            n = pn.parse(text, r)
            if pn.is_valid_number(n):
                hits.append(r)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append(f"{r}:{m.raw_string}")
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))
