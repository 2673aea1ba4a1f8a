"""Phone numbers for the v79 set: drawn from prefixes, checked with phonenumbers, written in fresh habits.

A pattern is written over the national significant number (NSN): every '#' takes the next digit, every
other character is copied.  A pattern is only used for an NSN with as many digits as it has '#'.
"""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> kind -> list of (NSN prefix, NSN length)
PREFIXES = {
    "US": {
        "fixed": [(a, 10) for a in ("615", "901", "512", "912", "218", "918", "828", "402", "505", "717")],
        "mobile": [(a, 10) for a in ("629", "737", "470", "346")],
        "other": [(a, 10) for a in ("800", "888", "877", "866")],
    },
    "GB": {
        "fixed": [
            ("113", 10),
            ("114", 10),
            ("117", 10),
            ("151", 10),
            ("141", 10),
            ("1223", 10),
            ("1273", 10),
            ("1904", 10),
            ("29", 10),
            ("1865", 10),
        ],
        "mobile": [("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)],
        "other": [("808", 10), ("800", 10), ("345", 10), ("330", 10), ("300", 10)],
    },
    "DE": {
        "fixed": [
            ("341", 10),
            ("351", 10),
            ("511", 10),
            ("911", 10),
            ("221", 10),
            ("421", 10),
            ("431", 10),
            ("941", 10),
            ("30", 10),
            ("89", 10),
            ("40", 10),
            ("228", 10),
        ],
        "mobile": [
            ("151", 11),
            ("152", 11),
            ("157", 11),
            ("160", 10),
            ("170", 10),
            ("171", 10),
            ("176", 11),
            ("179", 11),
        ],
        "other": [("800", 10), ("800", 11)],
    },
    "FR": {
        "fixed": [(p, 9) for p in ("1", "2", "3", "4", "5")],
        "mobile": [(p, 9) for p in ("6", "7")],
        "other": [("800", 9), ("805", 9), ("809", 9)],
    },
    "ES": {
        "fixed": [(p, 9) for p in ("91", "93", "95", "96", "98", "94")],
        "mobile": [(p, 9) for p in ("6", "71", "72")],
        "other": [("900", 9), ("800", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("055", 10), ("011", 10), ("051", 10), ("081", 10), ("041", 10)],
        "mobile": [(p, 10) for p in ("320", "328", "333", "338", "340", "347", "349", "366", "392")],
        "other": [("800", 9), ("803", 9)],
    },
    "NL": {
        "fixed": [(p, 9) for p in ("50", "40", "38", "24", "23", "43", "26", "15", "13", "20", "10", "30")],
        "mobile": [("6", 9)],
        "other": [("800", 7), ("800", 10)],
    },
    "PT": {
        "fixed": [(p, 9) for p in ("21", "22", "239", "253", "289")],
        "mobile": [(p, 9) for p in ("91", "92", "93", "96")],
        "other": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fixed": [
            (a + d, 10) for a in ("81", "51", "92", "62", "48", "84", "19", "27", "11", "21") for d in "2345"
        ],
        "mobile": [(a + "9", 11) for a in ("81", "51", "92", "62", "48", "84", "19", "27", "11", "21")],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [(p, 10) for p in ("33", "40", "20", "141", "522", "79", "484", "731", "11", "80")],
        "mobile": [(p, 10) for p in ("98", "97", "96", "94", "93", "90", "88", "70")],
        "other": [("1800", 11), ("1800", 10)],
    },
    "AT": {
        "fixed": [("1", 10), ("1", 9), ("316", 10), ("512", 10), ("662", 10)],
        "mobile": [(p, 10) for p in ("660", "664", "676", "699")] + [("650", 11)],
    },
    "CH": {
        "fixed": [(p, 9) for p in ("44", "31", "61", "21", "22", "71")],
        "mobile": [(p, 9) for p in ("79", "78", "76", "77")],
    },
    "BE": {
        "fixed": [(p, 8) for p in ("2", "3", "9")] + [(p, 8) for p in ("16", "50")],
        "mobile": [(p, 9) for p in ("470", "475", "478", "486", "496")],
    },
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [(p, 9) for p in ("83", "85", "86", "87")]},
    "AU": {"fixed": [(p, 9) for p in ("2", "3", "7", "8")], "mobile": [("4", 9)]},
}

# national patterns (region -> NSN length -> patterns); fresh habits, see the docstring
NATIONAL = {
    "US": {10: ["###-###-####", "###.###.####", "(###)###-####", "(###) ###.####"]},
    "GB": {10: ["(0###) ### ####", "0###-###-####"]},
    "DE": {
        10: ["(0###) #######", "0###-#######", "0### ### ## ##"],
        11: ["0###-########", "(0###) ### ### ##", "0### ## ### ###"],
    },
    "FR": {9: ["0#.##.##.##.##", "0# ## ## ## ##", "0#########"]},
    "ES": {9: ["#########", "###-##-##-##", "### ## ## ##"]},
    "IT": {10: ["### ### ####", "###.#######", "###-#######"], 9: ["###.###.###", "### ######"]},
    "NL": {9: ["(0##) ### ## ##", "0## ### ####", "0##-### ## ##"]},
    "PT": {9: ["### ### ###", "#########", "###-###-###"]},
    "BR": {
        10: ["(##) ####.####", "## ####.####", "(##) ########"],
        11: ["(##) #####-####", "(##) #########", "## #####.####"],
    },
    "IN": {10: ["(0##) #### ####", "0####-#####", "0#### #####", "##### #####"]},
}
# tuned per prefix where the ordinary grouping would read oddly
SPECIAL = {
    ("GB", "29"): ["(029) #### ####", "029-####-####"],
    ("GB", "1223"): ["(0####) ######", "0####-######", "0#### ### ###"],
    ("GB", "1273"): ["(0####) ######", "0####-######"],
    ("GB", "1904"): ["(0####) ######", "0#### ### ###"],
    ("GB", "1865"): ["(0####) ######", "0####-######"],
    ("GB", "mobile"): ["0####-###-###", "0#### ###-###", "0##########"],
    ("GB", "other"): ["0### ### ####", "0###-###-####"],
    ("DE", "30"): ["(0##) ########", "0##-########", "0## ## ## ## ##"],
    ("DE", "89"): ["(0##) ########", "0##-########"],
    ("DE", "40"): ["(0##) ########", "0## ## ## ## ##"],
    ("DE", "other"): ["0###-#######", "0### ### ## ##", "0###-########"],
    ("IT", "06"): ["## #### ####", "(##) ########", "##.########"],
    ("IT", "02"): ["## #### ####", "(##) ########", "##.########"],
    ("IN", "fixed2"): ["(0##) #### ####", "0##-####-####", "0## #### ####"],
    ("IN", "fixed3"): ["(0###) ### ####", "0###-#######", "0### #######"],
    ("IN", "mobile"): ["0##### #####", "##### #####", "#####-#####"],
    ("IN", "other"): ["###########", "#-###-###-####", "####-###-####", "#### ### ###", "####-######"],
    ("US", "other"): ["###.###.####", "(###) ###-####", "1 ### ### ####"],
    ("FR", "other"): ["0###.##.##.##", "0# ## ## ## ##", "0### ### ###"],
    ("ES", "other"): ["### ### ###", "###-##-##-##"],
    ("NL", "6"): ["0# ## ## ## ##", "0#-### ### ##", "0# #### ####"],
    ("NL", "other"): ["0### ### ####", "0###-###-####", "0### ### ##"],
    ("PT", "other"): ["### ## ## ##", "### ### ###"],
    ("BR", "other"): ["0### ### ####", "0###-###-####"],
}
INTERNATIONAL = {
    "US": ["+1-###-###-####", "+1.###.###.####", "+1 ###-###-####"],
    "GB": ["+44 (0)### ### ####", "+44 ### ### ####"],
    "DE": ["+49 (0)### #######", "+49 (0) ### ### ## ##", "+49 ##########"],
    "FR": ["+33 (0)# ## ## ## ##", "+33 # ## ## ## ##", "+33 #.##.##.##.##"],
    "ES": ["+34 ### ## ## ##", "+34 #########", "+34 ### ### ###"],
    "IT": ["+39 ### ### ####", "+39.##########"],
    "NL": ["+31 (0)## ### ####", "+31 ## ### ## ##", "+31 (0)# #### ####"],
    "PT": ["+351 ### ### ###", "+351 #########"],
    "BR": ["+55 ## ####-####", "+55 (##) ########"],
    "IN": ["+91 ##### #####", "+91 ## #### ####", "+91-##########"],
    "AT": ["+43 (0)# ### ## ##", "+43 ### ### ## ##", "+43 #########"],
    "CH": ["+41 (0)## ### ## ##", "+41 ## ### ## ##"],
    "BE": ["+32 (0)# ### ## ##", "+32 ### ## ## ##", "+32 ########"],
    "IE": ["+353 (0)# ### ####", "+353 ## ### ####", "+353 ########"],
    "AU": ["+61 (0)# #### ####", "+61 # #### ####", "+61 ### ### ###"],
}
SPECIAL_INTL = {
    ("GB", "mobile"): ["+44 (0)#### ######", "+44 #### ### ###"],
    ("GB", "29"): ["+44 (0)## #### ####", "+44 ## #### ####"],
    ("DE", "30"): ["+49 (0)## ########", "+49 ## ## ## ## ##"],
    ("DE", "mobile"): ["+49 (0)### ########", "+49 (0) ### #### ####", "+49 ###########"],
    ("IN", "mobile"): ["+91 ##### #####", "+91-##########", "+91 ###-###-####"],
    ("BR", "mobile"): ["+55 ## #####-####", "+55 (##) #########"],
    ("FR", "mobile"): ["+33 # ## ## ## ##", "+33 (0)# ## ## ## ##"],
    ("NL", "mobile"): ["+31 (0)# ## ## ## ##", "+31 # ########", "+31 # ## ### ###"],
    ("AU", "mobile"): ["+61 ### ### ###", "+61 # #### ####"],
    ("AU", "fixed"): ["+61 (0)# #### ####", "+61 # #### ####"],
}
# local (subscriber-only) patterns by subscriber length
LOCAL = {
    "US": {7: ["###.####", "###\u2013####"]},
    "GB": {7: ["###-####"], 6: ["###-###"], 8: ["####-####"]},
    "DE": {7: ["# ## ## ##", "### ####"], 8: ["## ## ## ##", "#### ####"]},
    "NL": {7: ["###-####", "#### ###"]},
    "BR": {8: ["####.####", "########", "#### - ####"]},
    "IN": {8: ["####-####", "########"], 7: ["###-####", "#######"]},
}

# local regions: towns with their area code (NSN prefix); the first digit(s) of the subscriber part
# are drawn and the whole number is kept only when phonenumbers says it is a valid fixed line
AREAS = {
    "US": [
        ("Nashville", "615"),
        ("Memphis", "901"),
        ("Austin", "512"),
        ("Savannah", "912"),
        ("Duluth", "218"),
        ("Tulsa", "918"),
        ("Asheville", "828"),
        ("Omaha", "402"),
        ("Albuquerque", "505"),
        ("Harrisburg", "717"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Bristol", "117"),
        ("Liverpool", "151"),
        ("Glasgow", "141"),
        ("Cambridge", "1223"),
        ("Brighton", "1273"),
        ("York", "1904"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Köln", "221"),
        ("Bremen", "421"),
        ("Kiel", "431"),
        ("Regensburg", "941"),
        ("Bonn", "228"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Eindhoven", "40"),
        ("Zwolle", "38"),
        ("Nijmegen", "24"),
        ("Haarlem", "23"),
        ("Maastricht", "43"),
        ("Arnhem", "26"),
        ("Delft", "15"),
        ("Tilburg", "13"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Porto Alegre", "51"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Natal", "84"),
        ("Campinas", "19"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
        ("Indore", "731"),
    ],
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}


def apply(pattern, digits):
    out, it = [], iter(digits)
    for ch in pattern:
        out.append(next(it) if ch == "#" else ch)
    return "".join(out)


def fits(pattern, digits):
    return pattern.count("#") == len(digits)


def draw_nsn(rng, region, kind, prefix=None, length=None, tries=500):
    """A valid NSN of the wanted kind (fixed, mobile, other); prefix/length pin the area."""
    allowed = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    for _ in range(tries):
        if prefix is None:
            pre, n = rng.choice(PREFIXES[region][kind])
        else:
            pre, n = prefix, length
        if region == "BR" and kind == "fixed" and prefix is not None:
            pre = prefix + rng.choice("2345")
        rest = "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if kind != "mobile" and rest[:1] in ("0", "1") and region not in ("FR", "ES", "PT", "IT", "US"):
            continue
        nsn = pre + rest
        num = phonenumbers.parse(("+%d" % phonenumbers.country_code_for_region(region)) + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in allowed:
            if phonenumbers.region_code_for_number(num) == region:
                return nsn, pre
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def e164(region, nsn):
    return "+%d%s" % (phonenumbers.country_code_for_region(region), nsn)


def national_patterns(region, kind, pre, nsn):
    keys = [(region, pre), (region, pre[:2]), (region, pre[:1]), (region, kind)]
    if region == "IN" and kind == "fixed":
        keys.insert(0, (region, "fixed%d" % (2 if pre[:2] in ("33", "40", "20", "79", "11", "80") else 3)))
    for key in keys:
        pats = [p for p in SPECIAL.get(key, []) if fits(p, nsn)]
        if pats:
            return pats
    return [p for p in NATIONAL[region].get(len(nsn), []) if fits(p, nsn)]


def intl_patterns(region, kind, pre, nsn):
    for key in ((region, pre), (region, kind)):
        pats = [p for p in SPECIAL_INTL.get(key, []) if fits(p, nsn)]
        if pats:
            return pats
    pats = [p for p in INTERNATIONAL[region] if p.count("#") == len(nsn)]
    if pats:
        return pats
    cc = str(phonenumbers.country_code_for_region(region))
    return ["+" + cc + " " + "#" * len(nsn)]


def national(rng, region, kind):
    nsn, pre = draw_nsn(rng, region, kind)
    pats = national_patterns(region, kind, pre, nsn)
    if not pats:
        return national(rng, region, kind)
    return apply(rng.choice(pats), nsn), e164(region, nsn)


def international(rng, region, kind):
    """Own numbers written with the country code ('other' numbers are never written this way)."""
    assert kind != "other"
    nsn, pre = draw_nsn(rng, region, kind)
    return apply(rng.choice(intl_patterns(region, kind, pre, nsn)), nsn), e164(region, nsn)


def local(rng, region, area):
    """(subscriber text, e164) for a fixed line in the given area code."""
    while True:
        nsn, _ = draw_nsn(rng, region, "fixed", prefix=area, length=NSN_LEN[region])
        num = phonenumbers.parse(e164(region, nsn))
        if phonenumbers.length_of_geographical_area_code(num) == len(area):
            break
    sub = nsn[len(area) :]
    return apply(rng.choice(LOCAL[region][len(sub)]), sub), e164(region, nsn)


def area_len(region, area):
    """Area length as phonenumbers sees it (asserted equal to len(area) when the set is built)."""
    nsn = draw_nsn(
        __import__("random").Random(len(area) + int(area)), region, "fixed", area, NSN_LEN[region]
    )[0]
    return phonenumbers.length_of_geographical_area_code(phonenumbers.parse(e164(region, nsn)))


def put_back(region, area, text):
    """A local number with its trunk prefix and area code put back, parsed in its region."""
    digits = "".join(c for c in text if c.isdigit())
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = meta.national_prefix or ""
    return phonenumbers.parse(trunk + area + digits, region)
