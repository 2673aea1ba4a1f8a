"""Hard negatives of childcare paperwork (none in v52's list) and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers as pn


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _up(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _isbn(rng):
    body = "978" + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def _ean(rng):
    body = rng.choice(["400", "871", "800", "560", "789", "890"]) + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _money(rng, lang):
    whole = rng.randint(1050, 2890)
    cents = rng.choice(["00", "50", "75", "20", "40"])
    if lang[:2] in ("en", "hi"):
        sym = {"en_GB": "£", "en_US": "$", "en_AU": "A$", "en_IE": "€"}.get(lang, "₹")
        return "%s%d,%03d.%s" % (sym, whole // 1000, whole % 1000, cents)
    sep = "." if lang != "fr" else "\u202f"
    return "%d%s%03d,%s €" % (whole // 1000, sep, whole % 1000, cents)


def _time(rng):
    a = "%02d:%02d" % (rng.randint(7, 8), rng.choice([0, 15, 30, 45]))
    b = "%02d:%02d" % (rng.randint(15, 18), rng.choice([0, 15, 30, 45]))
    return "%s–%s" % (a, b)


def _dob(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2024)
    if lang == "en_US":
        return "%02d/%02d/%d" % (m, d, y)
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return "%02d%s%02d%s%d" % (d, sep, m, sep, y)


def _dec(rng, lang, a, b, nd=1):
    v = "%.*f" % (nd, rng.uniform(a, b))
    return v if lang[:2] in ("en", "hi") else v.replace(".", ",")


KINDS = {
    "ofsted_urn": lambda r, lang: "EY" + _d(r, 6, "1234567"),
    "tfc_ref": lambda r, lang: _up(r, 4) + _d(r, 5) + "TFC",
    "eligibility_code": lambda r, lang: "500" + _d(r, 8),
    "dbs_cert": lambda r, lang: "00" + _d(r, 10),
    "fee_amount": lambda r, lang: _money(r, lang),
    "session_times": lambda r, lang: _time(r),
    "child_dob": _dob,
    "birth_weight": lambda r, lang: (
        ("%d,%03d g" if lang[:2] in ("en", "hi") else "%d.%03d g") % (r.randint(2, 4), r.randint(0, 999))
    ),
    "feed_volume": lambda r, lang: "%d–%d ml" % (r.choice([90, 120, 150]), r.choice([180, 210, 240])),
    "vaccine_lot": lambda r, lang: _up(r, 2) + _d(r, 4) + _up(r, 1),
    "staff_ratio": lambda r, lang: r.choice(["1:3", "1:4", "1:8", "1:13", "1:5"]),
    "age_band": lambda r, lang: "%d–%d" % (r.choice([3, 6, 9, 12, 18]), r.choice([24, 30, 36, 48, 60])),
    "ece_approval": lambda r, lang: "E%d %s" % (r.choice([1, 4, 11, 13]), _d(r, 8, "0")),
    "buggy_serial": lambda r, lang: "%s-%s-%s" % (_d(r, 4), _d(r, 5), _up(r, 2)),
    "monitor_band": lambda r, lang: r.choice(["1880–1900 MHz", "2400–2483,5 MHz", "1880–1895 MHz"]),
    "nappy_pack": lambda r, lang: (
        "%d+ (%d–%d kg), %d"
        % (r.randint(3, 6), r.randint(7, 11), r.randint(15, 25), r.choice([44, 56, 72, 88, 96, 124]))
    ),
    "clothing_size": lambda r, lang: r.choice(["74/80", "86/92", "98/104", "110/116", "122/128"]),
    "centile": lambda r, lang: (
        "%d." % r.choice([9, 25, 50, 75, 91, 98]) if lang == "de" else str(r.choice([9, 25, 50, 75, 91, 98]))
    ),
    "door_code": lambda r, lang: "-".join(_d(r, 4)) + r.choice(["", "#", "*"]),
    "kindergeld_no": lambda r, lang: _d(r, 3, "123456789") + "FK" + _d(r, 6),
    "caf_number": lambda r, lang: _d(r, 7, "123456789"),
    "pajemploi_id": lambda r, lang: _up(r, 1) + _d(r, 3) + _up(r, 2) + _d(r, 6),
    "lrk_number": lambda r, lang: _d(r, 12, "123456789"),
    "udise_code": lambda r, lang: _d(r, 11, "0123"),
    "anganwadi_code": lambda r, lang: _d(r, 11, "0123"),
    "isbn": lambda r, lang: _isbn(r),
    "temperature": lambda r, lang: _dec(r, lang, 37.6, 39.8) + " °C",
    "dose": lambda r, lang: (
        "%s ml (%s mg/5 ml)" % (_dec(r, lang, 2.5, 7.5, 1), r.choice(["120", "100", "250"]))
    ),
    "raffle_range": lambda r, lang: (
        "%04d–%04d" % ((lambda a: (a, a + r.choice([24, 49, 99])))(r.randint(100, 900)))
    ),
    "au_pair_app": lambda r, lang: "AP-%s-%s" % (_d(r, 3), _up(r, 2) + _d(r, 2)),
    "first_aid_cert": lambda r, lang: "PFA-%02d-%s" % (r.randint(21, 25), _d(r, 6)),
    "lunch_account": lambda r, lang: _d(r, 8),
    "hourly_rate": lambda r, lang: (
        (
            "%s%d.%s/h"
            % (
                {"en_US": "$", "en_AU": "A$", "en_IN": "₹", "en_IE": "€"}.get(lang, "£"),
                r.randint(11, 19),
                r.choice(["00", "50", "75"]),
            )
        )
        if lang[:2] == "en"
        else ("%d,%s €/h" % (r.randint(11, 19), r.choice(["00", "50", "80"])))
    ),
    "kita_voucher": lambda r, lang: "KG-%s-%s" % (_up(r, 2), _d(r, 5)),
    "school_code": lambda r, lang: (
        r.choice(["RM", "MI", "TO", "NA", "BO"])
        + r.choice(["IC", "EE", "AA"])
        + _d(r, 5)
        + r.choice("XYZ0123456789")
    ),
    "case_file": lambda r, lang: "EXP/%s/%s" % (_up(r, 1), _d(r, 5)),
    "enrolment_no": lambda r, lang: "%s-%s" % (_up(r, 3), _d(r, 4)),
    "ean_barcode": lambda r, lang: _ean(r),
    "school_year": lambda r, lang: (
        ("%02d/%02d" if lang == "de" else "20%02d/%02d") % ((lambda y: (y, y + 1))(r.randint(24, 26)))
    ),
    "child_benefit_ref": lambda r, lang: "CHB" + _d(r, 8) + _up(r, 1),
    "voucher_ref": lambda r, lang: "ECV-%s-%s-%s" % (_d(r, 4), _d(r, 4), _d(r, 2)),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d(?:[ -]?\d)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def guard_hits(text):
    """Names of the non-phone guards that fire on the text."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        if int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1:
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    return hits


def phone_hits(text, regions):
    out = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append((r, m.raw_string))
    return out


def value_dirty(value, regions):
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(value, r)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard negatives until one is clean for the regions; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def __call__(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
