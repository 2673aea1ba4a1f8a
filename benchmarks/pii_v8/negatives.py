"""Hard negatives: filling neg_table's patterns, a few computed kinds, and negative-only genres."""

import random
import re

from .neg_table import NEG, PHONE_SHAPED

TOKEN = re.compile(r"\{(d|n|L)(\d+)\}|\{(date|time|hex2|isbn|ean|vin)\}")


def _date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2027)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}"])


def _ean(rng: random.Random) -> str:
    body = rng.choice(["40", "50", "87", "84", "80", "76", "89"]) + "".join(
        rng.choice("0123456789") for _ in range(10)
    )
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "3", "2", "88", "84", "90"])
    body += "".join(rng.choice("0123456789") for _ in range(12 - len(body)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _token(rng: random.Random, m: re.Match) -> str:
    kind, n, named = m.group(1), m.group(2), m.group(3)
    if kind == "d":
        return "".join(rng.choice("0123456789") for _ in range(int(n)))
    if kind == "n":
        return rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(int(n) - 1))
    if kind == "L":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(int(n)))
    if named == "date":
        return _date(rng)
    if named == "time":
        return f"{rng.randint(5, 22):02d}:{rng.choice(['00', '15', '30', '45', '05', '52'])}"
    if named == "hex2":
        return f"{rng.randint(0, 255):02X}"
    if named == "isbn":
        return _isbn(rng)
    if named == "ean":
        return _ean(rng)
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def _computed(rng: random.Random, kind: str) -> str:
    if kind == "departure-minutes":
        mins = sorted(rng.sample(range(0, 60), 5))
        return "Minutes past the hour: " + " ".join(f"{m:02d}" for m in mins)
    if kind == "distance-table":
        towns = rng.sample(["Ashby", "Brinton", "Colwick", "Dunmore", "Eskdale", "Fenwick"], 3)
        return " · ".join(f"{t} {rng.randint(4, 240)} km" for t in towns)
    if kind == "line-item-arithmetic":
        q, p = rng.randint(2, 12), rng.randint(150, 4999) / 100
        return f"{q} × {p:.2f} = {q * p:.2f}"
    if kind == "grid-reference":
        return (
            f"Grid ref {rng.choice(['SU', 'NY', 'SK', 'TQ'])} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
    if kind == "iso-week":
        return f"KW {rng.randint(1, 52)}/{rng.randint(2024, 2027)}"
    raise KeyError(kind)


COMPUTED = ["departure-minutes", "distance-table", "line-item-arithmetic", "grid-reference", "iso-week"]
KINDS = sorted(NEG) + COMPUTED


def negative(rng: random.Random, lang: str, kind: str | None = None) -> tuple[str, str]:
    """(kind, text) of one hard negative, in lang where the table has it."""
    kind = kind or rng.choice(KINDS)
    if kind in COMPUTED:
        return kind, _computed(rng, kind)
    table = NEG[kind]
    templates = table.get(lang) or table.get("en") or next(iter(table.values()))
    return kind, TOKEN.sub(lambda m: _token(rng, m), rng.choice(templates))


def phone_shaped(rng: random.Random, lang: str) -> tuple[str, str]:
    return negative(rng, lang, rng.choice(sorted(PHONE_SHAPED)))


def fill(rng: random.Random, template: str) -> str:
    return TOKEN.sub(lambda m: _token(rng, m), template)


# negative-only genres: (slug, locale, title, body-line templates)
NEG_GENRES = [
    ("tide-table", "en_GB", "Tide times – harbour gauge", ["HW {time}  {n1}.{d1} m   LW {time}  0.{d1} m"]),
    (
        "knitting-pattern",
        "en_GB",
        "Cable-knit jumper – pattern notes",
        ["Rows {n2}–{n2}: k2, p2, C6B, rep to end"],
    ),
    ("weather-outlook", "en_US", "Seven-day outlook", ["High {n2}°F / low {n2}°F, wind {n1}–1{d1} mph"]),
    (
        "nutrition-panel",
        "en_US",
        "Nutrition facts – granola bar",
        ["Calories {n3} · Fat {n1} g · Sodium {n2}0 mg"],
    ),
    (
        "gear-ratio-chart",
        "de_DE",
        "Übersetzungstabelle Rennrad",
        ["Kettenblatt 5{d1}/3{d1}, Ritzel 1{d1}-2{d1}"],
    ),
    ("seed-packet", "nl_NL", "Zaadzakje – teeltinstructies", ["Zaaien week {n1}–1{d1}, rijafstand {n2} cm"]),
    (
        "tyre-pressure-chart",
        "fr_FR",
        "Tableau de pression des pneus",
        ["Avant 2,{d1} bar / arrière 2,{d1} bar"],
    ),
    ("wine-list", "it_IT", "Carta dei vini", ["Barbera d'Asti 201{d1} – 0,75 l – € {n2},00"]),
    ("hymn-board", "en_IE", "Hymn numbers for Sunday", ["{n3}   {n2}   {n3}   Psalm {n2}"]),
    ("planting-calendar", "pt_BR", "Calendário de plantio", ["Alface: semear de {date} a {date}"]),
    ("paint-mixing", "es_ES", "Fórmula de mezcla de pintura", ["Base {n3} ml + tinte {L1}{n2} {d2} ml"]),
    ("shoe-size-chart", "de_AT", "Schuhgrößentabelle", ["EU {n2} = UK {n1} = {n2},{d1} cm"]),
    ("concert-setlist", "en_AU", "Setlist – pub gig", ["{n1}. Opening jam ({n1}:{d2})"]),
    ("cut-list", "en_US", "Woodworking cut list – bookshelf", ["{n1} pcs {n2} 1/2 x {n2} 1/4 in, 3/4 ply"]),
    ("aquarium-log", "nl_BE", "Aquarium – waterwaarden", ["pH {n1},{d1}  KH {n1}  NO3 {n2} mg/l"]),
    (
        "marathon-plan",
        "fr_BE",
        "Plan d'entraînement marathon",
        ["Semaine {n1} : {n2} km, allure {n1}'{d2}\"/km"],
    ),
    ("grade-report", "en_IN", "Half-yearly result sheet", ["Maths {n2}/100, Science {n2}/100, rank {n2}"]),
    (
        "piste-report",
        "de_CH",
        "Pistenbericht Skigebiet",
        ["Schneehöhe Tal {n2} cm / Berg 1{d2} cm, {n2} von 4{d1} Pisten offen"],
    ),
    ("cinema-programme", "fr_CH", "Programme du cinéma", ["Salle {n1} – {time} – VO s.-t. – {n2} CHF"]),
    ("household-budget", "es_ES", "Presupuesto familiar del mes", ["Alquiler {n3},00 € · Luz {n2},{d2} €"]),
]
