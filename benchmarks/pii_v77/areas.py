"""Towns and area codes for announced local numbers (v77), and the draw of their subscriber parts."""

import phonenumbers as pn

from . import numbers as nm

AREAS = {
    "US": [
        ("Savannah", "912"),
        ("Annapolis", "410"),
        ("Charleston", "843"),
        ("Monterey", "831"),
        ("Galveston", "409"),
        ("Newport", "401"),
        ("Duluth", "218"),
        ("Mystic", "860"),
    ],
    "GB": [
        ("Leith", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("North Shields", "191"),
        ("Bristol", "117"),
        ("Plymouth", "1752"),
        ("Falmouth", "1326"),
        ("Weymouth", "1305"),
        ("Oban", "1631"),
    ],
    "DE": [
        ("Hamburg", "40"),
        ("Kiel", "431"),
        ("Bremerhaven", "471"),
        ("Rostock", "381"),
        ("Lübeck", "451"),
        ("Flensburg", "461"),
        ("Cuxhaven", "4721"),
        ("Stralsund", "3831"),
        ("Emden", "4921"),
    ],
    "NL": [
        ("Rotterdam", "10"),
        ("Den Helder", "223"),
        ("Harlingen", "517"),
        ("Vlissingen", "118"),
        ("Scheveningen", "70"),
        ("IJmuiden", "255"),
        ("Urk", "527"),
        ("Amsterdam", "20"),
    ],
    "BR": [
        ("Santos", "13"),
        ("Niterói", "21"),
        ("Florianópolis", "48"),
        ("Itajaí", "47"),
        ("Recife", "81"),
        ("Vitória", "27"),
        ("Angra dos Reis", "24"),
        ("Paranaguá", "41"),
    ],
    "IN": [
        ("Mumbai", "22"),
        ("Kochi", "484"),
        ("Kozhikode", "495"),
        ("Panaji", "832"),
        ("Mangaluru", "824"),
        ("Kolkata", "33"),
        ("Thoothukudi", "461"),
        ("Port Blair", "3192"),
    ],
}
HINDI_TOWN = {
    "Mumbai": "मुंबई",
    "Kochi": "कोच्चि",
    "Kozhikode": "कोझिकोड",
    "Panaji": "पणजी",
    "Mangaluru": "मंगलुरु",
    "Kolkata": "कोलकाता",
    "Thoothukudi": "तूतुकुडी",
    "Port Blair": "पोर्ट ब्लेयर",
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
FIRST = {"US": "23456789", "GB": "2345678", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}


def draw_local(rng, region, area):
    """Subscriber part of a valid fixed number in the area, whose geographic area code is exactly `area`."""
    for _ in range(5000):
        n = NSN_LEN[region] - len(area)
        sub = rng.choice(FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        num = pn.parse("+%d%s%s" % (nm.CC[region], area, sub), None)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in nm.FIXED
            and pn.length_of_geographical_area_code(num) == len(area)
        ):
            return sub
    raise RuntimeError("no local number for %s %s" % (region, area))
