"""Number plans for v16: valid fixed, mobile and service numbers, drawn digit by digit and kept only when
phonenumbers says they are valid and of the wanted type."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "DE": "49",
    "FR": "33",
    "GB": "44",
    "IN": "91",
    "NL": "31",
    "ES": "34",
    "IT": "39",
    "US": "1",
    "BR": "55",
    "CH": "41",
    "IE": "353",
    "BE": "32",
    "AT": "43",
    "AU": "61",
}

# national significant number prefixes (area codes, mobile ranges) and the NSN lengths to try
FIXED = {
    "DE": (
        "30 40 89 221 69 711 211 231 201 421 511 351 341 911 228 521 621 721 761 6221 2131 7071 8031"
        " 4321 3641 9131 5251 6131 651 681 871 2241 6151 5121 4131",
        (10, 11),
    ),
    "GB": (
        "20 121 161 113 114 115 117 118 131 141 151 191 29 28 23 24 1223 1865 1904 1273 1392 1603 1244"
        " 1227 1524 1786 1872 1752",
        (10,),
    ),
    "US": (
        "212 415 312 617 206 303 512 404 503 612 702 713 215 305 314 410 602 614 704 801 913 919 225"
        " 316 402 505 608 718 802 907",
        (10,),
    ),
    "IN": ("11 22 33 44 80 40 20 79 141 522 172 484 471 821 612 755 135 260 281 364 477", (10,)),
    "NL": ("20 10 70 30 40 50 24 26 71 23 13 76 43 53 58 35 172 252 318 412 475 513 594 299 313", (9,)),
    "FR": ("1 2 3 4 5", (9,)),
    "ES": ("91 93 96 954 976 94 981 985 971 928 958 983 922 987 945", (9,)),
    "IT": ("06 02 011 081 055 051 041 010 091 070 080 045 0471 0461 0532 0586 0331 0765", (8, 9, 10)),
    "BR": ("11 21 31 41 51 61 71 81 85 91 48 27 62 19 92", (10,)),
    "CH": ("44 31 61 22 21 91 41 71 52 81", (9,)),
    "AT": ("1 316 662 512 732 463 2742 5574", (8, 9, 10, 11)),
    "BE": ("2 3 9 4 50 16 81 65 71", (8,)),
    "IE": ("1 21 91 61 51 66 74", (8, 9)),
    "AU": ("2 3 7 8", (9,)),
}
MOBILE = {
    "DE": ("151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179", (10, 11)),
    "GB": ("74 75 77 78 79", (10,)),
    "US": ("646 917 347 332 929", (10,)),
    "IN": ("98 97 96 94 91 88 87 81 79 77 73 70 63", (10,)),
    "NL": ("61 62 63 64 65", (9,)),
    "FR": ("6 73 74 75 76 77 78", (9,)),
    "ES": ("6 71 72 73 74", (9,)),
    "IT": ("320 328 329 333 335 338 339 340 345 347 349 351 366 380 388 392", (10,)),
    "BR": ("119 219 319 419 519 619 719 819", (11,)),
    "CH": ("76 77 78 79", (9,)),
    "AT": ("664 676 699 650 660", (10, 11)),
    "BE": ("470 471 472 475 476 477 478 479 484 485 486 487 488 489 493 494 495 496 497 498", (9,)),
    "IE": ("83 85 86 87 89", (9,)),
    "AU": ("40 41 42 43 44 45 47 48", (9,)),
}
# service ranges: (prefix of the NSN, lengths, wanted types)
SERVICE = {
    "US": [
        ("800", (10,), "toll-free"),
        ("888", (10,), "toll-free"),
        ("877", (10,), "toll-free"),
        ("866", (10,), "toll-free"),
        ("855", (10,), "toll-free"),
        ("900", (10,), "premium"),
    ],
    "GB": [
        ("800", (9, 10), "toll-free"),
        ("808", (10,), "toll-free"),
        ("345", (10,), "uan"),
        ("300", (10,), "uan"),
        ("844", (10,), "premium"),
        ("845", (10,), "premium"),
        ("871", (10,), "premium"),
        ("909", (10,), "premium"),
    ],
    "DE": [
        ("800", (10,), "toll-free"),
        ("1801", (11,), "shared-cost"),
        ("1806", (11,), "shared-cost"),
        ("900", (10,), "premium"),
        ("137", (10,), "premium"),
    ],
    "FR": [
        ("800", (9,), "toll-free"),
        ("805", (9,), "toll-free"),
        ("810", (9,), "shared-cost"),
        ("811", (9,), "shared-cost"),
        ("891", (9,), "premium"),
        ("899", (9,), "premium"),
    ],
    "ES": [
        ("900", (9,), "toll-free"),
        ("800", (9,), "toll-free"),
        ("901", (9,), "shared-cost"),
        ("902", (9,), "shared-cost"),
        ("803", (9,), "premium"),
        ("806", (9,), "premium"),
        ("807", (9,), "premium"),
    ],
    "IT": [
        ("800", (9,), "toll-free"),
        ("840", (9,), "shared-cost"),
        ("848", (9,), "shared-cost"),
        ("892", (6, 9), "premium"),
        ("899", (9,), "premium"),
    ],
    "NL": [
        ("800", (7, 8, 9, 10), "toll-free"),
        ("900", (7, 8, 9, 10), "premium"),
        ("906", (7, 8, 9, 10), "premium"),
        ("909", (7, 8, 9, 10), "premium"),
    ],
    "IN": [("1800", (10, 11, 12), "toll-free"), ("1860", (11,), "shared-cost")],
    "BR": [
        ("800", (10, 11), "toll-free"),
        ("300", (10, 11), "shared-cost"),
        ("303", (10, 11), "shared-cost"),
        ("4003", (8,), "shared-cost"),
        ("4004", (8,), "shared-cost"),
        ("4020", (8,), "shared-cost"),
        ("900", (10, 11), "premium"),
    ],
}
SERVICE_TYPES = {
    "toll-free": (T.TOLL_FREE,),
    "premium": (T.PREMIUM_RATE,),
    "shared-cost": (T.SHARED_COST,),
    "uan": (T.UAN,),
}
FIXED_TYPES = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
NEIGHBOUR = {
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
    "en_AU": "GB",
    "en_IE": "GB",
    "it_CH": "IT",
}
OWN = {
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "nl_BE": "BE",
    "en_AU": "AU",
    "en_IE": "IE",
    "it_CH": "CH",
}
SUBSCRIBER_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")


class Number:
    """A drawn number: region, national significant number, e164, area_len and its type word."""

    def __init__(self, region, nsn, kind):
        self.region = region
        self.nsn = nsn
        self.kind = kind
        obj = pn.parse("+" + CC[region] + nsn, None)
        self.obj = obj
        self.e164 = pn.format_number(obj, pn.PhoneNumberFormat.E164)
        self.area_len = pn.length_of_geographical_area_code(obj)

    @property
    def subscriber(self):
        return self.nsn[self.area_len :]


def _fill(rng, prefix, length, region, lead="2345678"):
    rest = length - len(prefix)
    if rest <= 0:
        return None
    return prefix + rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(rest - 1))


def _draw(rng, region, prefixes, lengths, types, kind, tries=4000, lead="2345678"):
    for _ in range(tries):
        nsn = _fill(rng, rng.choice(prefixes), rng.choice(lengths), region, lead)
        if nsn is None:
            continue
        obj = pn.parse("+" + CC[region] + nsn, None)
        if (
            pn.is_valid_number(obj)
            and pn.region_code_for_number(obj) == region
            and pn.number_type(obj) in types
        ):
            if pn.national_significant_number(obj) == nsn:
                return Number(region, nsn, kind)
    raise RuntimeError(f"no valid {kind} number for {region} {prefixes}")


def fixed(rng, region):
    prefixes, lengths = FIXED[region]
    return _draw(rng, region, prefixes.split(), lengths, FIXED_TYPES, "fixed")


def mobile(rng, region):
    prefixes, lengths = MOBILE[region]
    return _draw(rng, region, prefixes.split(), lengths, MOBILE_TYPES, "mobile")


def any_number(rng, region):
    return mobile(rng, region) if rng.random() < 0.45 else fixed(rng, region)


def subscriber_fixed(rng, region):
    """A fixed-line number whose subscriber part (area code cut off) starts with 2-9."""
    for _ in range(200):
        num = fixed(rng, region)
        if num.area_len > 0 and num.subscriber[0] not in "01":
            return num
    raise RuntimeError(f"no subscriber number for {region}")


def service(rng, region):
    prefix, lengths, word = rng.choice(SERVICE[region])
    num = _draw(rng, region, [prefix], lengths, SERVICE_TYPES[word], word, lead="0123456789")
    num.prefix = prefix
    return num
