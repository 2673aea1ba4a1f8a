"""Hard negatives, part 2: numbers that real documents carry and that are not phone numbers."""

from __future__ import annotations

import random

from .neg_labelled import LANGS, base_lang


def w(lang: str, words: str, sep: str = "|") -> str:
    """Pick the word for lang from "en|de|fr|es|it|nl|pt" (or another separator)."""
    return words.split(sep)[LANGS.index(base_lang(lang))]


def _r(rng: random.Random, a: int, b: int) -> int:
    return rng.randint(a, b)


def _isbn13(rng: random.Random) -> str:
    body = "978" + str(_r(rng, 0, 3)) + "".join(str(_r(rng, 0, 9)) for _ in range(8))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return "%s-%s-%s-%s-%d" % (body[:3], body[3], body[4:7], body[7:], chk)


def _isbn10(rng: random.Random) -> str:
    body = str(_r(rng, 0, 1)) + "".join(str(_r(rng, 0, 9)) for _ in range(8))
    chk = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
    return "%s-%s-%s-%s" % (body[0], body[1:4], body[4:], "X" if chk == 10 else chk)


def _issn(rng: random.Random) -> str:
    body = "".join(str(_r(rng, 0, 9)) for _ in range(7))
    chk = (11 - sum(int(c) * (8 - i) for i, c in enumerate(body)) % 11) % 11
    return "%s-%s%s" % (body[:4], body[4:], "X" if chk == 10 else chk)


def _imo(rng: random.Random) -> str:
    body = "9" + "".join(str(_r(rng, 0, 9)) for _ in range(5))
    return body + str(sum(int(c) * (7 - i) for i, c in enumerate(body)) % 10)


def _ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "301", "840", "871", "789", "890"]) + "".join(
        str(_r(rng, 0, 9)) for _ in range(9)
    )
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(chk)


def _date(rng: random.Random) -> tuple[int, int, int]:
    return _r(rng, 1, 28), _r(rng, 1, 12), _r(rng, 2019, 2027)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def p_date_dots(rng, lang):
    d, m, y = _date(rng)
    return "%s %02d.%02d.%d" % (
        w(lang, "Issued|Stand:|Mis à jour le|Actualizado|Aggiornato al|Stand|Emitido em"),
        d,
        m,
        y,
    )


def p_date_iso(rng, lang):
    d, m, y = _date(rng)
    return "%s %d-%02d-%02d" % (
        w(
            lang,
            "Valid from|Gültig ab|Valable dès le|Válido desde|Valido dal|Geldig vanaf|Válido a partir de",
        ),
        y,
        m,
        d,
    )


def p_date_slash(rng, lang):
    d, m, y = _date(rng)
    return "%s %02d/%02d/%d" % (
        w(lang, "Due|Fällig am|Échéance|Vence el|Scadenza|Vervalt|Vencimento"),
        d,
        m,
        y,
    )


def p_date_long(rng, lang):
    d, m, y = _date(rng)
    month = MONTHS[base_lang(lang)].split()[m - 1]
    if base_lang(lang) == "en":
        return "Next meeting: %d %s %d, 7.30 pm" % (d, month, y)
    if base_lang(lang) == "de":
        return "Nächster Termin: %d. %s %d, 19:30 Uhr" % (d, month, y)
    return "%s %d %s %d" % (
        w(
            lang,
            "-|-|Prochaine réunion le|Próxima reunión el|Prossima riunione il|"
            "Volgende vergadering|Próxima reunião em",
        ),
        d,
        month,
        y,
    )


def p_time_range(rng, lang):
    a, b = _r(rng, 7, 12), _r(rng, 13, 21)
    return "%s %02d:%02d–%02d:%02d" % (
        w(lang, "Slot|Zeitfenster|Créneau|Franja|Fascia|Tijdvak|Horário"),
        a,
        rng.choice([0, 15, 30, 45]),
        b,
        rng.choice([0, 15, 30, 45]),
    )


def p_opening(rng, lang):
    return w(
        lang,
        "Open Mon–Fri 8–12.30 and 14–18, Sat 9–13|Geöffnet Mo–Fr 8–12.30 und 14–18 Uhr, Sa 9–13 Uhr|"
        "Ouvert du lundi au vendredi 8 h–12 h 30 et 14 h–18 h|Horario: L–V 8:00–14:30 y 17:00–20:00|"
        "Orario: lun–ven 8.30–12.30 e 15–19|Open ma t/m vr 9.00–17.30, za 10.00–16.00|"
        "Funcionamento: seg a sex 8h–18h, sáb 8h–12h",
    )


def p_price(rng, lang):
    units, cents = _r(rng, 120, 4999), _r(rng, 0, 99)
    b = base_lang(lang)
    if b == "en":
        return (
            "Price £%d,%03d.%02d inc. VAT" % (units // 1000, units % 1000, cents)
            if units >= 1000
            else "Price £%d.%02d" % (units, cents)
        )
    if b == "pt":
        return (
            "Preço R$ %d.%03d,%02d" % (units // 1000, units % 1000, cents)
            if units >= 1000
            else "Preço R$ %d,%02d" % (units, cents)
        )
    return "%s %d,%02d €" % (w(lang, "-|Preis|Prix|Precio|Prezzo|Prijs|-"), units, cents)


def p_unit_price(rng, lang):
    return "%s %d,%02d €/kg" % (
        w(lang, "Apples|Äpfel|Pommes|Manzanas|Mele|Appels|Maçãs"),
        _r(rng, 1, 6),
        _r(rng, 0, 99),
    )


def p_football(rng, lang):
    return "%s %d–%d (%d–%d)" % (
        w(lang, "Full time|Endstand|Score final|Resultado final|Risultato finale|Eindstand|Placar final"),
        _r(rng, 0, 5),
        _r(rng, 0, 4),
        _r(rng, 0, 2),
        _r(rng, 0, 2),
    )


def p_tennis(rng, lang):
    return "%s 6–%d, %d–6, 7–6 (7–%d)" % (
        w(lang, "Final|Finale|Finale|Final|Finale|Finale|Final"),
        _r(rng, 0, 4),
        _r(rng, 2, 4),
        _r(rng, 2, 5),
    )


def p_darts(rng, lang):
    return "3-dart average %d.%02d, checkouts %d/%d" % (
        _r(rng, 60, 99),
        _r(rng, 0, 99),
        _r(rng, 3, 9),
        _r(rng, 10, 30),
    )


def p_dims(rng, lang):
    return "%s %d × %d × %d cm" % (
        w(lang, "Dimensions|Maße|Dimensions|Medidas|Dimensioni|Afmetingen|Medidas"),
        _r(rng, 40, 220),
        _r(rng, 30, 120),
        _r(rng, 20, 110),
    )


def p_weight(rng, lang):
    return "%s %d,%d kg" % (
        w(lang, "Net weight|Nettogewicht|Poids net|Peso neto|Peso netto|Nettogewicht|Peso líquido"),
        _r(rng, 1, 950),
        _r(rng, 0, 9),
    )


def p_coord_dec(rng, lang):
    return "GPS %d.%05d, %d.%05d" % (_r(rng, 36, 58), _r(rng, 0, 99999), _r(rng, 1, 15), _r(rng, 0, 99999))


def p_coord_dms(rng, lang):
    return "%d°%02d′%02d″N %d°%02d′%02d″E" % (
        _r(rng, 36, 58),
        _r(rng, 0, 59),
        _r(rng, 0, 59),
        _r(rng, 1, 15),
        _r(rng, 0, 59),
        _r(rng, 0, 59),
    )


def p_isbn13(rng, lang):
    return "ISBN " + _isbn13(rng)


def p_isbn10(rng, lang):
    return "ISBN-10 " + _isbn10(rng)


def p_issn(rng, lang):
    return "ISSN " + _issn(rng)


def p_ean(rng, lang):
    return "EAN " + _ean13(rng)


def p_postcode(rng, lang):
    b = base_lang(lang)
    if b == "de":
        return "%05d %s" % (_r(rng, 10000, 99999), rng.choice(["Lüneburg", "Detmold", "Celle"]))
    if b == "nl":
        return "%d %s%s %s" % (
            _r(rng, 1000, 9999),
            rng.choice("BCDGHKLMNPRT"),
            rng.choice("ABEHJKLNRSTX"),
            rng.choice(["Zwolle", "Gouda", "Tiel"]),
        )
    if b == "pt":
        return "CEP %05d-%03d" % (_r(rng, 10000, 99999), _r(rng, 0, 999))
    if b == "en":
        return "%s%d %d%s%s" % (
            rng.choice(["LA", "SY", "YO", "CA", "BA", "NE"]),
            _r(rng, 1, 22),
            _r(rng, 1, 9),
            rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
            rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
        )
    return "%05d %s" % (_r(rng, 10000, 95999), w(lang, "-|-|Albi|Teruel|Cremona|-|-"))


def p_pin_in(rng, lang):
    return "PIN code %d%05d" % (_r(rng, 1, 8), _r(rng, 0, 99999))


def p_gridref(rng, lang):
    return "Grid ref. %s %03d %03d" % (
        rng.choice(["SD", "NY", "SK", "SU", "ST", "TQ"]),
        _r(rng, 0, 999),
        _r(rng, 0, 999),
    )


def p_utm(rng, lang):
    return "UTM 32U %06d %07d" % (_r(rng, 300000, 700000), _r(rng, 5200000, 6100000))


def p_version(rng, lang):
    return "%s %d.%d.%d (build %d)" % (
        w(lang, "Firmware|Firmware|Micrologiciel|Firmware|Firmware|Firmware|Firmware"),
        _r(rng, 1, 9),
        _r(rng, 0, 30),
        _r(rng, 0, 40),
        _r(rng, 1000, 99999),
    )


def p_stats(rng, lang):
    return "n = %d; mean %d.%d (SD %d.%d); p = 0.0%02d" % (
        _r(rng, 80, 4000),
        _r(rng, 10, 90),
        _r(rng, 0, 9),
        _r(rng, 1, 20),
        _r(rng, 0, 9),
        _r(rng, 1, 49),
    )


def p_population(rng, lang):
    return "%s (2022): %d %03d" % (
        w(lang, "Population|Einwohner|Population|Población|Abitanti|Inwoners|População"),
        _r(rng, 2, 480),
        _r(rng, 0, 999),
    )


def p_elevation(rng, lang):
    return "%s %d m" % (w(lang, "Summit|Gipfel|Sommet|Cumbre|Vetta|Top|Cume"), _r(rng, 400, 3900))


def p_flight(rng, lang):
    dep = _r(rng, 5 * 60, 20 * 60)
    arr = dep + _r(rng, 55, 190)
    return "%s %d %s %02d:%02d, %s %02d:%02d" % (
        rng.choice(["LH", "BA", "AF", "IB", "AZ", "KL", "LA"]),
        _r(rng, 100, 9999),
        w(lang, "dep.|ab|départ|salida|partenza|vertrek|partida"),
        dep // 60,
        dep % 60,
        w(lang, "arr.|an|arrivée|llegada|arrivo|aankomst|chegada"),
        arr // 60,
        arr % 60,
    )


def p_train(rng, lang):
    return "%s %d, %s %d" % (
        rng.choice(["ICE", "IC", "TGV", "AVE", "Frecciarossa", "EC"]),
        _r(rng, 100, 9999),
        w(lang, "platform|Gleis|voie|vía|binario|spoor|plataforma"),
        _r(rng, 1, 14),
    )


def p_km_marker(rng, lang):
    return "%s A%d km %d,%d" % (
        w(lang, "Roadworks|Baustelle|Travaux|Obras|Lavori|Werkzaamheden|Obras"),
        _r(rng, 1, 99),
        _r(rng, 1, 790),
        _r(rng, 0, 9),
    )


def p_blood_pressure(rng, lang):
    return "%s %d/%d mmHg, %s %d" % (
        w(lang, "BP|RR|TA|TA|PA|Bloeddruk|PA"),
        _r(rng, 105, 165),
        _r(rng, 60, 99),
        w(lang, "pulse|Puls|pouls|pulso|polso|pols|pulso"),
        _r(rng, 52, 98),
    )


def p_dosage(rng, lang):
    return "%s %d mg 1-0-1" % (
        rng.choice(["Ibuprofen", "Metformin", "Ramipril", "Amoxicillin"]),
        rng.choice([200, 400, 500, 600, 850]),
    )


def p_tyre(rng, lang):
    return "%s %d/%d R%d %dV" % (
        w(lang, "Tyres|Reifen|Pneus|Neumáticos|Pneumatici|Banden|Pneus"),
        rng.choice([185, 195, 205, 215, 225]),
        rng.choice([45, 50, 55, 60, 65]),
        rng.choice([15, 16, 17, 18]),
        _r(rng, 84, 99),
    )


FX = {"USD": 1.08, "GBP": 0.85, "CHF": 0.94, "BRL": 5.9, "INR": 90.4, "SEK": 11.3, "JPY": 162.0}
