"""Valid phone numbers (checked with phonenumbers) and the ways people write them."""

from dataclasses import dataclass

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

from .phone_tables import GEO, MOBILE, SERVICE

NBSP = "\u00a0"
_TYPES = {
    "fixed": (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE),
    "mobile": (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE),
    "service": (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.PREMIUM_RATE, PNT.UAN),
}


@dataclass
class Phone:
    region: str
    num: pn.PhoneNumber
    kind: str  # fixed, mobile or service
    trunk: str  # national trunk prefix as dialled ("0" or "")
    ndc: str  # area / destination code (without trunk)
    sub: str  # subscriber digits
    area_len: int  # phonenumbers.length_of_geographical_area_code

    @property
    def e164(self):
        return pn.format_number(self.num, PNF.E164)

    @property
    def nsn(self):
        return self.ndc + self.sub

    def meta(self):
        return {"region": self.region, "e164": self.e164, "area_len": self.area_len}


def _build(region, national, kind):
    try:
        num = pn.parse(national, region)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return None
    if pn.number_type(num) not in _TYPES[kind]:
        return None
    nsn = pn.national_significant_number(num)
    if not national.endswith(nsn):
        return None
    area_len = pn.length_of_geographical_area_code(num)
    ndc_len = area_len or pn.length_of_national_destination_code(num)
    if kind == "mobile" and region == "DE":
        ndc_len = 3  # written 0151 / 0171 ..., as people do
    sub = nsn[ndc_len:]
    if kind != "service" and (not sub or sub[0] in "01"):
        return None
    trunk = national[: len(national) - len(nsn)]
    return Phone(region, num, kind, trunk, nsn[:ndc_len], sub, area_len)


def _fill(rng, region, prefix, lengths, kind):
    for _ in range(4000):
        n = rng.choice(lengths)
        digits = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix)))
        ph = _build(region, digits, kind)
        if ph is not None:
            return ph
    raise RuntimeError(f"no valid {kind} number for {region} {prefix}")


def pick_area(rng, region):
    """(prefix, lengths, town) of a geographic area of the region."""
    return rng.choice(GEO[region])


def fixed(rng, region, area=None):
    prefix, lengths, _town = area or pick_area(rng, region)
    return _fill(rng, region, prefix, lengths, "fixed")


def mobile(rng, region, area=None):
    spec = MOBILE[region]
    if spec is None:  # NANP: same area codes as landlines
        prefix, lengths, _t = area or pick_area(rng, region)
        return _fill(rng, region, prefix, lengths, "mobile")
    if spec == "DDD9":
        prefix = (area or pick_area(rng, region))[0]
        return _fill(rng, region, prefix + "9", (11,), "mobile")
    prefix, lengths = rng.choice(spec)
    return _fill(rng, region, prefix, lengths, "mobile")


def service(rng, region):
    prefix, lengths = rng.choice(SERVICE[region])
    return _fill(rng, region, prefix, lengths, "service")


# ---------------------------------------------------------------- writing styles


def _split(s, style):
    n = len(s)
    if style == "whole" or n < 5:
        return [s]
    if style == "halves":
        k = n // 2
        return [s[:k], s[k:]]
    if style == "long-first":
        k = (n + 1) // 2
        return [s[:k], s[k:]]
    if style == "pairs":
        first = 3 if n % 2 else 2
        return [s[:first]] + [s[i : i + 2] for i in range(first, n, 2)]
    if style == "3-rest":
        return [s[:3], s[3:]]
    raise ValueError(style)


_SUB_STYLES = {
    "US": (["halves"], ["-", "-", "-", ".", " "]),
    "GB": (["halves", "halves", "whole"], [" ", " ", " ", NBSP]),
    "DE": (["whole", "whole", "pairs", "halves", "3-rest"], [" ", " ", "-", ""]),
    "NL": (["halves", "whole", "pairs", "3-rest"], [" ", " ", "-", ""]),
    "BR": (["long-first"], ["-", "-", "-", " ", "."]),
    "IN": (["halves", "halves", "whole"], [" ", " ", "-", ""]),
    "IT": (["halves", "whole", "3-rest"], [" ", "", " ", "."]),
    "AT": (["whole", "pairs", "halves"], [" ", ""]),
    "AU": (["halves"], [" ", " ", ""]),
    "BE": (["pairs", "3-rest"], [" "]),
    "FR": (["pairs"], [" "]),
    "ES": (["3-rest", "pairs"], [" "]),
}


def subscriber_text(ph, rng):
    """The subscriber-only part as people write it."""
    styles, seps = _SUB_STYLES[ph.region]
    style = rng.choice(styles)
    if ph.region == "BR" and len(ph.sub) == 9 and rng.random() < 0.15:
        return ph.sub[0] + " " + ph.sub[1:5] + "-" + ph.sub[5:]
    sep = rng.choice(seps)
    if sep == "" and style != "whole" and rng.random() < 0.5:
        sep = " "
    return sep.join(_split(ph.sub, style))


def local_text(ph, rng):
    assert ph.area_len > 0 and ph.sub[0] not in "01"
    return subscriber_text(ph, rng)


def _reseparate(text, sep):
    out, prev_digit = [], False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in " -.\u00a0" and prev_digit and i + 1 < len(text) and text[i + 1].isdigit():
            out.append(sep)
        else:
            out.append(ch)
        prev_digit = ch.isdigit()
        i += 1
    return "".join(out)
