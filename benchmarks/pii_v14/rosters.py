"""Roster formats: a heading, then 3-6 people with a job and a number (each number a list-entry value).

A format returns lines; a line is a list of parts, a part is text or the int index of an entry's number.
"""

from __future__ import annotations

import random

HEADINGS = {
    "en": ["Who's who on the day", "Helpers and how to reach them", "Volunteer numbers", "Crew list"],
    "de": ["Wer ist wann erreichbar", "Helferliste mit Nummern", "Mannschaft am Stand"],
    "fr": ["Qui joindre", "Bénévoles et téléphones", "L'équipe du jour"],
    "es": ["A quién llamar", "Voluntarios y teléfonos", "Equipo del día"],
    "it": ["Chi chiamare", "Recapiti dei volontari", "La squadra del giorno"],
    "nl": ["Wie bel je", "Bereikbaarheid vrijwilligers", "Ploeg van de dag"],
    "pt": ["Quem chamar", "Contatos da equipe", "Escala de voluntários"],
    "hg": ["Kisko call karna hai", "Volunteers ki list"],
    "hi": ["स्वयंसेवकों के नंबर", "किसे फ़ोन करें"],
}
COLUMNS = {
    "en": ("Name", "Role", "Phone"),
    "de": ("Name", "Aufgabe", "Telefon"),
    "fr": ("Nom", "Rôle", "Téléphone"),
    "es": ("Nombre", "Tarea", "Teléfono"),
    "it": ("Nome", "Compito", "Telefono"),
    "nl": ("Naam", "Taak", "Telefoon"),
    "pt": ("Nome", "Função", "Telefone"),
    "hg": ("Naam", "Kaam", "Number"),
    "hi": ("नाम", "काम", "फ़ोन"),
}
JOBS = {
    "en": "setup|cash box|first aid|parking|kitchen|clear-up|music|signs|raffle table|gate",
    "de": "Aufbau|Kasse|Sanitäter|Parkplatz|Küche|Abbau|Musik|Getränke|Tombola|Einlass",
    "fr": "installation|caisse|secours|parking|cuisine|rangement|sono|buvette|tombola|accueil",
    "es": "montaje|caja|botiquín|aparcamiento|cocina|recogida|música|barra|rifa|puerta",
    "it": "allestimento|cassa|primo soccorso|parcheggio|cucina|smontaggio|musica|bar|lotteria|ingresso",
    "nl": "opbouw|kassa|EHBO|parkeren|keuken|afbouw|muziek|bar|loterij|ingang",
    "pt": "montagem|caixa|primeiros socorros|estacionamento|cozinha|limpeza|som|bar|rifa|portaria",
    "hg": "setup|cash counter|first aid|parking|khana|safai|DJ|stage|welcome desk|pandal",
    "hi": "सजावट|कैश काउंटर|प्राथमिक उपचार|पार्किंग|भोजन|सफ़ाई|संगीत|मंच|स्वागत|पंडाल",
}
SLOTS = ["08:00–10:00", "10:00–12:00", "12:00–14:00", "14:00–16:00", "16:00–18:00", "18:00–20:00"]


def _csv(e, cols, rng, nums):
    return [[",".join(c.lower() for c in cols)]] + [[f"{n},{j},", i] for i, (n, j) in enumerate(e)]


def _semicolon(e, cols, rng, nums):
    return [[f"{n}; {j}; ", i] for i, (n, j) in enumerate(e)]


def _blocks(e, cols, rng, nums):
    lines = []
    for i, (n, j) in enumerate(e):
        lines += [[f"{cols[0]}: {n}"], [f"{cols[1]}: {j}"], [f"{cols[2]}: ", i], [""]]
    return lines[:-1]


def _timeslots(e, cols, rng, nums):
    return [[f"{SLOTS[i]}  {n}  ", i] for i, (n, j) in enumerate(e)]


def _number_first(e, cols, rng, nums):
    return [[i, f" — {n}, {j}"] for i, (n, j) in enumerate(e)]


def _box(e, cols, rng, nums):
    w = max(len(n) for n, _ in e) + 2
    wj = max(len(j) for _, j in e) + 2
    rule = "+" + "-" * w + "+" + "-" * wj + "+" + "-" * 18 + "+"
    lines = [[rule], [f"| {cols[0]:<{w - 1}}| {cols[1]:<{wj - 1}}| {cols[2]:<17}|"], [rule]]
    lines += [
        [f"| {n:<{w - 1}}| {j:<{wj - 1}}| ", i, " " * (17 - len(nums[i])) + "|"] for i, (n, j) in enumerate(e)
    ]
    return lines + [[rule]]


def _yaml(e, cols, rng, nums):
    lines = []
    for i, (n, j) in enumerate(e):
        lines += [[f"- {cols[0].lower()}: {n}"], [f"  {cols[1].lower()}: {j}"], [f"  {cols[2].lower()}: ", i]]
    return lines


def _surname_first(e, cols, rng, nums):
    out = []
    for i, (n, j) in enumerate(e):
        parts = n.split(" ", 1)
        shown = f"{parts[1].upper()}, {parts[0]}" if len(parts) == 2 else n
        out.append([f"{shown} ({j})   ", i])
    return out


def _emoji(e, cols, rng, nums):
    marks = ["📞", "☎️", "📱"]
    return [[f"{rng.choice(marks)} {n} – {j}: ", i] for i, (n, j) in enumerate(e)]


def _fixed_width(e, cols, rng, nums):
    w = max(len(n) for n, _ in e) + 3
    wj = max(len(j) for _, j in e) + 3
    head = f"{cols[0]:<{w}}{cols[1]:<{wj}}{cols[2]}"
    return [[head], ["=" * (w + wj + 14)]] + [[f"{n:<{w}}{j:<{wj}}", i] for i, (n, j) in enumerate(e)]


FORMATS = {
    "csv with header": _csv,
    "semicolons": _semicolon,
    "labelled blocks": _blocks,
    "time slots": _timeslots,
    "number first": _number_first,
    "ASCII box table": _box,
    "YAML-style list": _yaml,
    "surname first in capitals": _surname_first,
    "emoji bullets": _emoji,
    "fixed-width columns": _fixed_width,
}


def jobs(lang: str) -> list[str]:
    return JOBS[lang].split("|")


def render(
    fmt: str, lang: str, entries: list[tuple[str, str]], rng: random.Random, nums: list[str]
) -> list[list]:
    return FORMATS[fmt](entries, COLUMNS[lang], rng, nums)
