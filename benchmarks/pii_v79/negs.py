"""Hard negatives of the v79 set: numbers that music people write, none of them PII.

Every value is screened on its own (parse + is_valid_number, PhoneNumberMatcher at Leniency.VALID for
the screening regions, and guard_hits); a dirty value is drawn again (Drawer), up to 200 times.
"""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


def isrc(rng, lang):
    cc = rng.choice(["GB", "DE", "US", "NL", "FR", "BR", "IT", "ES"])
    reg = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(3))
    yy = "%02d" % rng.randint(15, 25)
    return rng.choice(["%s-%s-%s-%s", "%s%s%s%s"]) % (cc, reg, yy, _d(rng, 5))


def iswc(rng, lang):
    d = _d(rng, 9)
    return "T-%s.%s.%s-%s" % (d[:3], d[3:6], d[6:], rng.randint(0, 9))


def ipi(rng, lang):
    return "00" + _d(rng, 9)


def catno(rng, lang):
    lab, pat = rng.choice(
        [
            ("DG ", "### ####"),
            ("ECM ", "####"),
            ("BIS-", "####"),
            ("CHAN ", "#####"),
            ("HMM ", "######"),
            ("SIGCD", "###"),
        ]
    )
    return lab + "".join(rng.choice("0123456789") if c == "#" else c for c in pat)


def bwv(rng, lang):
    return rng.choice(["BWV %d", "KV %d", "HWV %d", "D %d", "RV %d", "Hob. XVI:%d"]) % rng.randint(1, 1080)


def opus(rng, lang):
    return "op. %d/%d" % (rng.randint(2, 130), rng.randint(1, 6))


def tempo(rng, lang):
    return "\u2669 = %d" % rng.choice(range(40, 208, 4))


def bpm(rng, lang):
    return "%d BPM" % rng.randint(68, 174)


def bars(rng, lang):
    a = rng.randint(1, 380)
    return "%d\u2013%d" % (a, a + rng.randint(4, 60))


def samplerate(rng, lang):
    return "%s kHz / %s-bit" % (
        rng.choice(["44.1", "48", "88.2", "96", "192"]),
        rng.choice(["16", "24", "32"]),
    )


def tuning(rng, lang):
    return "a' = %d Hz" % rng.choice([415, 430, 440, 441, 442, 443])


def smpte(rng, lang):
    return "%02d:%02d:%02d:%02d" % (
        rng.randint(0, 1),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(0, 24),
    )


def gauge(rng, lang):
    return rng.choice(["010-046", "011-049", "009-042", "012-053", "10-46", "045-105", "040-095"])


def midicc(rng, lang):
    return "CC %d / PC %d" % (rng.randint(1, 127), rng.randint(1, 128))


def tab(rng, lang):
    frets = [str(rng.randint(0, 12)) for _ in range(4)]
    return "e|--" + "--".join(frets) + "--|"


def chordshape(rng, lang):
    return rng.choice(["x32010", "320003", "x02210", "022000", "xx0232", "133211", "x24442", "x35553"])


def timesig(rng, lang):
    return rng.choice(["7/8", "5/4", "12/8", "6/8", "3/2", "9/8", "11/16"])


def seats(rng, lang):
    a = rng.randint(1, 480)
    return "%s %d\u2013%d" % (rng.choice("ABCDEFGHJKLMN"), a, a + rng.randint(1, 6))


def bookref(rng, lang):
    return "BKG/%d/%03d" % (rng.randint(24, 26), rng.randint(1, 999))


def workno(rng, lang):
    return "%s-%03d" % (_nz(rng, 8), rng.randint(1, 12))


def stagetimes(rng, lang):
    h = rng.randint(17, 21)
    m = rng.choice(["00", "15", "30", "45"])
    return "%d:%s\u2013%d:%s" % (h, m, h + rng.randint(1, 3), rng.choice(["00", "15", "30", "45"]))


def fee(rng, lang):
    n = rng.randint(180, 4800)
    if lang in ("en", "hi"):
        return rng.choice(["$", "\u00a3", "\u20b9"]) + "{:,}".format(n * (80 if lang == "hi" else 1)) + ".00"
    return "{:,}".format(n).replace(",", ".") + ",00 \u20ac"


def spl(rng, lang):
    return "%d dB(A)" % rng.randint(82, 108)


def impedance(rng, lang):
    return "%s \u03a9" % rng.choice(["4", "8", "16", "150", "600", "2 x 8"])


def hymn(rng, lang):
    return "%s %d" % (rng.choice(["EG", "GL", "Hymn", "HP", "NLB"]), rng.randint(1, 850))


def voices(rng, lang):
    return "SATB %d-%d-%d-%d" % tuple(rng.randint(3, 14) for _ in range(4))


def shelfmark(rng, lang):
    return "Mus. %d-%s-%d" % (rng.randint(100, 9999), rng.choice("ABCDEF"), rng.randint(1, 40))


def rental(rng, lang):
    return "MV/%02d/%03d" % (rng.randint(23, 25), rng.randint(1, 400))


def scale(rng, lang):
    return "%d mm" % rng.choice([610, 628, 630, 645, 648, 650, 660, 864])


def takefile(rng, lang):
    return "take%02d_%d%02d%02d_%sk.wav" % (
        rng.randint(1, 40),
        rng.randint(2024, 2025),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.choice(["44", "48", "96"]),
    )


def wireless(rng, lang):
    return "%d.%03d MHz" % (rng.randint(470, 694), rng.choice(range(0, 1000, 25)))


def lufs(rng, lang):
    return "%d LUFS, %s dBTP" % (-rng.randint(9, 23), rng.choice(["-1.0", "-0.5", "-1.5", "-2.0"]))


def nashville(rng, lang):
    return "-".join(str(rng.choice([1, 2, 3, 4, 5, 6])) for _ in range(rng.randint(4, 6)))


def meter(rng, lang):
    return rng.choice(["87 87 D", "76 76 D", "88 88", "10 10 10 10", "86 86", "11 10 11 10"])


def channels(rng, lang):
    a = rng.choice([1, 9, 17, 25, 33])
    return "%d\u2013%d" % (a, a + rng.choice([7, 15]))


def candidate(rng, lang):
    return "%06d" % rng.randint(1, 99999)


def humidity(rng, lang):
    return "%d\u2013%d %% RH" % (rng.randint(35, 45), rng.randint(50, 60))


def position(rng, lang):
    return "%03d:%d:%03d" % (rng.randint(1, 220), rng.randint(1, 4), rng.choice(range(0, 960, 120)))


def scene(rng, lang):
    return "%03d" % rng.randint(1, 300)


def pitchcents(rng, lang):
    return "%+d cents" % rng.choice([-14, -12, -8, -5, 3, 6, 9, 12])


def upc(rng, lang):
    return "0 " + _d(rng, 5) + " " + _d(rng, 5) + " " + _d(rng, 1)


KINDS = {
    f.__name__: f
    for f in (
        isrc,
        iswc,
        ipi,
        catno,
        bwv,
        opus,
        tempo,
        bpm,
        bars,
        samplerate,
        tuning,
        smpte,
        gauge,
        midicc,
        tab,
        chordshape,
        timesig,
        seats,
        bookref,
        workno,
        stagetimes,
        fee,
        spl,
        impedance,
        hymn,
        voices,
        shelfmark,
        rental,
        scale,
        takefile,
        wireless,
        lufs,
        nashville,
        meter,
        channels,
        candidate,
        humidity,
        position,
        scene,
        pitchcents,
        upc,
    )
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ \-]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        for a in range(len(digits)):
            for b in range(a + 13, min(len(digits), a + 19) + 1):
                if luhn(digits[a:b]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        s2 = s[4:] + s[:4]
        if int("".join(str(int(c, 36)) for c in s2)) % 97 == 1:
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        if m.group().count(":") >= 2 and any(c.isalnum() for c in m.group()):
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for region in regions:
        try:
            num = phonenumbers.parse(text, region)
            if phonenumbers.is_valid_number(num):
                hits.append("parse:" + region)
        except phonenumbers.NumberParseException:
            pass
        for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            hits.append("match:%s:%s" % (region, m.raw_string))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


def doc_dirty(text, regions):
    hits = guard_hits(text)
    for region in regions:
        for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            hits.append("match:%s:%s" % (region, m.raw_string))
    return hits


class Drawer:
    """Draws clean hard negatives; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = {}

    def draw(self, kind, lang, regions):
        for _ in range(200):
            value = KINDS[kind](self.rng, lang)
            if not dirty(value, regions):
                self.used.add(kind)
                return value
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds[kind] = self.replaced_kinds.get(kind, 0) + 1
        return "\u2013"
