"""Phone numbers for v59: drawn at random under a prefix, kept when phonenumbers calls them valid and of
the wanted type, written in one of the habits below and parsed back (local forms with their area code
and trunk prefix put back) before they are used."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# towns and area codes for announced local numbers: (town, area code without trunk prefix, subscriber len)
AREAS = {
    "US": [
        ("Omaha", "402", 7),
        ("Albuquerque", "505", 7),
        ("Sacramento", "916", 7),
        ("Tulsa", "918", 7),
        ("Richmond", "804", 7),
        ("Des Moines", "515", 7),
        ("Savannah", "912", 7),
        ("Lexington", "859", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Liverpool", "151", 7),
        ("Cardiff", "29", 8),
    ],
    "DE": [
        ("Kiel", "431", 6),
        ("Dresden", "351", 7),
        ("Leipzig", "341", 7),
        ("Augsburg", "821", 6),
        ("Würzburg", "931", 6),
        ("Bremen", "421", 7),
        ("Regensburg", "941", 6),
        ("Heidelberg", "6221", 6),
    ],
    "NL": [
        ("Tilburg", "13", 7),
        ("Eindhoven", "40", 7),
        ("Nijmegen", "24", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Maastricht", "43", 7),
        ("Haarlem", "23", 7),
        ("Den Haag", "70", 7),
    ],
    "BR": [
        ("Porto Alegre", "51", 8),
        ("Recife", "81", 8),
        ("Goiânia", "62", 8),
        ("Manaus", "92", 8),
        ("Florianópolis", "48", 8),
        ("Campinas", "19", 8),
        ("Natal", "84", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Hyderabad", "40", 8),
        ("Kolkata", "33", 8),
        ("Ahmedabad", "79", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
    ],
}

# (head, rest length) options per region and type; the head is an area code or a mobile prefix
HEADS = {
    "US": {
        "fixed": [(a, 7) for a in ("402", "505", "916", "918", "804", "515", "617", "503", "614", "720")],
        "mobile": [(a, 7) for a in ("214", "312", "404", "602", "713")],
        "other": [(a, 7) for a in ("800", "833", "844", "855", "866", "877", "888")],
    },
    "GB": {
        "fixed": [
            ("20", 8),
            ("113", 7),
            ("114", 7),
            ("117", 7),
            ("131", 7),
            ("141", 7),
            ("151", 7),
            ("161", 7),
            ("1223", 6),
            ("1865", 6),
        ],
        "mobile": [("7" + x, 6) for x in ("400", "415", "500", "721", "766", "800", "845", "903", "958")],
        "other": [("800", 7), ("808", 7), ("345", 7), ("330", 7)],
    },
    "DE": {
        "fixed": [
            ("30", 8),
            ("40", 7),
            ("89", 7),
            ("221", 7),
            ("69", 8),
            ("431", 6),
            ("511", 7),
            ("711", 7),
            ("351", 7),
            ("621", 6),
        ],
        "mobile": [
            ("151", 8),
            ("160", 7),
            ("170", 7),
            ("171", 7),
            ("172", 7),
            ("175", 7),
            ("176", 8),
            ("157", 8),
        ],
        "other": [("800", 7), ("800", 8)],
    },
    "FR": {
        "fixed": [(h, 8) for h in ("1", "2", "3", "4", "5")],
        "mobile": [(h, 8) for h in ("6", "7")],
        "other": [("80", 7)],
    },
    "ES": {
        "fixed": [(h, 7) for h in ("91", "93", "96", "95", "94", "98")],  # written without the head
        "mobile": [(h, 8) for h in ("6", "7")],
        "other": [("900", 6), ("901", 6), ("902", 6)],
    },
    "IT": {
        "fixed": [("06", 8), ("02", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7)],
        "mobile": [(h, 7) for h in ("320", "328", "333", "338", "347", "348", "349", "366", "393")],
        "other": [("800", 6), ("803", 3)],
    },
    "NL": {
        "fixed": [(h, 7) for h in ("10", "20", "30", "40", "50", "70", "13", "24", "26")],
        "mobile": [("6", 8)],
        "other": [("800", 4), ("800", 7)],
    },
    "PT": {
        "fixed": [(h, 7) for h in ("21", "22", "23", "24", "25", "26", "28", "29")],
        "mobile": [(h, 7) for h in ("91", "92", "93", "96")],
        "other": [("800", 6), ("808", 6)],
    },
    "BR": {
        "fixed": [(a, 8) for a in ("11", "21", "31", "41", "51", "61", "71")],
        "mobile": [(a, 9) for a in ("11", "21", "31", "41", "51", "61", "81", "85")],
        "other": [("800", 7)],
    },
    "IN": {
        "fixed": [("11", 8), ("22", 8), ("44", 8), ("80", 8), ("20", 8), ("141", 7), ("484", 7)],
        "mobile": [(h, 9) for h in ("6", "7", "8", "9")],
        "other": [("1800", 7), ("1800", 6)],
    },
    "CH": {
        "fixed": [(h, 7) for h in ("44", "31", "61", "21", "22", "41", "71")],
        "mobile": [(h, 7) for h in ("76", "77", "78", "79")],
    },
    "AT": {
        "fixed": [("1", 7), ("316", 6), ("662", 6), ("512", 6), ("732", 6)],
        "mobile": [(h, 7) for h in ("650", "660", "664", "676", "699")],
    },
    "BE": {
        "fixed": [("2", 7), ("3", 7), ("9", 7), ("4", 7)],
        "mobile": [(h, 6) for h in ("470", "471", "472", "475", "476", "477", "478", "479", "484", "495")],
    },
    "IE": {
        "fixed": [("1", 7), ("21", 7), ("91", 7), ("61", 6)],
        "mobile": [(h, 7) for h in ("83", "85", "86", "87", "89")],
    },
    "AU": {"fixed": [(h, 8) for h in ("2", "3", "7", "8")], "mobile": [("4", 8)]},
}

TRUNK = {
    "US": "1",
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "NL": "0",
    "PT": "",
    "BR": "0",
    "IN": "0",
    "CH": "0",
    "AT": "0",
    "BE": "0",
    "IE": "0",
    "AU": "0",
}
CC = {r: str(pn.country_code_for_region(r)) for r in TRUNK}

# writing habits: text before '|' is literal (country code, trunk prefix); after it 'h' = the head, a digit
# = that many digits, '*' = the remaining digits; without 'h' the groups run over the whole national
# number. Only formats whose digit count matches the number are used
NAT = {
    "US": ["h-3-4", "(h)3-4", "h.3.4", "1.|h.3.4"],
    "GB": ["0|h 3 4", "0|h-3-4", "0|h 4 4", "0|h 3 3", "0|h-3-3", "0|h 6"],
    "DE": ["0|h *", "(0|h) *", "0|h-*", "0|h 3 4", "0|h 4 4", "0|h 3 3"],
    "FR": ["0|1 2 2 2 2", "0|1.2.2.2.2"],
    "ES": ["3 2 2 2", "*", "3 3 3", "3.3.3"],
    "IT": ["h 4 4", "h.4.4", "h 3 4", "h.*", "h *"],
    "NL": ["0|h 3 4", "(0|h) 3 2 2", "0|h-3 2 2", "0|h 2 2 2 2", "0|h-2 2 2 2", "0|h 4 4", "0|h *"],
    "PT": ["3 3 3", "*"],
    "BR": {
        "fixed": ["(h) 4.4", "(h) 4 4", "h 4.4", "0|h 4 4", "(0|h) 4-4"],
        "mobile": ["(h) 5-4", "h 5-4", "(0|h) 5-4", "h 5 4"],
    },
    "IN": {
        "fixed": ["(0|h) 4 4", "0|h-*", "(0|h) 3 4", "0|h 3 4", "0|h *"],
        "mobile": ["5-5", "*", "0|*", "5 5"],
    },
}
INTL = {
    "US": ["+1-|h-3-4", "+1.|h.3.4", "+1 |h-3-4"],
    "GB": ["+44 (0)|h 3 4", "+44 (0) |h 3 4", "+44 (0)|h 4 4", "+44 |h 3 3", "+44 (0)|h 3 3", "+44 (0)|h 6"],
    "DE": ["+49 (0)|h *", "+49 (0) |h *", "+49 |h 3 4", "+49 |h *"],
    "FR": ["+33 (0)|1 2 2 2 2", "+33 |1 2 2 2 2", "+33 (0)|1.2.2.2.2"],
    "ES": ["+34 |3 2 2 2", "+34 |3 3 3", "+34 |*"],
    "IT": ["+39 |h 4 4", "+39 |h 3 4", "+39 |h *"],
    "NL": ["+31 (0)|h 3 4", "+31 (0)|h 4 4", "+31 |h 3 4", "+31 (0)|h 2 2 2 2"],
    "PT": ["+351 |3 3 3", "+351 |*"],
    "BR": {"fixed": ["+55 |h 4 4", "+55 (|h) 4.4"], "mobile": ["+55 |h 5-4", "+55 (|h) 5-4"]},
    "IN": {"fixed": ["+91 |h 4 4", "+91 |h 3 4", "+91-|h-*"], "mobile": ["+91 |5 5", "+91 |*", "+91-|*"]},
    "CH": ["+41 (0)|h 3 2 2", "+41 (0) |h 3 2 2", "+41 |h 3 2 2"],
    "AT": ["+43 (0)|h *", "+43 (0) |h *", "+43 |h 3 4"],
    "BE": ["+32 (0)|h 3 2 2", "+32 (0)|h 2 2 2", "+32 |h 2 2 2"],
    "IE": ["+353 (0)|h 3 4", "+353 (0)|h 3 3", "+353 |h 3 4"],
    "AU": ["+61 (0)|h 4 4", "+61 |h 3 3", "+61 (0)|h 3 3"],
}
OTHER_FMT = {
    "US": ["h-3-4", "1.|h.3.4", "1 |h 3 4"],
    "GB": ["0|h 3 4", "0|h-3-4"],
    "DE": ["0|h *", "0|h-*", "0|h 3 4", "0|h 4 4"],
    "FR": ["0|3 2 2 2", "0|3.2.2.2"],
    "ES": ["3 3 3", "3 2 2 2"],
    "IT": ["h 3 3", "h.3.3", "h *"],
    "NL": ["0|h-*", "0|h *"],
    "PT": ["3 3 3", "*"],
    "BR": ["0|h 3 4", "0|h-3-4"],
    "IN": ["h-3-4", "h *", "h-*"],
}
# subscriber-only habits for announced local numbers
LOCAL = {
    "US": ["3.4", "3-4", "3 4"],
    "GB": ["3 4", "3-4", "4 4", "4-4"],
    "DE": ["*", "2 2 2", "1 2 2 2", "3 4", "3 3"],
    "NL": ["3 4", "*", "3 2 2"],
    "BR": ["4.4", "*", "4 4"],
    "IN": ["*", "4-4", "3-4", "3 4", "4 4"],
}


def render(fmt, head, rest):
    """Write head+rest in a habit; returns None when the digit count does not fit."""
    lit, pat = fmt.split("|") if "|" in fmt else ("", fmt)
    stream = rest if "h" in pat else head + rest
    out, i = [lit], 0
    for tok in re.findall(r"h|\d|\*|[^h\d*]+", pat):
        if tok == "h":
            out.append(head)
        elif tok == "*":
            out.append(stream[i:])
            i = len(stream)
        elif tok.isdigit():
            n = int(tok)
            if i + n > len(stream):
                return None
            out.append(stream[i : i + n])
            i += n
        else:
            out.append(tok)
    if i != len(stream):
        return None
    return "".join(out)


def is_type(num, kinds):
    return pn.is_valid_number(num) and pn.number_type(num) in kinds


def draw(rng, region, kind):
    """A valid number of the region and kind: (head, rest, PhoneNumber)."""
    want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    for _ in range(2000):
        head, n = rng.choice(HEADS[region][kind])
        rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        num = pn.parse("+" + CC[region] + head + rest)
        if is_type(num, want):
            return head, rest, num
    raise RuntimeError(f"no {kind} number for {region}")


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def written(rng, region, kind, style):
    """(text, e164) for a number of region/kind written nationally, internationally or as a service line."""
    for _ in range(200):
        head, rest, num = draw(rng, region, kind)
        if style == "intl":
            fmts = INTL[region]
        elif kind == "other":
            fmts = OTHER_FMT[region]
        else:
            fmts = NAT[region]
        if isinstance(fmts, dict):
            fmts = fmts[kind]
        opts = [t for t in (render(f, head, rest) for f in fmts) if t]
        if not opts:
            continue
        text = rng.choice(opts)
        back = pn.parse(text, region)
        if pn.is_valid_number(back) and e164(back) == e164(num):
            return text, e164(num)
    raise RuntimeError(f"cannot write {region} {kind} {style}")


def put_back(region, area, text):
    """Parse a subscriber-only number with its area code and trunk prefix put back."""
    digits = re.sub(r"\D", "", text)
    return pn.parse(TRUNK[region] + area + digits, region)


def local(rng, region, area, sub_len):
    """(text, e164) for a subscriber-only fixed-line number in the given area."""
    for _ in range(2000):
        rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(sub_len - 1))
        num = pn.parse("+" + CC[region] + area + rest)
        if not is_type(num, FIXED) or pn.length_of_geographical_area_code(num) != len(area):
            continue
        opts = [t for t in (render(f, "", rest) for f in LOCAL[region]) if t]
        text = rng.choice(opts)
        back = put_back(region, area, text)
        if pn.is_valid_number(back) and e164(back) == e164(num):
            return text, e164(num)
    raise RuntimeError(f"no local number for {region} {area}")
