"""Valid phone numbers per region, drawn from real area codes and checked with phonenumbers.

A plan lists geographic area codes with a town and the national-significant-number lengths to
try, mobile prefixes and service (toll-free, shared-cost, UAN) prefixes. Random digits fill the
rest; a draw is kept only when phonenumbers calls it valid, of the wanted type and, for
geographic numbers, when length_of_geographical_area_code equals the area code we used (so the
subscriber-only part is well defined and never starts with 0 or 1).
"""

from __future__ import annotations

import phonenumbers as pn

from .common import digits, pick

GEO, MOBILE, OTHER = "geo", "mobile", "other"
SUBSCRIBER_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
NINE = ("US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR")
OUTSIDE = ("AT", "AU", "BE", "CH", "IE")

PLANS = {
    "US": {
        GEO: [
            ("San Francisco", "415", [10]),
            ("Chicago", "312", [10]),
            ("Boston", "617", [10]),
            ("Portland", "503", [10]),
            ("Seattle", "206", [10]),
            ("Austin", "512", [10]),
            ("Denver", "303", [10]),
            ("Atlanta", "404", [10]),
            ("Philadelphia", "215", [10]),
            ("Minneapolis", "612", [10]),
            ("Burlington", "802", [10]),
            ("Anchorage", "907", [10]),
            ("Honolulu", "808", [10]),
            ("Bozeman", "406", [10]),
            ("Asheville", "828", [10]),
            ("Duluth", "218", [10]),
            ("Santa Fe", "505", [10]),
            ("Tucson", "520", [10]),
        ],
        MOBILE: [],
        OTHER: [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        GEO: [
            ("London", "20", [10]),
            ("Manchester", "161", [10]),
            ("Birmingham", "121", [10]),
            ("Edinburgh", "131", [10]),
            ("Glasgow", "141", [10]),
            ("Leeds", "113", [10]),
            ("Sheffield", "114", [10]),
            ("Bristol", "117", [10]),
            ("Liverpool", "151", [10]),
            ("Newcastle", "191", [10]),
            ("Cambridge", "1223", [10]),
            ("Oxford", "1865", [10]),
            ("Brighton", "1273", [10]),
            ("York", "1904", [10]),
            ("Exeter", "1392", [10]),
            ("Inverness", "1463", [10]),
            ("Kendal", "1539", [10]),
            ("Fort William", "1397", [10]),
            ("Penrith", "1768", [10]),
            ("Aviemore", "1479", [10]),
            ("Keswick", "17687", [9, 10]),
        ],
        MOBILE: [
            ("7700", 10),
            ("7711", 10),
            ("7723", 10),
            ("7812", 10),
            ("7904", 10),
            ("7446", 10),
            ("7583", 10),
            ("7960", 10),
            ("7398", 10),
        ],
        OTHER: [("800", 10), ("800", 9), ("345", 10), ("300", 10), ("808", 10)],
    },
    "DE": {
        GEO: [
            ("Berlin", "30", [10, 9]),
            ("Hamburg", "40", [10, 9]),
            ("München", "89", [10, 9]),
            ("Köln", "221", [10, 9]),
            ("Frankfurt", "69", [10, 9]),
            ("Stuttgart", "711", [10, 9]),
            ("Leipzig", "341", [10, 9]),
            ("Dresden", "351", [10, 9]),
            ("Hannover", "511", [10, 9]),
            ("Nürnberg", "911", [10, 9]),
            ("Bremen", "421", [10, 9]),
            ("Freiburg", "761", [10, 9]),
            ("Heidelberg", "6221", [10, 9]),
            ("Tübingen", "7071", [9, 10]),
            ("Garmisch-Partenkirchen", "8821", [9, 10]),
            ("Berchtesgaden", "8652", [9, 10]),
            ("Oberstdorf", "8322", [9, 10]),
            ("Rostock", "381", [10, 9]),
            ("Kiel", "431", [10, 9]),
            ("Münster", "251", [10, 9]),
            ("Norden", "4931", [9, 10]),
            ("Lindau", "8382", [9, 10]),
            ("Sylt", "4651", [9, 10]),
            ("Wernigerode", "3943", [9, 10]),
        ],
        MOBILE: [
            ("151", 11),
            ("152", 11),
            ("157", 11),
            ("160", 10),
            ("162", 10),
            ("170", 10),
            ("171", 10),
            ("172", 10),
            ("173", 10),
            ("175", 10),
            ("176", 11),
            ("177", 10),
            ("178", 10),
            ("179", 10),
        ],
        OTHER: [("800", 10), ("800", 11), ("180", 11)],
    },
    "FR": {
        GEO: [
            ("Paris", "1", [9]),
            ("Lyon", "4", [9]),
            ("Marseille", "4", [9]),
            ("Bordeaux", "5", [9]),
            ("Lille", "3", [9]),
            ("Strasbourg", "3", [9]),
            ("Chamonix", "4", [9]),
            ("Toulouse", "5", [9]),
            ("Nantes", "2", [9]),
            ("Rennes", "2", [9]),
            ("Brest", "2", [9]),
            ("Grenoble", "4", [9]),
            ("Dijon", "3", [9]),
        ],
        MOBILE: [("6", 9), ("7", 9)],
        OTHER: [("800", 9), ("805", 9), ("809", 9)],
    },
    "ES": {
        GEO: [
            ("Madrid", "91", [9]),
            ("Barcelona", "93", [9]),
            ("Valencia", "96", [9]),
            ("Sevilla", "95", [9]),
            ("Palma", "971", [9]),
            ("Las Palmas", "928", [9]),
            ("Santa Cruz de Tenerife", "922", [9]),
            ("Granada", "958", [9]),
            ("A Coruña", "981", [9]),
            ("Oviedo", "985", [9]),
            ("Bilbao", "94", [9]),
            ("Zaragoza", "976", [9]),
            ("Jaca", "974", [9]),
        ],
        MOBILE: [("6", 9), ("7", 9)],
        OTHER: [("900", 9), ("800", 9)],
    },
    "IT": {
        GEO: [
            ("Roma", "06", [10, 9]),
            ("Milano", "02", [10, 9]),
            ("Torino", "011", [10, 9]),
            ("Firenze", "055", [10, 9]),
            ("Napoli", "081", [10, 9]),
            ("Venezia", "041", [10, 9]),
            ("Bologna", "051", [10, 9]),
            ("Genova", "010", [10, 9]),
            ("Palermo", "091", [10, 9]),
            ("Bolzano", "0471", [10, 9]),
            ("Aosta", "0165", [10, 9]),
            ("Cortina d'Ampezzo", "0436", [10, 9]),
            ("Canazei", "0462", [10, 9]),
            ("Sondrio", "0342", [10, 9]),
            ("Ischia", "081", [10]),
        ],
        MOBILE: [
            ("320", 10),
            ("328", 10),
            ("333", 10),
            ("338", 10),
            ("340", 10),
            ("347", 10),
            ("349", 10),
            ("366", 10),
            ("380", 10),
            ("392", 10),
        ],
        OTHER: [("800", 9), ("803", 9)],
    },
    "NL": {
        GEO: [
            ("Amsterdam", "20", [9]),
            ("Rotterdam", "10", [9]),
            ("Den Haag", "70", [9]),
            ("Utrecht", "30", [9]),
            ("Eindhoven", "40", [9]),
            ("Groningen", "50", [9]),
            ("Leiden", "71", [9]),
            ("Nijmegen", "24", [9]),
            ("Enschede", "53", [9]),
            ("Maastricht", "43", [9]),
            ("Leeuwarden", "58", [9]),
            ("Texel", "222", [9]),
            ("Terschelling", "562", [9]),
            ("Ameland", "519", [9]),
            ("Middelburg", "118", [9]),
            ("Goes", "113", [9]),
        ],
        MOBILE: [("6", 9)],
        OTHER: [("800", 7), ("800", 10), ("900", 7), ("900", 10)],
    },
    "BR": {
        GEO: [
            ("São Paulo", "11", [10]),
            ("Rio de Janeiro", "21", [10]),
            ("Belo Horizonte", "31", [10]),
            ("Curitiba", "41", [10]),
            ("Porto Alegre", "51", [10]),
            ("Brasília", "61", [10]),
            ("Salvador", "71", [10]),
            ("Recife", "81", [10]),
            ("Fortaleza", "85", [10]),
            ("Florianópolis", "48", [10]),
            ("Vitória", "27", [10]),
            ("Goiânia", "62", [10]),
            ("Belém", "91", [10]),
            ("Manaus", "92", [10]),
            ("São Luís", "98", [10]),
        ],
        MOBILE: [
            (ddd + "9", 11)
            for ddd in (
                "11",
                "21",
                "31",
                "41",
                "51",
                "61",
                "71",
                "81",
                "85",
                "48",
                "27",
                "62",
                "91",
                "92",
                "98",
            )
        ],
        OTHER: [("800", 10), ("800", 11)],
    },
    "IN": {
        GEO: [
            ("Delhi", "11", [10]),
            ("Mumbai", "22", [10]),
            ("Bengaluru", "80", [10]),
            ("Chennai", "44", [10]),
            ("Kolkata", "33", [10]),
            ("Hyderabad", "40", [10]),
            ("Pune", "20", [10]),
            ("Ahmedabad", "79", [10]),
            ("Jaipur", "141", [10]),
            ("Lucknow", "522", [10]),
            ("Kochi", "484", [10]),
            ("Chandigarh", "172", [10]),
            ("Dehradun", "135", [10]),
        ],
        MOBILE: [
            ("98", 10),
            ("97", 10),
            ("99", 10),
            ("94", 10),
            ("88", 10),
            ("70", 10),
            ("63", 10),
            ("81", 10),
            ("90", 10),
            ("95", 10),
        ],
        OTHER: [("1800", 11)],
    },
    "AT": {
        GEO: [
            ("Wien", "1", [8, 9]),
            ("Innsbruck", "512", [9, 10]),
            ("Salzburg", "662", [9, 10]),
            ("Graz", "316", [9, 10]),
            ("Sölden", "5254", [8, 9]),
            ("Lech", "5583", [8, 9]),
        ],
        MOBILE: [("650", 10), ("660", 10), ("664", 10), ("676", 10), ("699", 11)],
        OTHER: [],
    },
    "AU": {
        GEO: [("Sydney", "2", [9]), ("Melbourne", "3", [9]), ("Brisbane", "7", [9]), ("Perth", "8", [9])],
        MOBILE: [("4", 9)],
        OTHER: [],
    },
    "BE": {
        GEO: [
            ("Bruxelles", "2", [8]),
            ("Antwerpen", "3", [8]),
            ("Gent", "9", [8]),
            ("Liège", "4", [8]),
            ("Namur", "81", [8]),
        ],
        MOBILE: [("47", 9), ("48", 9), ("49", 9)],
        OTHER: [],
    },
    "CH": {
        GEO: [
            ("Zürich", "44", [9]),
            ("Bern", "31", [9]),
            ("Genève", "22", [9]),
            ("Zermatt", "27", [9]),
            ("Chur", "81", [9]),
        ],
        MOBILE: [("76", 9), ("77", 9), ("78", 9), ("79", 9)],
        OTHER: [],
    },
    "IE": {
        GEO: [
            ("Dublin", "1", [8]),
            ("Cork", "21", [9]),
            ("Galway", "91", [8]),
            ("Tralee", "66", [9]),
            ("Sligo", "71", [9]),
        ],
        MOBILE: [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)],
        OTHER: [],
    },
}

_WANT = {
    GEO: {pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    MOBILE: {pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    OTHER: {
        pn.PhoneNumberType.TOLL_FREE,
        pn.PhoneNumberType.SHARED_COST,
        pn.PhoneNumberType.UAN,
        pn.PhoneNumberType.PREMIUM_RATE,
    },
}


def _candidate(rng, region: str, kind: str, spec):
    cc = pn.country_code_for_region(region)
    if kind == GEO:
        _city, area, lens = spec
        nsn = area + digits(rng, pick(rng, lens) - len(area), "23456789")
    elif kind == MOBILE:
        prefix, n = spec
        nsn = prefix + digits(rng, n - len(prefix), "6789" if region == "BR" else "23456789")
    else:
        prefix, n = spec
        nsn = prefix + digits(rng, n - len(prefix), "123456789")
    if region == "IT" and kind == GEO:
        return pn.PhoneNumber(country_code=cc, national_number=int(nsn), italian_leading_zero=True)
    return pn.PhoneNumber(country_code=cc, national_number=int(nsn))


def _accept(num, region: str, kind: str, spec) -> bool:
    if not pn.is_valid_number_for_region(num, region):
        return False
    if pn.number_type(num) not in _WANT[kind]:
        return False
    if kind == GEO:
        area_len = pn.length_of_geographical_area_code(num)
        nsn = pn.national_significant_number(num)
        if region not in ("FR", "ES", "IT") and area_len != len(spec[1]):
            return False
        if area_len and nsn[area_len] in "01":
            return False
    return True


def draw(rng, region: str, kind: str, city: str | None = None):
    """A valid number of `kind` (geo/mobile/other) for `region`; returns (PhoneNumber, town)."""
    plan = PLANS[region]
    specs = plan[kind]
    if kind == MOBILE and not specs:  # US: mobiles share the geographic plan
        kind, specs = GEO, plan[GEO]
    if city is not None and kind == GEO:
        specs = [s for s in specs if s[0] == city] or specs
    for _ in range(400):
        spec = pick(rng, specs)
        num = _candidate(rng, region, kind, spec)
        if _accept(num, region, kind, spec):
            return num, (spec[0] if kind == GEO else None)
    raise RuntimeError(f"no valid {kind} number for {region}")


def e164(num) -> str:
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def nsn_of(num) -> str:
    return pn.national_significant_number(num)


def area_len(num) -> int:
    return pn.length_of_geographical_area_code(num)


def towns(region: str) -> list[str]:
    return [spec[0] for spec in PLANS[region][GEO]]
