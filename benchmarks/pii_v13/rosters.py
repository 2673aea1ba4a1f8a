"""Roster formats written for v13 (none of v12's), with headings and column words in each language."""

from __future__ import annotations

HEADINGS = {
    "en": ["Phone tree", "Contact sheet", "Numbers for the day", "Helpers and their numbers"],
    "de": ["Telefonkette", "Kontaktliste", "Ansprechpartner am Festtag"],
    "fr": ["Liste des contacts", "Numéros utiles", "Annuaire des bénévoles"],
    "es": ["Teléfonos de contacto", "Lista de contactos", "Responsables y teléfonos"],
    "it": ["Numeri utili", "Rubrica dei volontari", "Referenti"],
    "nl": ["Telefoonlijst", "Contactpersonen", "Vrijwilligers en nummers"],
    "pt": ["Lista de contatos", "Telefones úteis", "Responsáveis e telefones"],
    "hinglish": ["Sabke numbers", "Contact list (save kar lo)"],
    "hi": ["संपर्क सूची", "ज़िम्मेदार लोग और नंबर"],
}
COLUMNS = {
    "en": ("Name", "Job", "Phone"),
    "de": ("Name", "Aufgabe", "Telefon"),
    "fr": ("Nom", "Rôle", "Tél."),
    "es": ("Nombre", "Tarea", "Teléfono"),
    "it": ("Nome", "Compito", "Telefono"),
    "nl": ("Naam", "Taak", "Telefoon"),
    "pt": ("Nome", "Função", "Telefone"),
    "hinglish": ("Naam", "Kaam", "Phone"),
    "hi": ("नाम", "काम", "फ़ोन"),
}
JOBS = {
    "en": ["keys", "first aid", "teas", "car park", "raffle", "music", "float", "signage", "lost children"],
    "de": ["Schlüssel", "Erste Hilfe", "Kuchen", "Parkplatz", "Tombola", "Musik", "Kasse", "Aufbau", "Abbau"],
    "fr": ["clés", "secours", "buvette", "parking", "tombola", "sono", "caisse", "montage", "rangement"],
    "es": ["llaves", "botiquín", "barra", "aparcamiento", "rifa", "música", "caja", "montaje", "limpieza"],
    "it": ["chiavi", "primo soccorso", "bar", "parcheggio", "lotteria", "musica", "cassa", "allestimento"],
    "nl": ["sleutels", "EHBO", "bar", "parkeren", "loterij", "muziek", "kassa", "opbouw", "afbouw"],
    "pt": ["chaves", "primeiros socorros", "barraca", "estacionamento", "rifa", "som", "caixa", "montagem"],
    "hinglish": ["keys", "first aid", "chai", "parking", "tent", "sound", "cash", "decoration"],
    "hi": ["चाबी", "प्राथमिक चिकित्सा", "चाय", "पार्किंग", "टेंट", "साउंड", "हिसाब", "सजावट"],
}
DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "it": "lun mar mer gio ven sab dom",
    "nl": "ma di wo do vr za zo",
    "pt": "seg ter qua qui sex sáb dom",
    "hinglish": "Mon Tue Wed Thu Fri Sat Sun",
    "hi": "सोम मंगल बुध गुरु शुक्र शनि रवि",
}

FORMATS = [
    "pipe table",
    "dotted leaders",
    "name (job): number",
    "job bullet",
    "two-line entry",
    "day rota",
    "slashes",
    "bracketed job",
    "lettered",
    "tab-separated",
]


def _line(fmt: str, i: int, name: str, job: str, day: str, num: str) -> tuple[str, int]:
    """One roster line and the offset of the number inside it."""
    if fmt == "pipe table":
        pre = f"| {name} | {job} | "
        return pre + num + " |", len(pre)
    if fmt == "dotted leaders":
        pre = name + " " + "." * max(3, 22 - len(name)) + " "
        return pre + num, len(pre)
    if fmt == "name (job): number":
        pre = f"{name} ({job}): "
    elif fmt == "job bullet":
        pre = f"• {job[:1].upper() + job[1:]}: {name}, "
    elif fmt == "two-line entry":
        pre = f"{name} – {job}\n    "
    elif fmt == "day rota":
        pre = f"{day}: {name} ("
        return pre + num + ")", len(pre)
    elif fmt == "slashes":
        pre = f"{name} / {job} / "
    elif fmt == "bracketed job":
        pre = f"[{job}] {name} "
    elif fmt == "lettered":
        pre = f"{'abcdefgh'[i]}. {name}   "
    else:
        pre = f"{name}\t{job}\t"
    return pre + num, len(pre)


def render(
    rng, fmt: str, lang: str, names: list[str], numbers: list[str]
) -> tuple[str, list[tuple[int, int]]]:
    """The roster under its heading; returns text and (start, end) of each number within it."""
    heading = rng.choice(HEADINGS[lang])
    lines = [heading + (":" if rng.random() < 0.5 else "")]
    if fmt == "pipe table":
        cols = COLUMNS[lang]
        lines += [f"| {cols[0]} | {cols[1]} | {cols[2]} |", "|---|---|---|"]
    elif fmt == "tab-separated":
        lines.append("\t".join(COLUMNS[lang]))
    jobs = rng.sample(JOBS[lang], len(names))
    days = DAYS[lang].split()
    spans = []
    offset = sum(len(line) + 1 for line in lines)
    for i, (name, num) in enumerate(zip(names, numbers, strict=True)):
        line, at = _line(fmt, i, name, jobs[i], days[i % 7], num)
        spans.append((offset + at, offset + at + len(num)))
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), spans
