"""Numbering tables for the v5 generator: national dialling prefixes, lengths and towns.

Every entry is (national prefix as dialled, allowed national lengths, town). The generator fills
the rest with random digits and keeps only numbers that phonenumbers calls valid, so a wrong
length here only costs retries, never an invalid label.
"""

# Geographic (fixed-line) prefixes. Lengths count the whole national string, trunk 0 included.
GEO = {
    "US": [
        (a, (10,), t)
        for a, t in [
            ("212", "New York"),
            ("415", "San Francisco"),
            ("312", "Chicago"),
            ("617", "Boston"),
            ("202", "Washington"),
            ("305", "Miami"),
            ("512", "Austin"),
            ("206", "Seattle"),
            ("303", "Denver"),
            ("404", "Atlanta"),
            ("503", "Portland"),
            ("614", "Columbus"),
            ("215", "Philadelphia"),
            ("713", "Houston"),
            ("816", "Kansas City"),
            ("919", "Raleigh"),
            ("504", "New Orleans"),
            ("801", "Salt Lake City"),
            ("907", "Anchorage"),
            ("608", "Madison"),
            ("802", "Burlington"),
            ("406", "Missoula"),
            ("505", "Santa Fe"),
            ("207", "Bangor"),
            ("520", "Tucson"),
            ("319", "Cedar Rapids"),
        ]
    ],
    "GB": [
        (a, (11,), t)
        for a, t in [
            ("020", "London"),
            ("0121", "Birmingham"),
            ("0131", "Edinburgh"),
            ("0161", "Manchester"),
            ("0113", "Leeds"),
            ("0117", "Bristol"),
            ("0141", "Glasgow"),
            ("0151", "Liverpool"),
            ("0114", "Sheffield"),
            ("029", "Cardiff"),
            ("028", "Belfast"),
            ("01223", "Cambridge"),
            ("01865", "Oxford"),
            ("01603", "Norwich"),
            ("01392", "Exeter"),
            ("01904", "York"),
            ("01224", "Aberdeen"),
            ("01482", "Hull"),
            ("01752", "Plymouth"),
            ("01970", "Aberystwyth"),
        ]
    ],
    "DE": [
        (a, n, t)
        for a, n, t in [
            ("030", (11, 12), "Berlin"),
            ("040", (11, 12), "Hamburg"),
            ("089", (10, 11, 12), "München"),
            ("0221", (10, 11, 12), "Köln"),
            ("069", (11, 12), "Frankfurt am Main"),
            ("0711", (10, 11, 12), "Stuttgart"),
            ("0211", (10, 11, 12), "Düsseldorf"),
            ("0351", (10, 11), "Dresden"),
            ("0341", (10, 11), "Leipzig"),
            ("0511", (10, 11), "Hannover"),
            ("0911", (10, 11), "Nürnberg"),
            ("0421", (10, 11), "Bremen"),
            ("0228", (10, 11), "Bonn"),
            ("06221", (10, 11, 12), "Heidelberg"),
            ("0761", (10, 11), "Freiburg"),
            ("0331", (10, 11), "Potsdam"),
            ("05251", (10, 11, 12), "Paderborn"),
            ("08031", (10, 11), "Rosenheim"),
            ("07071", (10, 11), "Tübingen"),
            ("0431", (10, 11), "Kiel"),
            ("0561", (10, 11), "Kassel"),
            ("0651", (10, 11), "Trier"),
            ("03641", (10, 11), "Jena"),
        ]
    ],
    "NL": [
        (a, (10,), t)
        for a, t in [
            ("020", "Amsterdam"),
            ("010", "Rotterdam"),
            ("030", "Utrecht"),
            ("070", "Den Haag"),
            ("040", "Eindhoven"),
            ("050", "Groningen"),
            ("024", "Nijmegen"),
            ("026", "Arnhem"),
            ("043", "Maastricht"),
            ("053", "Enschede"),
            ("038", "Zwolle"),
            ("071", "Leiden"),
            ("072", "Alkmaar"),
            ("0348", "Woerden"),
            ("0513", "Heerenveen"),
            ("0592", "Assen"),
            ("0113", "Goes"),
            ("0317", "Wageningen"),
            ("058", "Leeuwarden"),
            ("0475", "Roermond"),
        ]
    ],
    "BR": [
        (a, (10,), t)
        for a, t in [
            ("11", "São Paulo"),
            ("21", "Rio de Janeiro"),
            ("31", "Belo Horizonte"),
            ("41", "Curitiba"),
            ("51", "Porto Alegre"),
            ("61", "Brasília"),
            ("71", "Salvador"),
            ("81", "Recife"),
            ("85", "Fortaleza"),
            ("19", "Campinas"),
            ("27", "Vitória"),
            ("48", "Florianópolis"),
            ("62", "Goiânia"),
            ("92", "Manaus"),
            ("91", "Belém"),
            ("84", "Natal"),
        ]
    ],
    "IN": [
        (a, (11,), t)
        for a, t in [
            ("011", "Delhi"),
            ("022", "Mumbai"),
            ("033", "Kolkata"),
            ("044", "Chennai"),
            ("080", "Bengaluru"),
            ("040", "Hyderabad"),
            ("020", "Pune"),
            ("079", "Ahmedabad"),
            ("0141", "Jaipur"),
            ("0484", "Kochi"),
            ("0172", "Chandigarh"),
            ("0522", "Lucknow"),
            ("0712", "Nagpur"),
            ("0135", "Dehradun"),
            ("0191", "Jammu"),
            ("0361", "Guwahati"),
        ]
    ],
    "FR": [
        (a, (10,), t)
        for a, t in [
            ("01", "Paris"),
            ("01", "Versailles"),
            ("02", "Nantes"),
            ("02", "Rennes"),
            ("03", "Lille"),
            ("03", "Strasbourg"),
            ("04", "Lyon"),
            ("04", "Marseille"),
            ("04", "Grenoble"),
            ("05", "Bordeaux"),
            ("05", "Toulouse"),
            ("05", "Pau"),
        ]
    ],
    "ES": [
        (a, (9,), t)
        for a, t in [
            ("91", "Madrid"),
            ("93", "Barcelona"),
            ("954", "Sevilla"),
            ("963", "Valencia"),
            ("944", "Bilbao"),
            ("976", "Zaragoza"),
            ("981", "A Coruña"),
            ("928", "Las Palmas"),
            ("971", "Palma"),
            ("958", "Granada"),
            ("985", "Oviedo"),
            ("968", "Murcia"),
        ]
    ],
    "IT": [
        (a, (10,), t)
        for a, t in [
            ("02", "Milano"),
            ("06", "Roma"),
            ("011", "Torino"),
            ("055", "Firenze"),
            ("081", "Napoli"),
            ("051", "Bologna"),
            ("041", "Venezia"),
            ("010", "Genova"),
            ("091", "Palermo"),
            ("0471", "Bolzano"),
            ("0832", "Lecce"),
            ("070", "Cagliari"),
        ]
    ],
    "AT": [
        (a, n, t)
        for a, n, t in [
            ("01", (9, 10), "Wien"),
            ("0316", (10, 11), "Graz"),
            ("0512", (10, 11), "Innsbruck"),
            ("0662", (10, 11), "Salzburg"),
            ("0732", (10, 11), "Linz"),
        ]
    ],
    "AU": [
        (a, (10,), t)
        for a, t in [
            ("02", "Sydney"),
            ("03", "Melbourne"),
            ("07", "Brisbane"),
            ("08", "Perth"),
            ("08", "Adelaide"),
            ("02", "Canberra"),
            ("03", "Hobart"),
        ]
    ],
    "BE": [
        (a, (9,), t)
        for a, t in [
            ("02", "Bruxelles"),
            ("03", "Antwerpen"),
            ("09", "Gent"),
            ("04", "Liège"),
            ("010", "Wavre"),
            ("081", "Namur"),
            ("050", "Brugge"),
        ]
    ],
}

# Mobile prefixes (national string) and lengths.
MOBILE = {
    "US": None,  # NANP mobiles share the geographic area codes
    "GB": [("074", (11,)), ("075", (11,)), ("077", (11,)), ("078", (11,)), ("079", (11,))],
    "DE": [
        ("0151", (12,)),
        ("0152", (12,)),
        ("0157", (12,)),
        ("0160", (11,)),
        ("0170", (11,)),
        ("0171", (11,)),
        ("0176", (12,)),
        ("0177", (12,)),
        ("0179", (11,)),
    ],
    "NL": [("06", (10,))],
    "BR": "DDD9",  # DDD + 9 + eight digits
    "IN": [("9", (10,)), ("8", (10,)), ("7", (10,)), ("6", (10,))],
    "FR": [("06", (10,)), ("07", (10,))],
    "ES": [("6", (9,)), ("7", (9,))],
    "IT": [("32", (10,)), ("33", (10,)), ("34", (10,)), ("36", (10,)), ("38", (10,)), ("39", (10,))],
    "AT": [("0664", (11, 12)), ("0676", (11, 12)), ("0660", (11, 12)), ("0699", (12,))],
    "AU": [("04", (10,))],
    "BE": [("047", (10,)), ("048", (10,)), ("049", (10,))],
}

# Non-geographic service numbers (toll-free, shared-cost, premium, UAN), national strings.
SERVICE = {
    "US": [("800", (10,)), ("888", (10,)), ("877", (10,)), ("866", (10,)), ("855", (10,))],
    "GB": [("0800", (11,)), ("0808", (11,)), ("0345", (11,)), ("0330", (11,)), ("0370", (11,))],
    "DE": [("0800", (11,)), ("01801", (11,)), ("01803", (11,)), ("01806", (11,))],
    "FR": [("0800", (10,)), ("0805", (10,)), ("0820", (10,)), ("0810", (10,))],
    "ES": [("900", (9,)), ("800", (9,)), ("902", (9,)), ("901", (9,))],
    "IT": [("800", (9,)), ("803", (6, 9)), ("848", (9,)), ("199", (9,))],
    "NL": [("0800", (8, 11)), ("0900", (8, 11)), ("0909", (8,))],
    "BR": [("0800", (11,)), ("4004", (8,)), ("4003", (8,)), ("0300", (11,))],
    "IN": [("1800", (10, 11)), ("1860", (11,))],
}

COUNTRY_CODE = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "AT": 43,
    "AU": 61,
    "BE": 32,
}

# Prefix dialled to leave the country, for the "00" international style.
EXIT_PREFIX = {"US": "011", "AU": "0011"}

# Regions where people write subscriber-only numbers (the area code is not always dialled).
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
# Regions outside the detector's nine: every number of theirs is written internationally.
OUTSIDE_REGIONS = ("AT", "AU", "BE")
# Regions whose national trunk 0 is dropped after +CC, so "(0)" may be shown.
TRUNK_ZERO_MARK = ("GB", "DE", "NL", "AT", "BE", "FR", "AU")
