"""Value drawing and writing (phones, e-mails, cards, IBANs, SSNs, IPs) and the guards, for pii_v21."""

import ipaddress
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

TYPES = {
    "fixed": PNT.FIXED_LINE,
    "mobile": PNT.MOBILE,
    "toll-free": PNT.TOLL_FREE,
    "premium-rate": PNT.PREMIUM_RATE,
    "shared-cost": PNT.SHARED_COST,
    "uan": PNT.UAN,
}
OK_TYPES = {
    "fixed": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE},
    "mobile": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
}
SUBSCRIBER_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
NATIONAL_HABITS = {
    "US": ["standard", "hyphens", "dots", "spaces"],
    "GB": ["standard", "compact", "paren", "spaces"],
    "DE": ["standard", "slash", "hyphens", "paren", "compact"],
    "FR": ["standard", "dots", "compact", "hyphens"],
    "ES": ["standard", "threes", "compact", "hyphens"],
    "IT": ["standard", "slash", "compact", "threes"],
    "NL": ["standard", "hyphens", "compact", "paren"],
    "BR": ["standard", "hyphens", "spaces", "compact"],
    "IN": ["standard", "compact", "hyphens", "spaces"],
}
INTL_HABITS = ["intl", "e164", "double_zero", "plus_hyphens", "plus_zero"]
ZERO_TRUNK = {"GB", "DE", "AT", "CH", "NL", "BE", "IE", "AU", "FR"}


def draw_phone(rng, region, kind):
    """A valid number of `region` and `kind` (a key of TYPES), or None if the region has none."""
    ex = phonenumbers.example_number_for_type(region, TYPES[kind])
    if ex is None:
        return None
    nsn = phonenumbers.national_significant_number(ex)
    md = phonenumbers.PhoneMetadata.metadata_for_region(region)
    attr = {
        "fixed": "fixed_line",
        "mobile": "mobile",
        "toll-free": "toll_free",
        "premium-rate": "premium_rate",
        "shared-cost": "shared_cost",
        "uan": "uan",
    }[kind]
    lengths = list(getattr(md, attr).possible_length or md.general_desc.possible_length)
    ok = OK_TYPES.get(kind, {TYPES[kind]})
    for _ in range(800):
        n = rng.choice(lengths)
        s = nsn[0] + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if nsn.startswith("0"):
            s = nsn[:2] + s[2:]
        num = phonenumbers.parse("+%d%s" % (ex.country_code, s))
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in ok:
            return num
    return None


def e164(num):
    return phonenumbers.format_number(num, PNF.E164)


def area_len(num):
    return phonenumbers.length_of_geographical_area_code(num)


def draw_subscriber(rng, region):
    """A fixed-line number whose subscriber part (area code cut off) has 6-8 digits, not starting 0/1."""
    for _ in range(300):
        num = draw_phone(rng, region, "fixed")
        al = area_len(num)
        sub = phonenumbers.national_significant_number(num)[al:]
        if al > 0 and 6 <= len(sub) <= 8 and sub[0] not in "01":
            return num, sub
    raise RuntimeError(region)


def _parses(text, region, num):
    try:
        p = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(p, region) and e164(p) == e164(num)


def write_national(rng, num, region, habits=None):
    std = phonenumbers.format_number(num, PNF.NATIONAL)
    habit = rng.choice(habits or NATIONAL_HABITS[region])
    g = re.findall(r"\d+", std)
    digits = "".join(g)
    if habit == "hyphens":
        t = "-".join(g)
    elif habit == "dots":
        t = ".".join(g)
    elif habit == "compact":
        t = digits
    elif habit == "spaces":
        t = " ".join(g)
    elif habit == "slash":
        t = g[0] + "/" + "".join(g[1:])
    elif habit == "paren":
        t = "(" + g[0] + ") " + " ".join(g[1:])
    elif habit == "threes":
        rest = digits[len(g[0]) :] if region == "IT" else digits[3:]
        head = g[0] if region == "IT" else digits[:3]
        t = head + " " + " ".join(rest[i : i + 3] for i in range(0, len(rest), 3))
    else:
        t = std
    if not _parses(t, region, num):
        habit, t = "standard", std
    return t, habit


def write_subscriber(rng, sub, region):
    habit = rng.choice(
        ["hyphen", "space"] if region == "US" else ["hyphen", "space", "compact", "space", "dot"]
    )
    cut = 3 if len(sub) == 7 else len(sub) // 2
    sep = {"hyphen": "-", "space": " ", "compact": "", "dot": "."}[habit]
    return sub[:cut] + sep + sub[cut:], habit


def write_intl(rng, num, region, doc_locale):
    if doc_locale == "en_US" and rng.random() < 0.5:
        g = re.findall(r"\d+", phonenumbers.format_number(num, PNF.INTERNATIONAL))
        return "011 " + " ".join(g), "us_011"
    habits = INTL_HABITS if region in ZERO_TRUNK else INTL_HABITS[:4]
    habit = rng.choice(habits)
    it = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    g = re.findall(r"\d+", it)
    if habit == "e164":
        return e164(num), habit
    if habit == "double_zero":
        return "00" + " ".join(g), habit
    if habit == "plus_hyphens":
        return "+" + "-".join(g), habit
    if habit == "plus_zero":
        return "+" + g[0] + " (0)" + " ".join(g[1:]), habit
    return it, "intl"


def parse_intl(text):
    t = text.replace("(0)", "")
    t = re.sub(r"^(00|011 )", "+", t)
    return phonenumbers.parse(t, None)


# ---- e-mail, cards, IBAN, SSN, IP ----
def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


def personal_email(rng, first, last, domain):
    f, la = fold(first), fold(last)
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f}_{la}",
            f"{f[0]}{la}",
            f"{la}.{f}",
            f"{f}{rng.randint(1, 99)}",
            f"{f}.{la[0]}{rng.randint(10, 99)}",
        ]
    )
    return local + "@" + domain


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c) * (2 if i % 2 else 1)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def draw_card(rng, locale):
    brands = [("4", 16), ("5" + str(rng.randint(1, 5)), 16), ("2" + str(rng.randint(221, 720)), 16)]
    if locale == "en_US":
        brands += [("3" + rng.choice("47"), 15), ("6011", 16)]
    prefix, n = rng.choice(brands)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            d = body + c
            break
    mode = rng.choices(["grouped", "dashed", "compact"], [6, 2, 2])[0]
    if n == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, 16, 4)]
    return {"grouped": " ".join(parts), "dashed": "-".join(parts), "compact": d}[mode], mode


IBAN_BBAN = {
    "DE": "8n10n",
    "AT": "5n11n",
    "CH": "5n12n",
    "FR": "10n11n2n",
    "BE": "12n",
    "ES": "20n",
    "IT": "1a10n12n",
    "NL": "4a10n",
    "GB": "4a14n",
    "IE": "4a14n",
    "BR": "23n1a1n",
}


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def draw_iban(rng, country):
    bban = ""
    for n, t in re.findall(r"(\d+)([an])", IBAN_BBAN[country]):
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789"
        bban += "".join(rng.choice(pool) for _ in range(int(n)))
    r = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    iban = f"{country}{check:02d}{bban}"
    if rng.random() < 0.8:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), "grouped"
    return iban, "compact"


def ssn_ok(a, g, s):
    return 1 <= int(a) <= 899 and int(a) != 666 and int(g) >= 1 and int(s) >= 1


def draw_ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    if rng.random() < 0.85:
        return f"{a:03d}-{g:02d}-{s:04d}", "dashed"
    return f"{a:03d} {g:02d} {s:04d}", "spaced"


def draw_ipv4(rng):
    r = rng.random()
    if r < 0.3:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if r < 0.5:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.6:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        a = ipaddress.IPv4Address(
            ".".join(
                str(x)
                for x in [rng.randint(1, 223)]
                + [rng.randint(0, 255) for _ in range(2)]
                + [rng.randint(1, 254)]
            )
        )
        if a.is_global:
            return str(a)


def draw_ipv6(rng):
    while True:
        groups = [rng.randint(0x2001, 0x2A0F)] + [rng.randint(0, 0xFFFF) for _ in range(7)]
        z = rng.randint(1, 4)
        for i in range(z, z + rng.choice([2, 3])):
            groups[i] = 0
        a = ipaddress.IPv6Address(":".join(f"{x:x}" for x in groups))
        if a.is_global:
            return str(a)


# ---- guards: unlabelled text may hold none of these ----
def _luhn_hits(text):
    for m in re.finditer(r"\d+(?:[ \t-]{1,3}\d+)*", text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            for c in range(len(groups[i])):
                for ln in range(13, 20):
                    if c + ln <= len(groups[i]) and luhn_ok(groups[i][c : c + ln]):
                        return True
            tot = ""
            for j in range(i, len(groups)):
                tot += groups[j]
                if j > i and 13 <= len(tot) <= 19 and luhn_ok(tot):
                    return True
    return False


def _iban_hits(text):
    for m in re.finditer(r"[A-Z]{2}\d{2}", text):
        s, i = m.group(), m.end()
        while i < len(text) and len(s) < 34:
            ch = text[i]
            if ch == " " and i + 1 < len(text) and text[i + 1].isalnum() and text[i + 1].isascii():
                i += 1
                continue
            if not (ch.isascii() and (ch.isdigit() or ch.isupper())):
                break
            s += ch
            i += 1
            if len(s) >= 15 and iban_ok(s):
                return True
    return False


def guard_hits(text, spans=()):
    """Names of the guards `text` trips once the labelled spans are masked."""
    t = list(text)
    for s in spans:
        t[s["start"] : s["end"]] = "¤" * (s["end"] - s["start"])
    t = "".join(t)
    hits = []
    if "@" in t:
        hits.append("at")
    if _luhn_hits(t):
        hits.append("luhn")
    if _iban_hits(t):
        hits.append("iban")
    for m in re.finditer(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)", t):
        if ssn_ok(*m.groups()):
            hits.append("ssn")
            break
    for m in re.finditer(r"(?<!\d)(?=(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}))", t):
        if all(int(x) <= 255 for x in m.groups()):
            hits.append("ipv4")
            break
    for m in re.finditer(r"[0-9A-Fa-f:.]+", t):
        tok = m.group()
        if tok.count(":") >= 2 and re.search(r"[0-9A-Fa-f]", tok):
            try:
                ipaddress.IPv6Address(tok.strip("."))
                hits.append("ipv6")
                break
            except ValueError:
                pass
    return hits
