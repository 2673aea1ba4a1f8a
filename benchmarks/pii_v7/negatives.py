"""Hard negatives that need a little computing: readings, dates, money, codes with check digits ..."""

from __future__ import annotations

from benchmarks.pii_v7.neg_table import LETTERS, PATTERNED, fill, label

DEC = {"en": "."}
MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
}


def _dec(lang: str, value: float, places: int = 1) -> str:
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def date(rng, lang: str, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    month = MONTHS[lang].split("|")[m - 1]
    if locale == "en_US":
        return rng.choice([f"{m}/{d}/{y}", f"{month} {d}, {y}", f"{month} {d}"])
    if lang == "en":
        return rng.choice([f"{d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d} {month}"])
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return rng.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d} {month} {y}", f"{d:02d}{sep}{m:02d}."[:-1]])


def time(rng, lang: str, locale: str) -> str:
    h, mi = rng.randint(6, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if locale == "en_US":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if lang == "en" and rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
    sep = "h" if lang == "fr" else rng.choice([":", "."])
    return f"{h}{sep}{mi:02d}" + ("–" + f"{h + 1}{sep}{mi:02d}" if rng.random() < 0.3 else "")


def money(rng, lang: str, locale: str) -> str:
    amount = rng.choice([rng.randint(5, 95), rng.randint(100, 4999), rng.randint(5000, 98000)])
    cents = rng.choice([0, 50, 90, 99, rng.randint(1, 99)])
    if locale == "en_US":
        return f"${amount:,}.{cents:02d}"
    if locale == "en_GB":
        return f"£{amount:,}.{cents:02d}"
    if locale == "en_IN":
        return f"₹{amount:,}" if rng.random() < 0.5 else f"Rs. {amount}/-"
    if locale == "en_AU":
        return f"A${amount:,}"
    if locale == "pt_BR":
        return f"R$ {amount:,}".replace(",", ".") + f",{cents:02d}"
    if locale.endswith("_CH"):
        return f"CHF {amount:,}".replace(",", "'") + ".–"
    whole = f"{amount:,}".replace(",", "." if lang in ("de", "es", "it", "nl") else " ")
    return rng.choice([f"{whole},{cents:02d} €", f"€ {whole},{cents:02d}", f"{whole} EUR"])


def meter_reading(rng, lang: str, locale: str) -> str:
    lab = label("Meter reading|Zählerstand|Relevé compteur|Lectura|Lettura|Meterstand|Leitura", lang)
    value = rng.randint(1000, 99999)
    unit = rng.choice(["kWh", "m³", "kWh"])
    text = f"{value:,}".replace(",", " ") if rng.random() < 0.5 else f"{value:06d}"
    return f"{lab}: {text} {unit}"


def postcode(rng, lang: str, locale: str) -> str:
    pats = {
        "en_US": "%####-####",
        "en_GB": "^^% %^^",
        "en_IN": "%## ###",
        "en_AU": "%###",
        "en_IE": "^%# ^%^#",
        "nl_NL": "%### ^^",
        "pt_BR": "%####-###",
        "de_AT": "%###",
        "de_CH": "CH-%###",
        "fr_BE": "%###",
        "nl_BE": "%###",
        "fr_CH": "%###",
    }
    lab = label("Postcode|PLZ|Code postal|C.P.|CAP|Postcode|CEP", lang)
    return f"{lab} {fill(rng, pats.get(locale, '%####'))}"


def isbn(rng, lang: str, locale: str) -> str:
    body = "978" + rng.choice("0123489") + fill(rng, "########")
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    d = body + str(check)
    return f"ISBN {d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"


def ean(rng, lang: str, locale: str) -> str:
    body = rng.choice(["40", "30", "84", "80", "87", "54", "78"]) + fill(rng, "##########")
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    d = body + str(check)
    return f"EAN {d[0]} {d[1:7]} {d[7:]}"


def coords(rng, lang: str, locale: str) -> str:
    lat, lon = rng.uniform(36, 58), rng.uniform(-8, 16)
    if rng.random() < 0.5:
        return (
            f"GPS {_dec(lang, lat, 5)}, {_dec(lang, lon, 5)}" if lang == "en" else f"GPS {lat:.5f}; {lon:.5f}"
        )
    lat_min, lon_min = rng.randint(0, 59), rng.randint(0, 59)
    return f"{int(lat)}°{lat_min:02d}′N {abs(int(lon))}°{lon_min:02d}′{'E' if lon >= 0 else 'W'}"


def version(rng, lang: str, locale: str) -> str:
    lab = label("Firmware|Firmware|Version|Versión|Versione|Versie|Versão", lang)
    if rng.random() < 0.5:
        return f"{lab} {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 400)}"
    return f"{lab} {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(256, 999)}.{rng.randint(1, 40)}"


def score(rng, lang: str, locale: str) -> str:
    a, b = rng.randint(0, 5), rng.randint(0, 5)
    lab = label("Final score|Endstand|Score final|Resultado|Risultato|Eindstand|Placar", lang)
    return rng.choice(
        [f"{lab} {a}:{b}", f"{lab} {a}–{b}", f"{lab} {rng.randint(60, 110)}–{rng.randint(60, 110)}"]
    )


def lottery(rng, lang: str, locale: str) -> str:
    nums = sorted(rng.sample(range(1, 50), 6))
    lab = label(
        "Winning numbers|Gewinnzahlen|Numéros gagnants|Combinación|Numeri vincenti|Trekking|Dezenas", lang
    )
    return f"{lab}: " + rng.choice([" – ", ", ", " - "]).join(str(n) for n in nums)


def flight(rng, lang: str, locale: str) -> str:
    lab = label("Flight|Flug|Vol|Vuelo|Volo|Vlucht|Voo", lang)
    airline = rng.choice(["LH", "BA", "AF", "IB", "AZ", "KL", "LA", "AI", "6E", "UA", "FR", "U2"])
    return f"{lab} {airline} {rng.randint(10, 4999)}"


def train(rng, lang: str, locale: str) -> str:
    lab = label("Train|Zug|Train|Tren|Treno|Trein|Trem", lang)
    kind = {"de": "ICE", "fr": "TGV", "es": "AVE", "it": "FR", "nl": "IC", "pt": "TIC"}.get(lang, "")
    if locale == "en_IN":
        return f"{lab} 1{rng.randint(2000, 2999)}"
    return f"{lab} {kind} {rng.randint(100, 9999)}".replace("  ", " ")


def plate(rng, lang: str, locale: str) -> str:
    pats = {
        "de_DE": "^^-^^ %##",
        "en_GB": "^^## ^^^",
        "fr_FR": "^^-%##-^^",
        "nl_NL": "%#-^^^-#",
        "es_ES": "%### ^^^",
        "it_IT": "^^ %##^^",
        "pt_BR": "^^^%^##",
        "en_IN": "^^ %# ^^ %###",
        "en_US": "%^^^###",
        "de_AT": "S-%##^^",
        "de_CH": "ZH %## ###",
        "fr_BE": "1-^^^-%##",
        "nl_BE": "2-^^^-%##",
    }
    lab = label("Reg.|Kennzeichen|Immat.|Matrícula|Targa|Kenteken|Placa", lang)
    return f"{lab} {fill(rng, pats.get(locale, '^^ %###'))}"


def vat(rng, lang: str, locale: str) -> str:
    pats = {
        "de": "DE%########",
        "fr": "FR%# %########",
        "es": "B%#######",
        "it": "IT%##########",
        "nl": "NL%########B01",
        "pt": "%#.###.###/0001-##",
        "en": "GB%## #### ##",
    }
    pat = "2#^^^^^%###^1Z%" if locale == "en_IN" else pats[lang]
    lab = label("VAT no.|USt-IdNr.|N° TVA|NIF|P. IVA|Btw-nr.|CNPJ", lang)
    return f"{lab} {fill(rng, pat)}"


def quantity(rng, lang: str, locale: str) -> str:
    return rng.choice(
        [
            f"{_dec(lang, rng.uniform(8, 90))} m²",
            f"{rng.randint(2, 6)} × {_dec(lang, rng.uniform(1, 3), 2)} m",
            f"{_dec(lang, rng.uniform(1, 45))} kg",
            f"{rng.randint(2, 9)} × {rng.choice([250, 500, 750])} g",
            f"{rng.randint(120, 2400)} mm",
            f"{_dec(lang, rng.uniform(0.5, 30))} km",
            f"{rng.randint(2, 40)} l",
        ]
    )


def reading(rng, lang: str, locale: str) -> str:
    return rng.choice(
        [
            f"{_dec(lang, rng.uniform(-5, 32))} °C",
            f"{rng.randint(20, 95)} %",
            f"{rng.randint(985, 1040)} hPa",
            f"{_dec(lang, rng.uniform(87.5, 108))} MHz",
            f"{rng.randint(1, 9)} Bft",
            f"{rng.randint(900, 2400)} kJ / {rng.randint(200, 580)} kcal",
        ]
    )


def odometer(rng, lang: str, locale: str) -> str:
    lab = label("Mileage|Kilometerstand|Kilométrage|Kilometraje|Km|Kilometerstand|Quilometragem", lang)
    value = f"{rng.randint(4000, 240000):,}"
    unit = "mi" if locale in ("en_US", "en_GB") else "km"
    return f"{lab} {value.replace(',', '.' if lang != 'en' else ',')} {unit}"


def section(rng, lang: str, locale: str) -> str:
    n = rng.randint(1, 640)
    return rng.choice(
        [
            f"§ {n} Abs. {rng.randint(1, 5)}" if lang == "de" else f"Art. {n}, al. {rng.randint(1, 4)}",
            f"§ {n}",
            f"s. {n}({rng.randint(1, 9)})" if lang == "en" else f"Art. {n}",
        ]
    )


def years(rng, lang: str, locale: str) -> str:
    a = rng.randint(1950, 2015)
    return rng.choice(
        [
            f"{a}–{rng.randint(a + 1, 2025)}",
            f"{a}/{(a + 1) % 100:02d}",
            f"since {a}" if lang == "en" else str(a),
        ]
    )


def crowd(rng, lang: str, locale: str) -> str:
    n = rng.randint(1200, 68000)
    lab = label("Attendance|Zuschauer|Spectateurs|Asistencia|Spettatori|Toeschouwers|Público", lang)
    return f"{lab}: {n:,}".replace(",", " " if lang in ("fr", "de") else ("," if lang == "en" else "."))


def pages(rng, lang: str, locale: str) -> str:
    a = rng.randint(3, 400)
    return f"{'pp.' if lang == 'en' else 'S.' if lang == 'de' else 'p.'} {a}–{a + rng.randint(2, 30)}"


def dosage(rng, lang: str, locale: str) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 3)} × {rng.choice([125, 250, 400, 500, 1000])} mg",
            "1-0-1",
            "1-1-1-0",
            f"{rng.randint(5, 40)} ml",
            f"{rng.randint(1, 2)}-0-{rng.randint(0, 1)}",
        ]
    )


def hours(rng, lang: str, locale: str) -> str:
    a, b = rng.randint(7, 10), rng.randint(16, 20)
    return rng.choice([f"{a}–{b}", f"{a}.00–12.30 / 14.00–{b}.00", f"{a}:30–{b}:00", f"{a}h–{b}h"])


def sort_code(rng, lang: str, locale: str) -> str:
    return f"Sort code {fill(rng, '##-##-##')}, account {fill(rng, '%#######')}"


def berth_in(rng, lang: str, locale: str) -> str:
    return f"Coach {rng.choice(['S', 'B', 'A'])}{rng.randint(1, 12)}, berth {rng.randint(1, 72)}"


COMPUTED = {
    f.__name__: f
    for f in (
        date,
        time,
        money,
        meter_reading,
        postcode,
        isbn,
        ean,
        coords,
        version,
        score,
        lottery,
        flight,
        train,
        plate,
        vat,
        quantity,
        reading,
        odometer,
        section,
        years,
        crowd,
        pages,
        dosage,
        hours,
        sort_code,
        berth_in,
    )
}
ALL_KINDS = sorted(PATTERNED) + sorted(COMPUTED)
PHONE_SHAPED = ("phone_ref", "booking", "customer", "patient", "claim", "tax_phone", "pnr", "part", "policy")


def negative(rng, kind: str, lang: str, locale: str) -> str:
    if kind in COMPUTED:
        return COMPUTED[kind](rng, lang, locale)
    labels, patterns = PATTERNED[kind]
    sep = rng.choice([" ", ": ", " "])
    return f"{label(labels, lang)}{sep}{fill(rng, rng.choice(patterns))}"


def pick_kind(rng) -> str:
    if rng.random() < 0.3:
        return rng.choice(PHONE_SHAPED)
    return rng.choice(ALL_KINDS)


__all__ = ["ALL_KINDS", "LETTERS", "negative", "pick_kind"]
