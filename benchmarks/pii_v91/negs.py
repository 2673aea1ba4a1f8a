"""Hard negatives of v91 (election and campaign numbers), the guards and the screens."""

import ipaddress
import re

import phonenumbers as pn

from .pii import luhn_ok


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _th(n, sep=","):
    return f"{n:,}".replace(",", sep)


def _titulo(rng):
    # Brazilian título de eleitor: 8 serial digits, 2 state digits, 2 check digits
    while True:
        seq = _d(rng, 8)
        uf = f"{rng.randrange(1, 29):02d}"
        s1 = sum(int(c) * w for c, w in zip(seq, range(2, 10), strict=True)) % 11
        d1 = 0 if s1 == 10 else s1
        s2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
        d2 = 0 if s2 == 10 else s2
        v = seq + uf + str(d1) + str(d2)
        return f"{v[:4]} {v[4:8]} {v[8:]}"


def _epic(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _d(rng, 7)


KINDS = {
    "elector_number": lambda r: (
        f"{r.choice('ABCDEKLMNRSTW')}{r.choice('ABCDEFGHJK')}{r.randrange(1, 9)}-{r.randrange(1, 2999)}"
    ),
    "ons_code": lambda r: f"{r.choice(['E14', 'W07', 'S14'])}{_d(r, 6, '0')}",
    "ballot_serial": lambda r: f"{r.randrange(1, 9999):06d}",
    "vote_tally": lambda r: _th(r.randrange(1200, 48000)),
    "turnout_pct": lambda r: f"{r.randrange(280, 790) / 10:.1f}%",
    "majority_margin": lambda r: _th(r.randrange(40, 21000)),
    "fec_committee_id": lambda r: f"C00{_d(r, 6)}",
    "spending_amount": lambda r: f"{_th(r.randrange(1500, 45000))}.{r.randrange(100):02d}",
    "print_run": lambda r: _th(r.randrange(4, 90) * 500),
    "signature_count": lambda r: _th(r.randrange(1000, 250000), " "),
    "polling_hours": lambda r: r.choice(["07:00–22:00", "8:00-18:00", "7h30–19h00", "08.00–20.00", "7–22"]),
    "election_date": None,
    "precinct_code": lambda r: f"{r.randrange(1, 40)}-{r.randrange(1, 999):03d}",
    "turf_walk_id": lambda r: f"W{r.randrange(1, 60)}/{r.choice('ABCD')}",
    "swing_points": lambda r: f"{r.choice('+-−')}{r.randrange(5, 120) / 10:.1f}",
    "poll_sample_moe": lambda r: f"n = {_th(r.randrange(800, 2600))}, ±{r.randrange(19, 36) / 10:.1f}",
    "wahlkreis_number": lambda r: f"{r.randrange(1, 299):03d}",
    "stimmbezirk_code": lambda r: f"{r.randrange(100, 999)}-{r.randrange(1, 40):02d}",
    "titulo_eleitor": _titulo,
    "zona_secao": lambda r: f"{r.randrange(1, 420):03d}/{r.randrange(1, 700):04d}",
    "epic_voter_id": _epic,
    "part_serial_no": lambda r: f"{r.randrange(1, 320)}/{r.randrange(1, 1400)}",
    "urna_candidate_no": lambda r: str(r.randrange(10000, 99999)),
    "bureau_de_vote": lambda r: f"{r.randrange(1, 120):03d}",
    "insee_code": lambda r: f"{r.choice(['13', '31', '33', '59', '69', '75'])}{r.randrange(1, 400):03d}",
    "mesa_seccion": lambda r: f"{r.randrange(1, 30):02d}-{r.randrange(1, 150):03d}-{r.choice('AB')}",
    "tessera_elettorale": lambda r: _d(r, 9, "0"),
    "stembureau_no": lambda r: str(r.randrange(1, 900)),
    "party_member_no": lambda r: _d(r, 8, "0"),
    "donation_receipt": lambda r: f"DR-26-{r.choice('ABCKM')}{_d(r, 4)}",
    "ballot_box_of": lambda r: f"{r.randrange(1, 30)}/{r.randrange(30, 60)}",
    "sort_code": lambda r: f"{_d(r, 2, '1234679')}-{_d(r, 2)}-{_d(r, 2)}",
    "census_tract": lambda r: f"{r.randrange(1, 9999):04d}.{r.randrange(1, 99):02d}",
    "seat_count": lambda r: f"{r.randrange(150, 420)}/{r.choice([650, 630, 577, 736, 150, 543])}",
    "fieldwork_dates": lambda r: r.choice(["12–14", "3-5", "21–23", "28–30", "9/10"]),
    "leaflet_round": lambda r: f"{r.randrange(1, 40)}.{r.randrange(1, 12)}",
    "registered_electors": lambda r: _th(r.randrange(600, 5200), r.choice([" ", ".", ""])),
}

MONTHS = {
    "en": ["May", "Jun", "Nov", "Oct"],
    "de": ["Mai", "Juni", "Sept.", "Okt."],
    "fr": ["mai", "juin", "oct."],
    "es": ["may.", "jun.", "oct."],
    "it": ["mag.", "giu.", "ott."],
    "nl": ["mei", "juni", "okt."],
    "pt": ["maio", "out.", "jun."],
    "hi": ["May", "Nov", "Oct"],
}


def election_date(r, lang):
    m = r.choice(MONTHS[lang])
    day = r.randrange(1, 29)
    if lang == "en" and r.random() < 0.5:
        return f"{m} {day}, 2026"
    if lang in ("es", "pt"):
        return f"{day} de {m} de 2026" if not m.endswith(".") else f"{day} {m} 2026"
    if lang == "de":
        return f"{day}. {m} 2026"
    return f"{day} {m} 2026"


HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
LOCALE_REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "en_AU": "AU",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
}
NATIONAL_OF = {"en_AU": "GB", "en_IE": "GB", "de_AT": "DE", "de_CH": "DE", "fr_BE": "FR", "nl_BE": "NL"}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn_ok(d[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        v = m.group().replace(" ", "")
        if len(v) >= 15 and int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1:
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        if m.group().count(":") >= 2 and any(c.isalnum() for c in m.group()):
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def regions_for(locale, lang):
    home = LOCALE_REGION.get(locale, "US")
    out = [home, NATIONAL_OF.get(locale, home), HOME[lang]]
    return list(dict.fromkeys(out))


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(text, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(text, regions)) or bool(guard_hits(text))


SWAP = {
    "vote_tally",
    "turnout_pct",
    "majority_margin",
    "spending_amount",
    "print_run",
    "swing_points",
    "poll_sample_moe",
    "leaflet_round",
}
SWAP_TABLE = str.maketrans({",": ".", ".": ","})


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions, lang):
        for _ in range(200):
            v = election_date(self.rng, lang) if kind == "election_date" else KINDS[kind](self.rng)
            if lang not in ("en", "hi") and kind in SWAP:
                v = v.translate(SWAP_TABLE)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
