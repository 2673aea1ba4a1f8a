"""A document's setting (company, street, town, dates) from its plan, and its value slots made into values."""

import unicodedata

from . import negs as N
from . import values as V

US_STATE = {
    "New York": "NY",
    "Chicago": "IL",
    "San Francisco": "CA",
    "Boston": "MA",
    "Seattle": "WA",
    "Portland": "OR",
    "Austin": "TX",
    "Denver": "CO",
    "Atlanta": "GA",
    "Miami": "FL",
    "Columbus": "OH",
    "Raleigh": "NC",
    "Madison": "WI",
    "Phoenix": "AZ",
    "Philadelphia": "PA",
    "Houston": "TX",
    "Minneapolis": "MN",
    "Burlington": "VT",
}
BR_UF = {
    "São Paulo": "SP",
    "Rio de Janeiro": "RJ",
    "Belo Horizonte": "MG",
    "Curitiba": "PR",
    "Porto Alegre": "RS",
    "Brasília": "DF",
    "Salvador": "BA",
    "Recife": "PE",
    "Fortaleza": "CE",
    "Florianópolis": "SC",
    "Vitória": "ES",
    "Goiânia": "GO",
    "Campinas": "SP",
    "Manaus": "AM",
}
AU_STATE = {"Sydney": "NSW", "Melbourne": "VIC", "Brisbane": "QLD", "Perth": "WA", "Adelaide": "SA"}
HI_CITY = {
    "Delhi": "दिल्ली",
    "Mumbai": "मुंबई",
    "Kolkata": "कोलकाता",
    "Chennai": "चेन्नई",
    "Bengaluru": "बेंगलुरु",
    "Hyderabad": "हैदराबाद",
    "Pune": "पुणे",
    "Ahmedabad": "अहमदाबाद",
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Kochi": "कोच्चि",
    "Chandigarh": "चंडीगढ़",
    "Bhopal": "भोपाल",
    "Patna": "पटना",
    "Nagpur": "नागपुर",
    "Varanasi": "वाराणसी",
    "Indore": "इंदौर",
    "Dehradun": "देहरादून",
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "BR": "com.br",
    "IN": "co.in",
    "AT": "at",
    "CH": "ch",
    "BE": "be",
    "AU": "com.au",
    "IE": "ie",
}
WEBMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "AT": ["gmx.at", "aon.at"],
    "CH": ["bluewin.ch", "gmx.ch"],
    "BE": ["skynet.be", "telenet.be"],
    "AU": ["bigpond.com", "gmail.com"],
    "IE": ["eircom.net", "gmail.com"],
}
# postcode beginnings of the towns in values.AREAS (so an address and its local number belong together)
PC = {
    "New York": "100",
    "Chicago": "606",
    "San Francisco": "941",
    "Boston": "021",
    "Seattle": "981",
    "Portland": "972",
    "Austin": "787",
    "Denver": "802",
    "Atlanta": "303",
    "Miami": "331",
    "Columbus": "432",
    "Raleigh": "276",
    "Madison": "537",
    "Phoenix": "850",
    "Philadelphia": "191",
    "Houston": "770",
    "Minneapolis": "554",
    "Burlington": "054",
    "Berlin": "10",
    "Hamburg": "20",
    "München": "80",
    "Köln": "50",
    "Frankfurt am Main": "60",
    "Stuttgart": "70",
    "Leipzig": "04",
    "Dresden": "01",
    "Bremen": "28",
    "Hannover": "30",
    "Nürnberg": "90",
    "Freiburg": "79",
    "Münster": "48",
    "Kiel": "24",
    "Rostock": "18",
    "Tübingen": "72",
    "Erlangen": "91",
    "Lüneburg": "21",
    "Weimar": "99",
    "Bamberg": "96",
    "Göttingen": "37",
    "Konstanz": "78",
    "Passau": "94",
    "Husum": "25",
    "Paris": "750",
    "Lyon": "690",
    "Marseille": "130",
    "Lille": "590",
    "Strasbourg": "670",
    "Bordeaux": "330",
    "Toulouse": "310",
    "Nantes": "440",
    "Rennes": "350",
    "Nice": "060",
    "Madrid": "280",
    "Barcelona": "080",
    "Valencia": "460",
    "Sevilla": "410",
    "Bilbao": "480",
    "Zaragoza": "500",
    "Palma": "070",
    "Las Palmas": "350",
    "A Coruña": "150",
    "Valladolid": "470",
    "Milano": "201",
    "Roma": "001",
    "Torino": "101",
    "Napoli": "801",
    "Firenze": "501",
    "Bologna": "401",
    "Genova": "161",
    "Venezia": "301",
    "Palermo": "901",
    "Bari": "701",
    "Verona": "371",
    "Trieste": "341",
    "Amsterdam": "10",
    "Rotterdam": "30",
    "Den Haag": "25",
    "Utrecht": "35",
    "Eindhoven": "56",
    "Groningen": "97",
    "Haarlem": "20",
    "Leiden": "23",
    "Zwolle": "80",
    "Maastricht": "62",
    "Arnhem": "68",
    "Nijmegen": "65",
    "Tilburg": "50",
    "Breda": "48",
    "Alkmaar": "18",
    "Hoorn": "16",
    "Gouda": "28",
    "Deventer": "74",
    "Den Helder": "17",
    "Sneek": "86",
    "São Paulo": "01",
    "Rio de Janeiro": "20",
    "Belo Horizonte": "30",
    "Curitiba": "80",
    "Porto Alegre": "90",
    "Brasília": "70",
    "Salvador": "40",
    "Recife": "50",
    "Fortaleza": "60",
    "Florianópolis": "88",
    "Vitória": "29",
    "Goiânia": "74",
    "Campinas": "13",
    "Manaus": "69",
    "Delhi": "110",
    "Mumbai": "400",
    "Kolkata": "700",
    "Chennai": "600",
    "Bengaluru": "560",
    "Hyderabad": "500",
    "Pune": "411",
    "Ahmedabad": "380",
    "Jaipur": "302",
    "Lucknow": "226",
    "Kochi": "682",
    "Chandigarh": "160",
    "Bhopal": "462",
    "Patna": "800",
    "Nagpur": "440",
    "Varanasi": "221",
    "Indore": "452",
    "Dehradun": "248",
    "Wien": "1",
    "Graz": "80",
    "Linz": "40",
    "Salzburg": "50",
    "Innsbruck": "60",
    "Klagenfurt": "90",
    "Zürich": "80",
    "Bern": "30",
    "Basel": "40",
    "Genève": "12",
    "Lausanne": "10",
    "Luzern": "60",
    "Bruxelles": "10",
    "Antwerpen": "20",
    "Gent": "90",
    "Liège": "40",
    "Namur": "50",
    "Leuven": "30",
    "Brugge": "80",
    "Sydney": "20",
    "Melbourne": "30",
    "Brisbane": "40",
    "Perth": "60",
    "Adelaide": "50",
    "London": "EC1 SE1 N1 W2 E8 NW3",
    "Manchester": "M1 M4 M20",
    "Birmingham": "B1 B15",
    "Leeds": "LS1 LS6",
    "Glasgow": "G1 G12",
    "Edinburgh": "EH1 EH3",
    "Liverpool": "L1 L17",
    "Bristol": "BS1 BS8",
    "Sheffield": "S1 S10",
    "Cardiff": "CF10 CF24",
    "Belfast": "BT1 BT9",
    "Oxford": "OX1 OX4",
    "Cambridge": "CB1 CB2",
    "York": "YO1 YO10",
    "Norwich": "NR1 NR2",
    "Exeter": "EX1 EX4",
    "Brighton": "BN1 BN2",
    "Leicester": "LE1 LE2",
    "Southampton": "SO14 SO15",
    "Dublin": "D02 D04 D08",
    "Cork": "T12 T23",
    "Galway": "H91",
    "Limerick": "V94",
    "Waterford": "X91",
}
PC_LEN = {
    "US": 5,
    "DE": 5,
    "FR": 5,
    "ES": 5,
    "IT": 5,
    "NL": 4,
    "BR": 8,
    "IN": 6,
    "AT": 4,
    "CH": 4,
    "BE": 4,
    "AU": 4,
}
COMPANY = {
    "US": ["{a} & {b} LLC", "{a} Supply Co.", "{a} Partners Inc.", "{a} Property Management"],
    "GB": ["{a} & Sons Ltd", "{a} {b} LLP", "{a} Facilities Ltd", "{a} Joinery Ltd"],
    "IN": ["{a} Traders Pvt. Ltd.", "{a} & Co.", "{a} Enterprises", "{a} Infotech Pvt. Ltd."],
    "AU": ["{a} Pty Ltd", "{a} & {b} Pty Ltd"],
    "IE": ["{a} {b} Ltd", "{a} & Co. Ltd"],
    "DE": [
        "{a} GmbH",
        "{a} & {b} GmbH & Co. KG",
        "{a} Haustechnik GmbH",
        "Autohaus {a}",
        "Steuerkanzlei {a}",
    ],
    "AT": ["{a} GmbH", "{a} & {b} KG", "Tischlerei {a}"],
    "de_CH": ["{a} AG", "{a} & Partner GmbH", "Garage {a} AG"],
    "fr_CH": ["{a} SA", "{a} Sàrl", "Fiduciaire {a} SA"],
    "nl_BE": ["{a} BV", "{a} & {b} NV", "Bouwbedrijf {a}"],
    "FR": ["{a} SARL", "{a} et Fils", "SAS {a} Bâtiment", "Cabinet {a}"],
    "fr_BE": ["{a} SPRL", "{a} & {b} SA", "Garage {a}"],
    "ES": ["{a} S.L.", "{a} y {b} S.A.", "Talleres {a} S.L.", "Gestoría {a}"],
    "IT": ["{a} S.r.l.", "{a} & {b} S.n.c.", "F.lli {a} S.p.A.", "Studio {a}"],
    "NL": ["{a} B.V.", "{a} & {b} V.O.F.", "Installatiebedrijf {a}", "Administratiekantoor {a}"],
    "BR": ["{a} Ltda.", "{a} & {b} Comércio Ltda.", "{a} Serviços ME", "Escritório {a}"],
    "hi": ["{a} एंटरप्राइज़ेज़", "{a} ट्रेडर्स प्रा. लि.", "{a} एंड संस", "{a} इंफ़्रा प्रा. लि."],
}
STOP = set("y e et and und di de da do van der von den fils sons partner partners la le el".split())
LEGAL = set("llc inc co ltd llp pvt pty gmbh kg ag sarl sas sprl sa bv nv sl srl snc spa vof ltda me".split())


def company_name(ctx):
    pats = COMPANY["hi" if ctx.lang == "hi" else ctx.locale if ctx.locale in COMPANY else ctx.region]
    return ctx.rng.choice(pats).format(a=ctx.fake.last_name(), b=ctx.fake.last_name())


NEIGHBOUR = {
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
    "en_IE": "GB",
    "en_AU": "GB",
}


def ascii_slug(s, sep=""):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else " " for c in s).split()
    return sep.join(out)


def setup(ctx, genre, local_area, fake_ascii):
    """Company, street, town (the town of the local numbers where there are any), dates."""
    rng, r = ctx.rng, ctx.region
    if local_area:
        place = next(p for p, a in V.AREAS[r] if a == local_area)
    else:
        place, local_area = rng.choice(V.AREAS[r])
    ctx.area = local_area
    ctx.town = place
    city = HI_CITY.get(place, place) if ctx.lang == "hi" else place
    last = ctx.fake.last_name()
    pat = rng.choice(COMPANY["hi" if ctx.lang == "hi" else ctx.locale if ctx.locale in COMPANY else r])
    company = pat.format(a=ctx.fake.last_name(), b=ctx.fake.last_name())
    en_company = pat.format(a=fake_ascii.last_name(), b=fake_ascii.last_name())
    ctx.genre = genre
    if genre == "medical":
        company = rng.choice(ctx.L["med"]["clinic"]).format(last=last, city=city)
    elif genre == "school":
        company = rng.choice(ctx.L["sch"]["school"]).format(last=last, city=city)
    d1 = N.a_date(rng)
    d2 = d1 + N.datetime.timedelta(days=rng.randint(2, 40))
    ctx.fields = {
        "company": company,
        "city": city,
        "last": last,
        "date": N.fmt_date(d1, r),
        "date2": N.fmt_date(d2, r),
        "amount": N.money(rng, r, 80, 4000),
        "cls": f"{rng.randint(1, 10)}{rng.choice('abcd')}",
        "ref": "",
        "n": "3",
    }
    ctx.fields["street"] = ctx.street()
    ctx.fields["cityline"] = ctx.cityline()
    words = [
        w
        for w in ascii_slug(en_company if ctx.lang == "hi" else company, " ").split()
        if w not in LEGAL | STOP
    ]
    ctx.domain = (rng.choice(["", "-"]).join(words[:2])[:30] or "kontor") + "." + TLD[r]
    ctx.fake_ascii = fake_ascii


def street(ctx):
    n = ctx.rng.randint(1, 180)
    s = ctx.fake.street_name()
    r = ctx.region
    if ctx.lang == "hi":
        return f"{n}, {ctx.fake.last_name()} {ctx.rng.choice(['मार्ग', 'नगर', 'कॉलोनी', 'रोड', 'विहार'])}"
    if r in ("US", "GB", "AU", "IE", "IN") or ctx.lang == "fr":
        return f"{n} {s}"
    if r in ("ES", "BR"):
        return f"{s}, {n}"
    return f"{s} {n}"


def postcode(ctx):
    r, rng, pre = ctx.region, ctx.rng, PC.get(ctx.town, "")
    if r == "GB":
        return f"{rng.choice(pre.split())} {rng.randint(1, 9)}{N.up(rng, 2)}"
    if r == "IE":
        return f"{rng.choice(pre.split())} {N.up(rng, 1)}{N.z(rng, 1)}{N.up(rng, 1)}{N.z(rng, 1)}"
    code = pre + N.z(rng, PC_LEN[r] - len(pre))
    if r == "NL":
        return f"{code} {N.up(rng, 2)}"
    if r == "BR":
        return f"{code[:5]}-{code[5:]}"
    return code


def cityline(ctx):
    r, city = ctx.region, ctx.fields["city"]
    pc = postcode(ctx)
    if r == "US":
        return f"{city}, {US_STATE.get(ctx.town, 'NY')} {pc}"
    if r == "GB":
        return f"{city} {pc}"
    if r == "IN":
        return f"{city} - {pc}"
    if r == "BR":
        return f"{city} - {BR_UF.get(ctx.town, 'SP')}, CEP {pc}"
    if r == "AU":
        return f"{city} {AU_STATE.get(ctx.town, 'NSW')} {pc}"
    if r == "IE":
        return f"{city} {pc}"
    return f"{pc} {city}"


def person_mail(ctx):
    f = ctx.fake_ascii if ctx.lang == "hi" else ctx.fake
    first, last = ascii_slug(f.first_name()), ascii_slug(f.last_name())
    first, last = first or "info", last or "kontakt"
    rng = ctx.rng
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}{last}{rng.randint(1, 99)}",
            f"{first}_{last}",
            f"{first[0]}{last}",
        ]
    )
    dom = ctx.domain if rng.random() < 0.5 and ctx.genre != "cv" else rng.choice(WEBMAIL[ctx.region])
    return f"{local}@{dom}"


def realize(ctx, slot):
    """slot: dict(kind, mode, region) -> the value dict that goes into the document."""
    rng, k, mode = ctx.rng, slot["kind"], slot["mode"]
    if k == "PHONE":
        r = slot["region"]
        lk = "tel"
        if mode == "local-announced":
            kind = "mobile" if r == "BR" and rng.random() < 0.25 else "geo"
            p = V.make_phone(rng, r, kind, ctx.area)
            lk = "mob" if kind == "mobile" else "tel"
            assert p["area_len"] == p["lead"]
            text, style = V.render(rng, p, "local")
        elif mode == "other":
            p = V.make_phone(rng, r, "service")
            text, style = V.render(rng, p, "national", pdf=ctx.pdf)
        else:
            x = rng.random()
            if mode == "international":
                kind = "mobile" if x < 0.35 else "geo"
            else:
                kind = "mobile" if x < 0.4 else "geo"
            same = kind == "geo" and r == ctx.region and rng.random() < 0.6
            p = V.make_phone(rng, r, kind, ctx.area if same else None)
            fax = mode == "national" and rng.random() < 0.12
            lk = "mob" if kind == "mobile" else ("fax" if fax else "tel")
            text, style = V.render(
                rng, p, "intl" if mode == "international" else "national", ctx.region, pdf=ctx.pdf
            )
        ctx.count("number_style", f"{mode}:{style}")
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": r,
            "e164": p["e164"],
            "area_len": p["area_len"],
            "_lk": lk,
        }
    if k == "EMAIL":
        text = person_mail(ctx) if mode == "personal" else f"{rng.choice(ctx.L['mailboxes'])}@{ctx.domain}"
    elif k == "IBAN":
        c = ctx.region if ctx.region in V.IBAN_LEN else rng.choice(["DE", "GB", "FR", "NL", "IE", "PT"])
        if rng.random() < 0.12:
            c = rng.choice(list(V.IBAN_LEN))
        text = V.make_iban(rng, c, mode)
    elif k == "CREDIT_CARD":
        text = V.make_card(rng, mode)
    elif k == "IP_ADDRESS":
        text = V.make_ipv4(rng, slot.get("private", True)) if mode == "v4" else V.make_ipv6(rng)
    elif k == "US_SSN":
        text = V.make_ssn(rng, mode)
    return {"kind": k, "mode": mode, "text": text}
