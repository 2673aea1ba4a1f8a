"""Hard negatives for v103: numbers from vineyards, cellars, breweries and distilleries, with the screen."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from .numbers import luhn_ok


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang, s):
    return s.replace(".", ",") if lang not in ("en", "hi") else s


def _ean(rng, n):
    body = _d(rng, n - 1)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def _abv(r, lang):
    return _dec(lang, "%.1f" % (r.randint(85, 155) / 10)) + r.choice(
        [" % vol", "% vol.", "% ABV" if lang == "en" else " % vol."]
    )


def _gravity(r, lang):
    og = r.randint(1040, 1085)
    return "OG %s → FG %s" % (_dec(lang, "1.%03d" % (og - 1000)), _dec(lang, "1.%03d" % r.randint(6, 16)))


def _sscc(r, lang):
    s = "3" + _ean(r, 17)
    return "(00) %s %s %s %s" % (s[:1], s[1:8], s[8:17], s[17:])


def _cadastre(r, lang):
    return r.choice(
        [
            "%s %d" % (r.choice(["ZA", "AB", "C", "ZK"]), r.randint(12, 480)),
            "Flur %d, Nr. %d/%d" % (r.randint(1, 40), r.randint(10, 999), r.randint(1, 9)),
        ]
    )


def _gps(r, lang):
    return "%.4f° N, %.4f° %s" % (r.uniform(35, 52), r.uniform(0, 12), r.choice("EW"))


KINDS = {
    "vintage_span": lambda r, lang: "%d–%d" % ((y := r.randint(1995, 2020)), y + r.randint(2, 4)),
    "lot_code": lambda r, lang: "L%s-%s" % (_d(r, 4), _d(r, 3)),
    "abv": _abv,
    "ibu": lambda r, lang: "%d IBU" % r.randint(12, 95),
    "ebc_colour": lambda r, lang: "%d EBC" % r.randint(4, 140),
    "brix": lambda r, lang: _dec(lang, "%.1f" % (r.randint(195, 265) / 10)) + " °Brix",
    "ph": lambda r, lang: "pH " + _dec(lang, "3.%02d" % r.randint(5, 75)),
    "acidity": lambda r, lang: _dec(lang, "%.1f" % (r.randint(45, 95) / 10)) + " g/L",
    "so2": lambda r, lang: "%d mg/L SO2" % r.randint(12, 160),
    "gravity": _gravity,
    "barrel_no": lambda r, lang: "B-%s/%s" % (_d(r, 2), _d(r, 3)),
    "cask_no": lambda r, lang: "#%d" % r.randint(100, 99999),
    "bottle_of": lambda r, lang: "%d/%d" % ((t := r.randint(600, 6000)) - r.randint(1, 500), t),
    "case_count": lambda r, lang: "%d × %d" % (r.randint(2, 240), r.choice([6, 12, 24])),
    "hectolitres": lambda r, lang: (
        "{:,}".format(r.randint(1200, 98000)).replace(",", "." if lang != "en" else ",") + " hL"
    ),
    "vine_rows": lambda r, lang: "%d–%d" % ((a := r.randint(1, 60)), a + r.randint(8, 40)),
    "rootstock": lambda r, lang: r.choice(["101-14 Mgt", "3309 C", "SO4", "1103 P", "140 Ru", "5BB", "41 B"]),
    "clone": lambda r, lang: r.choice(["777", "115", "667", "828", "95", "76", "548", "169"]),
    "ttb_cola": lambda r, lang: (
        "%02d%03d%03d%06d" % (r.randint(18, 24), r.randint(1, 366), r.randint(0, 1), r.randint(1, 999999))
    ),
    "bonded_no": lambda r, lang: (
        "%s-%s-%d"
        % (r.choice(["BW", "DSP", "BR"]), r.choice(["CA", "OR", "KY", "WA", "NY"]), r.randint(1000, 30000))
    ),
    "awrs_urn": lambda r, lang: "X%sAW%s" % (r.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), _d(r, 11)),
    "emcs_arc": lambda r, lang: (
        "%s%s%s"
        % (
            r.choice(["23", "24", "25"]),
            r.choice(["GB", "DE", "FR", "IT", "ES", "PT"]),
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(17)),
        )
    ),
    "ean13": lambda r, lang: _ean(r, 13),
    "sscc": _sscc,
    "hs_code": lambda r, lang: (
        r.choice(["2204.21", "2204.10", "2203.00", "2208.30", "2208.20", "2206.00"])
        + "."
        + r.choice(["00", "10", "79", "98"])
    ),
    "temperature": lambda r, lang: "%d–%d °C" % ((t := r.randint(8, 24)), t + r.randint(2, 5)),
    "bar_pressure": lambda r, lang: _dec(lang, "%.1f" % (r.randint(15, 65) / 10)) + " bar",
    "tank_litres": lambda r, lang: (
        "T-%d (%s L)"
        % (
            r.randint(1, 48),
            "{:,}".format(r.choice([2500, 5000, 8500, 12000, 25000])).replace(
                ",", "." if lang != "en" else ","
            ),
        )
    ),
    "yield_hlha": lambda r, lang: "%d hl/ha" % r.randint(25, 90),
    "cadastre": _cadastre,
    "score": lambda r, lang: r.choice(
        ["%d/100" % r.randint(86, 99), _dec(lang, "%.1f/20" % (r.randint(30, 38) / 2))]
    ),
    "picking_date": lambda r, lang: (
        "%02d.%02d.%d" % (r.randint(1, 28), r.randint(8, 10), r.randint(2019, 2025))
    ),
    "opening_hours": lambda r, lang: (
        "%d:%s–%d:%s" % (r.randint(9, 12), r.choice(["00", "30"]), r.randint(16, 21), r.choice(["00", "30"]))
    ),
    "member_no": lambda r, lang: "%s-%s" % (r.choice(["WC", "CL", "CC", "VIP"]), _d(r, 5)),
    "booking_ref": lambda r, lang: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "wset_candidate": lambda r, lang: _d(r, 7),
    "gps": _gps,
    "bottle_size": lambda r, lang: r.choice(
        [
            "75 cl",
            "37,5 cl" if lang != "en" else "37.5 cl",
            "1,5 l" if lang != "en" else "1.5 l",
            "70 cl",
            "50 cl",
            "3 l",
        ]
    ),
    "age_years": lambda r, lang: str(r.choice([3, 5, 8, 10, 12, 15, 18, 21, 25, 30])),
    "cask_strength": lambda r, lang: _dec(lang, "%.1f" % (r.randint(520, 660) / 10)) + " %",
    "hop_code": lambda r, lang: r.choice(["HBC 1019", "HBC 472", "HBC 630", "HBC 586", "HBC 1145"]),
    "yeast_strain": lambda r, lang: r.choice(
        ["EC-1118", "WLP001", "US-05", "K1-V1116", "WLP565", "71B-1122", "Wyeast 1968"]
    ),
    "dosage": lambda r, lang: "%d g/L" % r.randint(0, 12),
    "disgorged": lambda r, lang: "%02d/%d" % (r.randint(1, 12), r.randint(2018, 2025)),
    "keg_no": lambda r, lang: "K-%s" % _d(r, 4),
    "grain_kg": lambda r, lang: "{:,} kg".format(r.randint(250, 9800)).replace(
        ",", "." if lang != "en" else ","
    ),
    "parcel_ha": lambda r, lang: _dec(lang, "%.2f" % (r.randint(30, 1800) / 100)) + " ha",
    "gps_coords": _gps,
    "price": lambda r, lang: (
        (r.choice(["€", "£", "$"]) if lang == "en" else "")
        + _dec(lang, "%d.%02d" % (r.randint(8, 140), r.choice([0, 50, 90, 95, 99])))
        + ("" if lang == "en" else " €")
    ),
}

# kinds listed in the docstring (gps_coords is an alias of gps used by other templates)
KIND_NAMES = sorted(k for k in KINDS if k != "gps_coords")

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{2,39}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")


def _iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    raw = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in raw)) % 97 == 1
    except ValueError:
        return False


def guard_hits(text):
    """Non-phone PII shapes found in text (e-mail, Luhn runs, mod-97 IBANs, IPs, SSN shapes)."""
    hits = []
    hits += EMAIL_RE.findall(text)
    for m in RUN_RE.finditer(text):
        run = re.sub(r"[ \-]", "", m.group())
        for i in range(len(run)):
            for j in range(i + 13, min(len(run), i + 19) + 1):
                if luhn_ok(run[i:j]):
                    hits.append(run[i:j])
    hits += [m.group() for m in IBAN_RE.finditer(text) if _iban_ok(m.group())]
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append(m.group())
            except ValueError:
                pass
    hits += SSN_RE.findall(text)
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws clean hard negatives (up to 200 tries, then a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                self.used.add("gps" if kind == "gps_coords" else kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, lang, tuple(regions)))
        return "–"
