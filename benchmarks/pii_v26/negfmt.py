"""Number formats for hard negatives: dates, times, money, grouped digits and identifiers of many kinds."""

from .pii import luhn_ok

COMMA_LANGS = ("de", "fr", "es", "it", "nl", "pt")
MON = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "hi": "जन॰ फ़र॰ मार्च अप्रैल मई जून जुल॰ अग॰ सित॰ अक्टू॰ नव॰ दिस॰",
}
DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "it": "lun mar mer gio ven sab dom",
    "nl": "ma di wo do vr za zo",
    "pt": "seg ter qua qui sex sáb dom",
    "hi": "सोम मंगल बुध गुरु शुक्र शनि रवि",
}
CUR = {"US": "$", "GB": "£", "IE": "€", "AU": "A$", "IN": "₹", "BR": "R$", "CH": "CHF"}


def dec(lang):
    return "," if lang in COMMA_LANGS else "."


def fint(n, lang):
    s = str(n)
    if lang == "hi" and n >= 100000:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        return ",".join([head] + parts + [tail])
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    sep = {"en": ",", "hi": ",", "fr": " "}.get(lang, ".")
    return sep.join(groups)


def fdec(x, nd, lang):
    return f"{x:.{nd}f}".replace(".", dec(lang))


def money(rng, lang, region, lo, hi, cents=True):
    v = rng.randint(lo, hi)
    amount = fint(v, lang) + ((dec(lang) + f"{rng.choice((0, 0, 50, 90, 95, 99, 49)):02d}") if cents else "")
    cur = CUR.get(region, "€")
    if lang in ("de", "fr", "es", "it", "nl") and cur == "€":
        return f"{amount} €" if lang != "nl" else f"€ {amount}"
    if cur == "CHF":
        return f"CHF {amount}"
    return f"{cur}{amount}" if len(cur) == 1 else f"{cur} {amount}"


YEAR = [2024]  # the year of the document being written; set by core.Ctx


def date(rng, lang, region, year=None):
    y = year or YEAR[0] + (1 if rng.random() < 0.2 else 0)
    m, d = rng.randint(1, 12 if y <= YEAR[0] else 3), rng.randint(1, 28)
    if region == "US":
        return rng.choice((f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"))
    if lang == "en" or lang == "hi":
        return rng.choice(
            (f"{d} {MON['en'].split()[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}")
        )
    if lang in ("de",):
        return rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}"))
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d} {MON[lang].split()[m - 1]} {y}"))


def clock(rng, lang, lo=6, hi=22):
    h, mi = rng.randint(lo, hi), rng.choice((0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 42, 45, 48, 50, 55))
    if lang == "fr":
        return f"{h}h{mi:02d}"
    if lang == "en" and rng.random() < 0.3:
        return f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{mi:02d}" if lang != "de" or rng.random() < 0.7 else f"{h}.{mi:02d} Uhr"


def hhmm(rng, lo=0, hi=23):
    return f"{rng.randint(lo, hi):02d}:{rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55)):02d}"


def date_range(rng, lang, region, year):
    m = rng.randint(1, 10)
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    r1 = fmt_day(rng, lang, region, year, m, d1)
    r2 = fmt_day(rng, lang, region, year, m + rng.randint(1, 2), d2)
    return f"{r1} – {r2}"


def fmt_day(rng, lang, region, y, m, d):
    if region == "US":
        return f"{m}/{d}/{y}"
    if lang in ("en", "hi"):
        return f"{d} {MON['en'].split()[m - 1]} {y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


SEAT = {
    "en": ("Block", "Row", "Seat"),
    "de": ("Block", "Reihe", "Platz"),
    "fr": ("Tribune", "Rang", "Place"),
    "es": ("Sector", "Fila", "Asiento"),
    "it": ("Settore", "Fila", "Posto"),
    "nl": ("Vak", "Rij", "Stoel"),
    "pt": ("Setor", "Fila", "Cadeira"),
    "hi": ("ब्लॉक", "पंक्ति", "सीट"),
}
PLATFORM = {
    "en": "platform",
    "de": "Gleis",
    "fr": "voie",
    "es": "vía",
    "it": "binario",
    "nl": "spoor",
    "pt": "plataforma",
    "hi": "प्लेटफ़ॉर्म",
}
TRAINS = {
    "DE": ("ICE", "IC", "RE", "RB"),
    "AT": ("Railjet", "REX", "S"),
    "CH": ("IR", "IC", "RE"),
    "FR": ("TGV", "TER", "Intercités"),
    "BE": ("IC", "L", "P"),
    "ES": ("AVE", "Alvia", "MD"),
    "IT": ("Frecciarossa", "Regionale", "IC"),
    "NL": ("Intercity", "Sprinter"),
    "BR": ("Linha", "Expresso"),
    "IN": ("Shatabdi Exp.", "Rajdhani Exp.", "Passenger"),
    "GB": ("service", "train"),
    "US": ("Amtrak", "Train"),
    "IE": ("Intercity", "DART"),
    "AU": ("V/Line", "Train"),
}
TIDE = {
    "en": ("HW", "LW"),
    "de": ("HW", "NW"),
    "fr": ("PM", "BM"),
    "es": ("pleamar", "bajamar"),
    "it": ("alta", "bassa"),
    "nl": ("HW", "LW"),
    "pt": ("preia-mar", "baixa-mar"),
    "hi": ("ज्वार", "भाटा"),
}
FAN = {
    "en": "fan",
    "de": "Umluft",
    "fr": "chaleur tournante",
    "es": "ventilador",
    "it": "ventilato",
    "nl": "hetelucht",
    "pt": "ventilado",
    "hi": "फ़ैन",
}


def _isbn13(rng):
    while True:
        body = "978" + rng.choice("0123489") + digits(rng, 8, "0123456789")
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            pub = rng.randint(2, 4)
            return f"{full[:3]}-{full[3]}-{full[4 : 4 + pub]}-{full[4 + pub : 12]}-{full[12]}"


def _ean(rng):
    while True:
        body = rng.choice(
            ("400", "401", "402", "403", "500", "501", "300", "340", "376", "800", "871", "789", "890")
        ) + digits(rng, 9, "0123456789")
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return rng.choice((full, f"{full[0]} {full[1:7]} {full[7:]}"))


def _cas(rng):
    a, b = digits(rng, rng.randint(2, 6)), digits(rng, 2, "0123456789")
    s = sum(int(c) * (i + 1) for i, c in enumerate(reversed(a + b)))
    return f"{a}-{b}-{s % 10}"


D = "0123456789"
NL_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
GB_AREAS = ("LS", "M", "BS", "EH", "CB", "OX", "EX", "YO", "NR", "CF", "SW", "N")


def _company(rng, region):
    return {
        "GB": lambda: f"{rng.choice(('0', '1', 'SC', 'NI'))}{digits(rng, 7, '0123456789')}",
        "DE": lambda: f"HRB {rng.randint(1000, 99999)}",
        "AT": lambda: f"FN {rng.randint(10000, 599999)}{rng.choice('abdfimp')}",
        "CH": lambda: f"CHE-{digits(rng, 3)}.{digits(rng, 3, D)}.{digits(rng, 3, D)}",
        "NL": lambda: digits(rng, 8, "3456789"),
        "BE": lambda: f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
        "FR": lambda: f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        "ES": lambda: f"{rng.choice('ABGJ')}-{digits(rng, 8, '0123456789')}",
        "IT": lambda: f"MI-{rng.randint(1000000, 2699999)}",
        "BR": lambda: f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2, D)}",
        "IN": lambda: (
            f"U{rng.choice(('72900', '74999', '85110'))}{rng.choice(('KA', 'MH', 'DL', 'TN'))}"
            f"{rng.randint(1995, 2022)}PTC{digits(rng, 6, D)}"
        ),
        "US": lambda: digits(rng, 10, "0"),
        "AU": lambda: f"{digits(rng, 3, '0')} {digits(rng, 3)} {digits(rng, 3)}",
    }.get(region, lambda: digits(rng, 8))()


def _vat(rng, region):
    return {
        "DE": lambda: f"DE {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        "AT": lambda: f"ATU{digits(rng, 8)}",
        "GB": lambda: f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}",
        "IE": lambda: f"IE{digits(rng, 7)}{rng.choice('ABCDW')}",
        "FR": lambda: f"FR {digits(rng, 2)} {digits(rng, 9)}",
        "ES": lambda: f"ES{rng.choice('ABG')}{digits(rng, 8)}",
        "IT": lambda: f"IT {digits(rng, 11, '0')}",
        "NL": lambda: f"NL{digits(rng, 9)}B0{rng.randint(1, 3)}",
        "BE": lambda: f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
        "CH": lambda: f"CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)} MWST",
        "IN": lambda: (
            f"{rng.randint(10, 36)}AAB{rng.choice('CFPT')}R{digits(rng, 4)}{rng.choice('ABKL')}1Z"
            f"{rng.choice('5789')}"
        ),
        "BR": lambda: f"{digits(rng, 1)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 1)}",
        "US": lambda: f"{digits(rng, 2)}-{digits(rng, 7)}",
        "AU": lambda: f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
    }.get(region, lambda: digits(rng, 9))()


def _postcode(rng, region):
    return {
        "DE": lambda: f"{rng.randint(1067, 99998):05d}",
        "AT": lambda: str(rng.randint(1010, 9992)),
        "CH": lambda: str(rng.randint(1000, 9658)),
        "NL": lambda: f"{rng.randint(1011, 9999)} {rng.choice(NL_LETTERS)}{rng.choice(NL_LETTERS)}",
        "BE": lambda: str(rng.randint(1000, 9992)),
        "FR": lambda: f"{rng.randint(1000, 95999):05d}",
        "ES": lambda: f"{rng.randint(1001, 52080):05d}",
        "IT": lambda: f"{rng.randint(10, 98)}{rng.randint(0, 199):03d}",
        "BR": lambda: f"{rng.randint(1000, 99999):05d}-{rng.randint(0, 999):03d}",
        "IN": lambda: f"{rng.randint(11, 85)}{rng.randint(0, 9999):04d}",
        "US": lambda: (
            f"{rng.randint(1001, 99950):05d}" + f"-{rng.randint(1, 9999):04d}" * (rng.random() < 0.5)
        ),
        "GB": lambda: (
            f"{rng.choice(GB_AREAS)}{rng.randint(1, 20)} "
            f"{rng.randint(1, 9)}{rng.choice(GB_LETTERS)}{rng.choice(GB_LETTERS)}"
        ),
        "IE": lambda: (
            f"{rng.choice(('D02', 'D08', 'T12', 'H91', 'V94'))} "
            f"{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(100, 999)}"
        ),
        "AU": lambda: str(rng.randint(2000, 7999)),
    }[region]()


def _semver(rng):
    return rng.choice(
        (
            f"v{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 30)}",
            f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
            f"build {rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f".{rng.randint(1, 9)}",
        )
    )


def _dep(r):
    h, m = r.randint(5, 19), r.choice((2, 7, 12, 17, 22, 27, 32, 37, 42))
    step = r.choice((10, 15, 20, 30, 60))
    out = []
    for _ in range(r.randint(3, 5)):
        out.append((h, m))
        m += step
        h, m = h + m // 60, m % 60
    return out


def _splits(r, lg):
    t, out = r.uniform(58, 75), []
    for _ in range(3):
        whole = f"{int(t) // 60}:{int(t) % 60:02d}{dec(lg)}{int(t * 10) % 10}"
        out.append(whole if t >= 60 else fdec(t, 1, lg))
        t += r.uniform(60, 76)
    return " / ".join(out)


def _slot(r):
    h, m = r.randint(8, 13), r.choice((0, 15, 30, 45))
    e = h * 60 + m + r.choice((45, 60, 75, 90, 105, 120, 135))
    return f"{h:02d}:{m:02d}–{e // 60:02d}:{e % 60:02d}"


def _price_calc(r, lg, rg):
    n, unit = r.randint(2, 6), r.randint(49, 899)
    u = fdec(unit / 100, 2, lg)
    t = fdec(n * unit / 100, 2, lg)
    return f"{n} x {u} = {t}"


def _case(r, rg):
    return {
        "DE": lambda: f"{r.randint(1, 12)} O {r.randint(10, 999)}/{r.randint(22, 25)}",
        "AT": lambda: f"{r.randint(1, 40)} Cg {r.randint(10, 199)}/{r.randint(22, 25)}",
        "GB": lambda: f"HT-{r.randint(2023, 2025)}-{r.randint(100, 999):06d}",
        "FR": lambda: f"RG {r.randint(22, 25)}/{r.randint(0, 99999):05d}",
        "ES": lambda: f"{r.randint(1, 999)}/{r.randint(2023, 2025)}",
        "IT": lambda: f"{r.randint(100, 9999)}/{r.randint(2023, 2025)}",
        "NL": lambda: f"C/{r.randint(1, 19):02d}/{r.randint(100000, 999999)}",
        "BR": lambda: (
            f"{r.randint(100, 999)}.{r.randint(0, 99):02d}.{r.randint(2015, 2024)}."
            f"{r.randint(100000, 999999)}-{r.randint(0, 9)}"
        ),
        "IN": lambda: f"W.P.(C) {r.randint(100, 19999)}/{r.randint(2022, 2025)}",
        "US": lambda: f"{r.randint(1, 4)}:{r.randint(22, 25)}-cv-{r.randint(100, 9999):05d}",
    }.get(rg, lambda: f"C-{r.randint(1, 800)}/{r.randint(22, 25)}")()
