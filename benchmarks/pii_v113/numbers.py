"""Phone numbers for v113: drawn at random, kept when phonenumbers calls them valid."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FREE = (T.TOLL_FREE,)

# region -> list of (town, area code without trunk prefix); used for fixed lines and for announced locals
AREAS = {
    "US": [
        ("Chicago", "312"),
        ("Denver", "303"),
        ("Seattle", "206"),
        ("Portland", "503"),
        ("Baltimore", "410"),
        ("Nashville", "615"),
        ("Columbus", "614"),
        ("Pittsburgh", "412"),
        ("Cleveland", "216"),
        ("Minneapolis", "612"),
        ("Omaha", "402"),
        ("Albuquerque", "505"),
        ("Sacramento", "916"),
        ("Tampa", "813"),
        ("Rochester", "585"),
        ("New Haven", "203"),
        ("Houston", "713"),
    ],
    "GB": [
        ("Manchester", "161"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Reading", "118"),
        ("Birmingham", "121"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Newcastle", "191"),
        ("London", "20"),
        ("Southampton", "23"),
        ("Coventry", "24"),
        ("Belfast", "28"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Berlin", "30"),
        ("Hamburg", "40"),
        ("München", "89"),
        ("Frankfurt", "69"),
        ("Köln", "221"),
        ("Düsseldorf", "211"),
        ("Stuttgart", "711"),
        ("Hannover", "511"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Nürnberg", "911"),
        ("Heidelberg", "6221"),
        ("Tübingen", "7071"),
        ("Göttingen", "551"),
        ("Würzburg", "931"),
        ("Essen", "201"),
    ],
    "NL": [
        ("Rotterdam", "10"),
        ("Tilburg", "13"),
        ("Delft", "15"),
        ("Amsterdam", "20"),
        ("Haarlem", "23"),
        ("Nijmegen", "24"),
        ("Arnhem", "26"),
        ("Amersfoort", "33"),
        ("Zwolle", "38"),
        ("Eindhoven", "40"),
        ("Maastricht", "43"),
        ("Groningen", "50"),
        ("Enschede", "53"),
        ("Den Haag", "70"),
        ("Alkmaar", "72"),
        ("Dordrecht", "78"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Brasília", "61"),
        ("Campinas", "19"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Manaus", "92"),
        ("Ribeirão Preto", "16"),
    ],
    "IN": [
        ("Delhi", "11"),
        ("Mumbai", "22"),
        ("Kolkata", "33"),
        ("Chennai", "44"),
        ("Hyderabad", "40"),
        ("Bengaluru", "80"),
        ("Pune", "20"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
    ],
    "FR": [
        ("Lyon", "4"),
        ("Paris", "1"),
        ("Bordeaux", "5"),
        ("Lille", "3"),
        ("Marseille", "4"),
        ("Nantes", "2"),
    ],
    "ES": [("Barcelona", "93"), ("Madrid", "91"), ("Sevilla", "954"), ("Valencia", "96"), ("Bilbao", "94")],
    "IT": [("Roma", "06"), ("Milano", "02"), ("Torino", "011"), ("Bologna", "051"), ("Napoli", "081")],
    "PT": [("Lisboa", "21"), ("Porto", "22"), ("Coimbra", "239"), ("Braga", "253")],
    "AT": [("Wien", "1"), ("Graz", "316"), ("Innsbruck", "512"), ("Salzburg", "662")],
    "CH": [("Zürich", "44"), ("Bern", "31"), ("Basel", "61"), ("Genève", "22")],
    "BE": [("Bruxelles", "2"), ("Antwerpen", "3"), ("Gent", "9"), ("Liège", "4")],
    "IE": [("Dublin", "1"), ("Cork", "21"), ("Galway", "91")],
    "AU": [("Sydney", "2"), ("Melbourne", "3"), ("Brisbane", "7"), ("Perth", "8")],
}
MOBILE_PREFIX = {
    "US": ["312", "206", "415", "617"],
    "GB": ["7700", "7712", "7845", "7956", "7411"],
    "DE": ["151", "160", "170", "176", "157"],
    "NL": ["6"],
    "BR": ["119", "219", "319", "519"],
    "IN": ["98", "97", "94", "88", "70"],
    "FR": ["6", "7"],
    "ES": ["6"],
    "IT": ["33", "34", "32"],
    "PT": ["91", "93", "96"],
    "AT": ["664", "650", "676"],
    "CH": ["79", "78", "76"],
    "BE": ["47", "48"],
    "IE": ["85", "86", "87"],
    "AU": ["4"],
}
FREE_PREFIX = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808"],
    "DE": ["800"],
    "NL": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800"],
    "PT": ["800"],
}
NSN_LEN = {
    "US": [10],
    "GB": [10, 9],
    "DE": [10, 11, 9, 8],
    "NL": [9],
    "BR": [10, 11],
    "IN": [10, 11, 12],
    "FR": [9],
    "ES": [9],
    "IT": [10, 9, 11],
    "PT": [9],
    "AT": [10, 11, 8, 9, 12],
    "CH": [9],
    "BE": [8, 9],
    "IE": [9, 8, 7],
    "AU": [9],
}
SUB_LEN = {"US": [7], "GB": [7, 8], "DE": [7, 8], "NL": [7], "BR": [8], "IN": [8, 7]}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")


def _valid(nsn, region, types):
    try:
        num = pn.parse(f"+{pn.country_code_for_region(region)}{nsn}")
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.number_type(num) not in types:
        return None
    if pn.region_code_for_number(num) != region:
        return None
    return num


def draw_fixed(rng, region, area=None):
    """A valid fixed line: (num, area, subscriber). The area code is checked to be phonenumbers' own."""
    towns = AREAS[region]
    for _ in range(3000):
        town, code = area or rng.choice(towns)
        lens = SUB_LEN.get(region) or [n - len(code) for n in NSN_LEN[region]]
        sub_len = rng.choice(lens)
        sub = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(sub_len - 1))
        num = _valid(code + sub, region, FIXED)
        if num is None:
            continue
        if region in LOCAL_REGIONS and pn.length_of_geographical_area_code(num) != len(code):
            continue
        return num, town, code, sub
    raise RuntimeError(f"no fixed line for {region} {area}")


def draw_prefixed(rng, region, prefixes, types, lens):
    for _ in range(3000):
        pre = rng.choice(prefixes)
        total = rng.choice(lens)
        rest = "".join(str(rng.randint(0, 9)) for _ in range(total - len(pre)))
        num = _valid(pre + rest, region, types)
        if num is not None:
            return num, pre, rest
    raise RuntimeError(f"no number for {region} {prefixes}")


def pairs(s):
    """Groups of two from the right: '4567890' -> '4 56 78 90'."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def halves(s, sep):
    k = len(s) // 2 if len(s) % 2 == 0 else len(s) // 2
    return s[:k] + sep + s[k:]


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def nsn(num):
    return pn.national_significant_number(num)
