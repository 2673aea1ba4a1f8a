"""Hard negatives from media and broadcasting: numbers that are not phone numbers (or other PII)."""

import ipaddress
import re
import string

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as std_iban

SEP = {"en": ",", "hi": ",", "de": ".", "nl": ".", "it": ".", "es": ".", "pt": ".", "fr": "\u202f"}
DEC = {"en": ".", "hi": "."}


def _thou(n, lang):
    s = f"{n:,}"
    return s.replace(",", SEP[lang])


def _dec(x, lang, nd=1):
    s = f"{x:.{nd}f}"
    return s if DEC.get(lang) == "." else s.replace(".", ",")


def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _isbn13(rng):
    body = "978" + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    full = body + str(c)
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


def _issn(rng):
    body = _d(rng, 7)
    s = sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return f"{body[:4]}-{body[4:]}{'X' if c == 10 else c}"


def _uuid(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _date(rng):
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}"


def _hhmm(rng):
    return f"{rng.randint(0, 23):02d}:{rng.choice(['00', '01', '15', '30', '45'])}"


KINDS = {
    "isrc": lambda r, g: f"ISRC {rng_cc(r)}-{_up(r, 3)}-{r.randint(18, 25)}-{_d(r, 5)}",
    "isbn13": lambda r, g: f"ISBN {_isbn13(r)}",
    "issn": lambda r, g: f"ISSN {_issn(r)}",
    "fm_frequency": lambda r, g: f"FM {_dec(r.randint(875, 1080) / 10, g)} MHz",
    "mw_frequency": lambda r, g: f"MW {531 + 9 * r.randint(0, 119)} kHz",
    "dab_block": lambda r, g: f"DAB {r.choice(['11D', '12A', '12B', '12C', '10B', '5C'])}",
    "smpte_timecode": lambda r, g: (
        f"TC {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}:{r.randint(0, 24):02d}"
    ),
    "episode_runtime": lambda r, g: f"Ep. {r.randint(12, 480)} · {r.randint(21, 96)}:{r.randint(0, 59):02d}",
    "tv_audience": lambda r, g: f"{_thou(r.randint(120, 9800) * 1000, g)} " + AUD[g],
    "audience_share": lambda r, g: _dec(r.uniform(3, 45), g) + ("% " if g in DEC else " % ") + SHARE[g],
    "word_count": lambda r, g: f"{_thou(r.randint(350, 4200), g)} " + WORDS[g],
    "embargo_time": lambda r, g: f"{_hhmm(r)} {_date(r)}",
    "release_ref": lambda r, g: f"PR {r.choice([24, 25])}/{_d(r, 3)}",
    "wire_image_id": lambda r, g: f"IMG_2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{_d(r, 6)}",
    "edition_number": lambda r, g: f"{EDITION[g]} {_thou(r.randint(12000, 61000), g)}",
    "bitrate": lambda r, g: f"{r.choice([64, 96, 128, 192, 256, 320])} kbit/s",
    "sample_rate": lambda r, g: f"{r.choice(['44.1', '48', '96'])} kHz / {r.choice([16, 24, 32])}-bit",
    "doi": lambda r, g: (
        f"doi:10.{r.randint(1000, 9999)}/{_up(r, 1).lower()}{_d(r, 5)}-{r.randint(2019, 2025)}"
        f"-{_d(r, 5)}-{r.randint(0, 9)}"
    ),
    "coordinates": lambda r, g: f"{r.randint(40, 58)}.{_d(r, 4)}° N, {r.randint(0, 12)}.{_d(r, 4)}° E",
    "sat_transponder": lambda r, g: (
        f"{r.randint(10700, 12750)} {r.choice('HV')} {r.choice([22000, 27500, 29700])}"
        f" {r.choice(['3/4', '5/6', '2/3'])}"
    ),
    "rds_pi_code": lambda r, g: (
        f"PI {r.choice('CDF')}{r.randint(1, 9)}{r.choice('0123456789ABCDEF')}{r.randint(1, 9)}"
    ),
    "production_code": lambda r, g: f"prod. {r.randint(1, 9)}/{_d(r, 4)}/{_d(r, 4)}",
    "pantone_colour": lambda r, g: f"Pantone {r.randint(100, 7700)} {r.choice('CU')}",
    "feed_guid": lambda r, g: f"GUID {_uuid(r)}",
    "podcast_store_id": lambda r, g: f"id{r.randint(1000000000, 1799999999)}",
    "survey_sample": lambda r, g: f"n = {_thou(r.randint(1000, 4000), g)}",
    "index_close": lambda r, g: f"{INDEX[g]} {_thou(r.randint(7000, 19999), g)}{DEC.get(g, ',')}{_d(r, 2)}",
    "attendance": lambda r, g: f"{ATT[g]} {_thou(r.randint(8000, 81000), g)}",
    "air_pressure": lambda r, g: f"{r.randint(970, 1040)} hPa",
    "vote_count": lambda r, g: f"{_thou(r.randint(4000, 39000), g)} {VOTES[g]}",
    "lottery_draw": lambda r, g: " – ".join(f"{x:02d}" for x in sorted(r.sample(range(1, 50), 6))),
    "exif": lambda r, g: (
        f"f/{r.choice(['1.8', '2.8', '4', '5.6'])}, 1/{r.choice([125, 250, 500, 1000])} s,"
        f" ISO {r.choice([200, 400, 800, 1600, 3200, 6400])}"
    ),
    "camera_clip": lambda r, g: (
        f"A{_d(r, 3)}C{_d(r, 3)}_25{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{_up(r, 4)}"
    ),
    "court_case": lambda r, g: f"{r.randint(1, 4)}:{r.randint(22, 25)}-cv-{_d(r, 5)}",
    "rate_card": lambda r, g: f"{RATE[g]}{_thou(r.randint(300, 9000), g)} / 30 s",
    "loudness": lambda r, g: f"-{r.choice([23, 24, 16, 14])} LUFS, TP -{r.randint(1, 3)} dBTP",
    "channel_number": lambda r, g: f"{CHAN[g]} {r.randint(100, 999)}",
    "archive_tape": lambda r, g: f"VT {r.randint(1979, 2012)}/{_d(r, 4)}",
    "package_duration": lambda r, g: f"{r.randint(1, 4)}'{r.randint(0, 59):02d}\"",
    "poll_margin": lambda r, g: f"± {_dec(r.uniform(1.5, 4.5), g)} pp",
    "page_reference": lambda r, g: f"p. {r.randint(2, 64)}, col. {r.randint(1, 6)}",
}

AUD = {
    "en": "viewers",
    "hi": "viewers",
    "de": "Zuschauer",
    "fr": "téléspectateurs",
    "es": "espectadores",
    "it": "spettatori",
    "nl": "kijkers",
    "pt": "telespectadores",
}
SHARE = {
    "en": "share",
    "hi": "share",
    "de": "Marktanteil",
    "fr": "de part d'audience",
    "es": "de cuota",
    "it": "di share",
    "nl": "marktaandeel",
    "pt": "de share",
}
WORDS = {
    "en": "words",
    "hi": "words",
    "de": "Wörter",
    "fr": "mots",
    "es": "palabras",
    "it": "parole",
    "nl": "woorden",
    "pt": "palavras",
}
EDITION = {
    "en": "edition no.",
    "hi": "edition no.",
    "de": "Ausgabe Nr.",
    "fr": "édition n°",
    "es": "edición n.º",
    "it": "edizione n.",
    "nl": "editie nr.",
    "pt": "edição n.º",
}
INDEX = {
    "en": "FTSE 100",
    "hi": "Sensex",
    "de": "DAX",
    "fr": "CAC 40",
    "es": "IBEX 35",
    "it": "FTSE MIB",
    "nl": "AEX",
    "pt": "Ibovespa",
}
ATT = {
    "en": "attendance",
    "hi": "attendance",
    "de": "Zuschauer im Stadion:",
    "fr": "affluence",
    "es": "asistencia",
    "it": "spettatori",
    "nl": "toeschouwers",
    "pt": "público",
}
VOTES = {
    "en": "votes",
    "hi": "votes",
    "de": "Stimmen",
    "fr": "voix",
    "es": "votos",
    "it": "voti",
    "nl": "stemmen",
    "pt": "votos",
}
RATE = {"en": "£", "hi": "₹", "de": "€", "fr": "€", "es": "€", "it": "€", "nl": "€", "pt": "R$"}
CHAN = {
    "en": "Freeview channel",
    "hi": "DTH channel",
    "de": "Programmplatz",
    "fr": "canal",
    "es": "canal",
    "it": "LCN",
    "nl": "kanaal",
    "pt": "canal",
}


def rng_cc(r):
    return r.choice(["GB", "US", "DE", "FR", "NL", "BR", "IN", "IT", "ES"])


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn_ok(digits):
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
    """Non-phone PII shapes in text: e-mail, Luhn-valid 13-19 digit runs, IBANs, IPs, SSN shapes."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        for a in range(len(digits)):
            for b in range(a + 13, min(len(digits), a + 19) + 1):
                if luhn_ok(digits[a:b]):
                    hits.append("luhn")
                    break
    for m in re.finditer(r"\d{13,19}", text):
        if luhn_ok(m.group()):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    for region in regions:
        try:
            num = pn.parse(text, region)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        for _ in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


class Drawer:
    """Draws hard negatives of a kind, redrawing dirty ones (at most 200 tries, then a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            value = KINDS[kind](self.rng, lang)
            if not dirty(value, regions):
                self.used.add(kind)
                return value
            self.redraws += 1
        self.replaced += 1
        return "–"
