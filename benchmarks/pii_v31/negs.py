# ruff: noqa: E501
"""Hard negatives for v31 (kinds not in v30's list), screened with phonenumbers and the guards."""

import phonenumbers

from .guards import guard_hits

DEC_COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _int(n, lang, locale):
    s = f"{n:,}"
    if lang in ("de", "es", "it", "nl", "pt"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    if locale == "en_IN" and n >= 100000:
        t = str(n)
        head, tail = t[:-3], t[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        return ",".join(parts) + "," + tail
    return s


def _dec(x, lang, nd=1):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang in DEC_COMMA else s


def _digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


CUR = {
    "en_US": "${}",
    "en_GB": "£{}",
    "en_IE": "€{}",
    "en_AU": "A${}",
    "en_IN": "₹{}",
    "de_DE": "{} €",
    "de_AT": "€ {}",
    "de_CH": "CHF {}",
    "fr_FR": "{} €",
    "fr_BE": "{} €",
    "fr_CH": "{} CHF",
    "es_ES": "{} €",
    "it_IT": "{} €",
    "nl_NL": "€ {}",
    "nl_BE": "€ {}",
    "pt_BR": "R$ {}",
    "pt_PT": "{} €",
}
PLATE = {
    "GB": lambda r, d: f"{_L(r, 2)}{d(2)} {_L(r, 3)}",
    "DE": lambda r, d: f"{r.choice(['B', 'HH', 'M', 'DD', 'K', 'FR'])}-{_L(r, 2)} {d(4)}",
    "FR": lambda r, d: f"{_L(r, 2)}-{d(3)}-{_L(r, 2)}",
    "ES": lambda r, d: f"{d(4)} {_L(r, 3)}",
    "IT": lambda r, d: f"{_L(r, 2)} {d(3)} {_L(r, 2)}",
    "NL": lambda r, d: f"{d(2)}-{_L(r, 3)}-{d(1)}",
    "BR": lambda r, d: f"{_L(r, 3)}{d(1)}{_L(r, 1)}{d(2)}",
    "PT": lambda r, d: f"{d(2)}-{_L(r, 2)}-{d(2)}",
    "US": lambda r, d: f"{d(1)}{_L(r, 3)}{d(3)}",
    "IN": lambda r, d: f"{r.choice(['RJ', 'MH', 'DL', 'KA'])}{d(2)} {_L(r, 2)} {d(4)}",
}
CHIP_CC = {
    "US": "840",
    "GB": "826",
    "DE": "276",
    "NL": "528",
    "FR": "250",
    "ES": "724",
    "IT": "380",
    "BR": "076",
    "PT": "620",
    "IN": "356",
    "AU": "036",
    "IE": "372",
    "AT": "040",
    "CH": "756",
    "BE": "056",
}
FLAT = {
    "en": ["Flat {a}{L}", "Apt {a}{L}, {b}th floor"],
    "de": ["Whg. {a}.{b:02d}", "Wohnung {b}, {a}. OG"],
    "fr": ["appt {b}, {a}e étage", "logement {a}{L}"],
    "es": ["{a}.º {L}", "piso {a}.º, puerta {b}"],
    "it": ["int. {b}, scala {L}", "interno {b}"],
    "nl": ["nr. {b}-{a}", "woning {b}{L}"],
    "pt": ["apto {a}0{b}, bloco {L}", "{a}.º {L}"],
    "hi": ["{L}-{a}0{b}", "फ़्लैट {L}-{a}0{b}"],
}
TRAIN = {
    "en": ["Eurostar {c}", "Amtrak {c}"],
    "de": ["ICE {c}", "RE {c}"],
    "fr": ["TGV {c}", "TER {c}"],
    "es": ["AVE {c}", "Alvia {c}"],
    "it": ["Frecciarossa {c}", "Regionale {c}"],
    "nl": ["IC {c}", "Sprinter {c}"],
    "pt": ["Alfa Pendular {c}", "IC {c}"],
    "hi": ["{c}{b} शताब्दी", "राजधानी {c}{b}"],
}
CLOCK = {
    "en": ["{h}:{m:02d}", "{h12}.{m:02d} pm"],
    "de": ["{h}.{m:02d} Uhr", "{h}:{m:02d} Uhr"],
    "fr": ["{h}h{m:02d}", "{h} h {m:02d}"],
    "es": ["{h}:{m:02d} h", "las {h}.{m:02d}"],
    "it": ["{h}.{m:02d}", "{h}:{m:02d}"],
    "nl": ["{h}.{m:02d} uur", "{h}:{m:02d}"],
    "pt": ["{h}h{m:02d}", "{h}:{m:02d}"],
    "hi": ["{h}:{m:02d}", "शाम {h12}:{m:02d}"],
}


def _L(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def make(kind, r, lang, locale, region):
    d = lambda n: _digits(r, n)  # noqa: E731
    if kind == "steps":
        return _int(r.randint(2500, 26000), lang, locale)
    if kind == "bp":
        return f"{r.randint(105, 150)}/{r.randint(62, 95)}"
    if kind == "temp":
        return _dec(r.choice([37.8, 38.2, 38.5, 38.9, 39.1, 39.4]), lang) + " °C"
    if kind == "lotto":
        nums = sorted(r.sample(range(1, 50), 6))
        return r.choice([" – ", " ", "-", ", "]).join(str(x) for x in nums)
    if kind == "flight":
        return f"{r.choice(['LH', 'BA', 'AF', 'IB', 'AZ', 'KL', 'TP', 'AI', 'UA', 'FR', 'U2'])} {r.randint(100, 9899)}"
    if kind == "gate":
        return f"{r.choice('ABCDEFG')}{r.randint(1, 68)}"
    if kind in ("hotel", "pupil", "registry", "licence"):
        n = {
            "hotel": r.choice([9, 10, 11]),
            "pupil": 8,
            "registry": r.choice([7, 8]),
            "licence": r.choice([7, 8, 9]),
        }[kind]
        return d(n)
    if kind == "fx":
        return r.choice(
            [
                f"1 € = {_dec(r.uniform(1.02, 1.12), lang, 4)} US$",
                f"£1 = ₹{_dec(r.uniform(104, 110), lang, 2)}",
                f"1 € = {_dec(r.uniform(5.6, 6.4), lang, 2)} R$",
                f"100 CHF = {_dec(r.uniform(103, 108), lang, 2)} €",
            ]
        )
    if kind == "train":
        return r.choice(TRAIN[lang]).format(b=r.randint(1, 99), c=r.randint(100, 9899))
    if kind == "seat":
        return f"{r.randint(1, 14)} / {r.randint(11, 98)}"
    if kind == "pickup":
        return d(r.choice([6, 6, 8]))
    if kind == "flat":
        return r.choice(FLAT[lang]).format(a=r.randint(1, 9), b=r.randint(1, 24), L=r.choice("ABCD"))
    if kind == "voucher":
        return "-".join(_L(r, 1) + d(1) + _L(r, 1) + d(1) if i % 2 else _L(r, 4) for i in range(4))
    if kind in ("price", "rent"):
        amt = (
            r.choice([25, 40, 60, 85, 120, 150, 250, 480])
            if kind == "price"
            else r.choice([650, 720, 875, 940, 1150, 1380])
        )
        if locale == "en_IN":
            amt *= 90
        s = _int(amt, lang, locale)
        if kind == "rent":
            s += ",00" if lang in DEC_COMMA else ".00"
        return CUR.get(locale, "{}").format(s)
    if kind == "chip":
        return (
            CHIP_CC.get(region, "276") + d(12)
            if r.random() < 0.7
            else CHIP_CC.get(region, "276") + " " + d(12)[:3] + " " + d(9)
        )
    if kind == "frame":
        return f"{_L(r, 3)}{d(r.choice([7, 8, 9]))}"
    if kind == "dims":
        return f"{r.randint(30, 200)} x {r.randint(20, 120)} x {r.randint(10, 90)} cm"
    if kind == "plate":
        return PLATE.get(region, PLATE["DE"])(r, d)
    if kind == "doorcode":
        return d(r.choice([4, 4, 5, 6])) + r.choice(["", "#", "*"])
    if kind == "fault":
        return r.choice(["F", "E", "F.", "E-"]) + str(r.randint(1, 199))
    if kind == "keyno":
        return f"{_L(r, 1)} {d(4)}-{d(3)}"
    if kind == "table":
        return str(r.randint(1, 24))
    if kind == "clock":
        h = r.randint(13, 19)
        return r.choice(CLOCK[lang]).format(h=h, h12=h - 12, m=r.choice([0, 15, 30, 45]))
    if kind == "term":
        a, b = r.randint(1, 20), r.randint(2, 11)
        return (
            f"{a:02d}.{b:02d}. – {a + 7:02d}.{b:02d}.2025"
            if lang not in ("en", "hi")
            else f"{a}/{b} – {a + 7}/{b}/2025"
        )
    if kind == "jersey":
        return ", ".join(str(x) for x in sorted(r.sample(range(1, 30), r.randint(4, 7))))
    if kind == "league":
        w, dr, lo = r.randint(2, 7), r.randint(0, 3), r.randint(0, 3)
        return f"{w + dr + lo} {w} {dr} {lo} {r.randint(10, 30)}:{r.randint(5, 20)} {3 * w + dr}"
    if kind == "apptref":
        return f"{_L(r, 1)}-{r.randint(2025, 2026)}-{d(4)}"
    if kind == "weight":
        return _dec(r.uniform(2.5, 38), lang) + " kg"
    if kind == "policy":
        return f"{_L(r, 2)}-{d(r.choice([9, 10]))}"
    raise KeyError(kind)


def screened(text, regions):
    if guard_hits(text):
        return False
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, reg)):
                return False
        except phonenumbers.NumberParseException:
            pass
        if any(
            True for _ in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID)
        ):
            return False
    return True


def make_screened(kind, r, lang, locale, region, regions):
    for _ in range(200):
        v = make(kind, r, lang, locale, region)
        if screened(v, regions):
            return v
    return None
