"""Hard negatives for v54 (farm, co-op and veterinary numbers) and the screens they must pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _dec(lang, x, nd):
    s = f"{x:.{nd}f}"
    return s if lang in ("en", "hi") else s.replace(".", ",")


def _thou(lang, n):
    s = f"{n:,}"
    if lang in ("en", "hi"):
        return s
    return s.replace(",", "\u202f" if lang == "fr" else ".")


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


RATION = {
    "en": "kg/head/day",
    "hi": "kg/head/day",
    "de": "kg/Tier/Tag",
    "fr": "kg/vache/j",
    "es": "kg/cab./día",
    "it": "kg/capo/giorno",
    "nl": "kg/koe/dag",
    "pt": "kg/cab./dia",
}
SEEDS = {
    "en": "seeds/m²",
    "hi": "seeds/m²",
    "de": "Körner/m²",
    "fr": "grains/m²",
    "es": "semillas/m²",
    "it": "semi/m²",
    "nl": "zaden/m²",
    "pt": "sementes/m²",
}

KINDS = {
    "eartag_uk": lambda r, g: f"UK {r.randint(1, 7)}{_d(r, 5)} {r.randint(1, 6)}{_d(r, 5)}",
    "eartag_eu": lambda r, g: (
        f"{r.choice(['DE', 'NL', 'FR', 'IT', 'ES', 'BE'])} {_d(r, 2)} {_d(r, 3)} {_d(r, 5)}"
    ),
    "holding_cph": lambda r, g: f"{r.randint(10, 69)}/{_d(r, 3)}/{_d(r, 4)}",
    "lot_pen": lambda r, g: f"{r.randint(1, 480)} / {r.choice('ABCDEFG')}{r.randint(1, 40)}",
    "liveweight": lambda r, g: f"{r.randint(380, 720)} kg",
    "price_per_kg": lambda r, g: (
        f"{_dec(g, r.uniform(220, 330), 1)}p/kg" if g == "en" else f"{_dec(g, r.uniform(3.4, 5.9), 2)} €/kg"
    ),
    "hammer_price": lambda r, g: (
        f"£{_thou(g, r.randint(900, 2400))}" if g == "en" else f"{_thou(g, r.randint(900, 2400))} €"
    ),
    "grain_moisture": lambda r, g: f"{_dec(g, r.uniform(12.5, 19.5), 1)} %",
    "protein_pct": lambda r, g: f"{_dec(g, r.uniform(10.5, 14.2), 1)} % RP",
    "yield_tha": lambda r, g: f"{_dec(g, r.uniform(5.5, 11.5), 2)} t/ha",
    "area_ha": lambda r, g: f"{_dec(g, r.uniform(3, 140), 2)} ha",
    "npk_grade": lambda r, g: (
        r.choice(["20-10-10", "27-5-5", "15-15-15", "0-24-24", "22-4-14", "8-24-24"])
        + r.choice(["", " +3S", " +7SO3"])
    ),
    "hour_meter": lambda r, g: f"{_thou(g, r.randint(1200, 9800))} h",
    "tyre_size": lambda r, g: r.choice(
        ["710/70 R42", "650/85 R38", "540/65 R30", "480/80 R46", "600/70 R30", "380/90 R50", "800/70 R38"]
    ),
    "pto_speed": lambda r, g: r.choice(["540/1000 rpm", "540E", "1000 rpm", "540/540E/1000"]),
    "vaccine_batch": lambda r, g: f"{_L(r, 1)}{_d(r, 4)}{_L(r, 1)}{_d(r, 2)}",
    "withdrawal": lambda r, g: f"{r.randint(3, 60)} d / {r.choice([36, 48, 60, 84, 108])} h",
    "dose_rate": lambda r, g: f"{_dec(g, r.choice([1, 1.5, 2, 2.5, 5]), 1)} ml/{r.choice([10, 25, 50])} kg",
    "cell_count": lambda r, g: (
        f"{_thou(g, r.randint(60, 420) * 1000)}{' cells' if g in ('en', 'hi') else ''}/ml"
    ),
    "fat_protein": lambda r, g: f"{_dec(g, r.uniform(3.7, 4.9), 2)} / {_dec(g, r.uniform(3.1, 3.7), 2)}",
    "tank_temp": lambda r, g: f"{_dec(g, r.uniform(2.8, 6.5), 1)} °C",
    "milk_litres": lambda r, g: f"{_thou(g, r.randint(4000, 38000))} l",
    "weighbridge": lambda r, g: (
        f"{_thou(g, r.randint(30000, 44000))} / {_thou(g, r.randint(12000, 16000))} kg"
    ),
    "grid_ref": lambda r, g: (
        f"{r.choice(['SO', 'SX', 'NY', 'TF', 'SJ', 'SD', 'SU', 'NX'])} {_d(r, 3)} {_d(r, 3)}"
    ),
    "gps_point": lambda r, g: f"{r.uniform(43, 58):.5f}, {r.uniform(-5, 12):.5f}",
    "seed_rate": lambda r, g: f"{r.randint(140, 420)} {r.choice(['kg/ha', SEEDS[g]])}",
    "share_no": lambda r, g: f"{r.choice(['SH', 'GA', 'CO'])}-{_d(r, 5)}",
    "microchip": lambda r, g: f"{r.choice(['985', '941', '956'])}{_d(r, 3)}{_d(r, 6)}{_d(r, 3)}"[:15],
    "rainfall": lambda r, g: f"{_dec(g, r.uniform(0.4, 48), 1)} mm",
    "soil_ph": lambda r, g: f"pH {_dec(g, r.uniform(5.4, 7.6), 1)}",
    "egg_count": lambda r, g: f"{r.randint(2, 40) * 50} epg",
    "body_score": lambda r, g: f"BCS {_dec(g, r.choice([2, 2.25, 2.5, 2.75, 3, 3.25, 3.5]), 2)}",
    "price_tonne": lambda r, g: f"£{r.randint(160, 340)}/t" if g == "en" else f"{r.randint(160, 340)} €/t",
    "bale_count": lambda r, g: f"{_thou(g, r.randint(120, 2600))}",
    "mapp_no": lambda r, g: f"MAPP {r.randint(10000, 19999)}",
    "organic_code": lambda r, g: r.choice(
        [
            "DE-ÖKO-006",
            "NL-BIO-01",
            "FR-BIO-01",
            "IT-BIO-009",
            "GB-ORG-05",
            "ES-ECO-019-AN",
            "BR-BIO-03",
            "DE-ÖKO-039",
        ]
    ),
    "dry_matter": lambda r, g: f"{_dec(g, r.uniform(24, 42), 1)} % DM",
    "energy_me": lambda r, g: f"{_dec(g, r.uniform(10.2, 12.4), 1)} MJ/kg",
    "ration_rate": lambda r, g: f"{_dec(g, r.uniform(0.5, 9.5), 1)} {RATION[g]}",
    "rectal_temp": lambda r, g: f"{_dec(g, r.uniform(38.1, 41.2), 1)} °C",
    "gestation_day": lambda r, g: f"{r.randint(30, 290)}",
    "sale_date_time": lambda r, g: (
        f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}. {r.randint(9, 14)}:{r.choice(['00', '30'])}"
    ),
    "field_parcel": lambda r, g: f"{r.choice(['SO', 'SP', 'TL', 'SK'])}{_d(r, 4)} {_d(r, 4)}",
    "sample_ref": lambda r, g: f"{r.randint(24, 25)}-{_d(r, 6)}",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
DIGRUN = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in DIGRUN.finditer(text):
        ds = re.sub(r"[ \-]", "", m.group())
        for a in range(len(ds)):
            for b in range(a + 13, min(len(ds), a + 19) + 1):
                if luhn(ds[a:b]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
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
        for _ in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            return True
        try:
            if pn.is_valid_number(pn.parse(text, region)):
                return True
        except pn.NumberParseException:
            pass
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


class Drawer:
    """Draws clean hard-negative values; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, lang, tuple(regions)))
        return "-"
