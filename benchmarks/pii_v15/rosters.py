"""Rosters for v15 (mode list-entry): ten formats under new headings, in nine languages."""

from __future__ import annotations

from .segments import Val

HEADINGS = {
    "en": ["Contact sheet", "Who to phone on the day", "Phone tree"],
    "de": ["Telefonkette", "Kontaktliste für den Tag", "So erreicht ihr uns"],
    "fr": ["Liste des contacts", "Chaîne téléphonique", "Joignables le jour J"],
    "es": ["Cadena telefónica", "Lista de contactos", "Teléfonos del equipo"],
    "it": ["Catena telefonica", "Elenco contatti", "Numeri utili della squadra"],
    "nl": ["Belboom", "Contactlijst", "Telefoonlijst vrijwilligers"],
    "pt": ["Lista de telefones", "Corrente de contato", "Contatos do dia"],
    "hx": ["Phone tree", "Sabke numbers", "Contact list for the day"],
    "hi": ["संपर्क सूची", "फ़ोन सूची", "ज़रूरी नंबर"],
}
COLUMNS = {
    "en": ("Name", "Job", "Phone"),
    "de": ("Name", "Aufgabe", "Telefon"),
    "fr": ("Nom", "Poste", "Téléphone"),
    "es": ("Nombre", "Tarea", "Teléfono"),
    "it": ("Nome", "Compito", "Telefono"),
    "nl": ("Naam", "Taak", "Telefoon"),
    "pt": ("Nome", "Função", "Telefone"),
    "hx": ("Naam", "Kaam", "Phone"),
    "hi": ("नाम", "काम", "फ़ोन"),
}
KEYS = {
    "en": ("name", "job", "tel"),
    "de": ("name", "aufgabe", "tel"),
    "fr": ("nom", "poste", "tél"),
    "es": ("nombre", "tarea", "tel"),
    "it": ("nome", "compito", "tel"),
    "nl": ("naam", "taak", "tel"),
    "pt": ("nome", "função", "tel"),
    "hx": ("naam", "kaam", "phone"),
    "hi": ("नाम", "काम", "फ़ोन"),
}
ROLES = {
    "en": [
        "setting up",
        "raffle",
        "first aid",
        "car park",
        "kitchen",
        "kids' corner",
        "tidy-up",
        "welcome desk",
    ],
    "de": ["Aufbau", "Tombola", "Sanitäter", "Parkplatz", "Küche", "Kinderecke", "Abbau", "Empfang"],
    "fr": [
        "installation",
        "tombola",
        "secours",
        "parking",
        "cuisine",
        "coin enfants",
        "rangement",
        "accueil",
    ],
    "es": [
        "montaje",
        "rifa",
        "botiquín",
        "aparcamiento",
        "cocina",
        "rincón infantil",
        "recogida",
        "recepción",
    ],
    "it": [
        "allestimento",
        "lotteria",
        "primo soccorso",
        "parcheggio",
        "cucina",
        "angolo bimbi",
        "smontaggio",
        "accoglienza",
    ],
    "nl": ["opbouw", "loterij", "EHBO", "parkeren", "keuken", "kinderhoek", "afbouw", "ontvangst"],
    "pt": [
        "montagem",
        "rifa",
        "primeiros socorros",
        "estacionamento",
        "cozinha",
        "espaço kids",
        "limpeza",
        "recepção",
    ],
    "hx": [
        "setup",
        "lucky draw",
        "first aid",
        "parking",
        "khana",
        "bachchon ka corner",
        "safai",
        "welcome desk",
    ],
    "hi": ["सजावट", "प्रसाद", "प्राथमिक उपचार", "पार्किंग", "भोजन", "बच्चों का कोना", "सफ़ाई", "स्वागत"],
}
FORMATS = [
    "markdown",
    "tsv",
    "leaders",
    "numbered",
    "rolefirst",
    "keyvalue",
    "unibox",
    "middot",
    "twoline",
    "checkbox",
]


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - len(s))


def render(fmt: str, lang: str, heading: str, entries: list[tuple[str, str, Val]], rng) -> list:
    """Segments of a roster: the heading line, then the entries in the given format."""
    out: list = [heading + "\n"]
    cols = COLUMNS[lang]
    if fmt == "markdown":
        out.append("| %s | %s | %s |\n|---|---|---|\n" % cols)
        for name, role, v in entries:
            out += ["| %s | %s | " % (name, role), v, " |\n"]
    elif fmt == "tsv":
        out.append("\t".join(cols) + "\n")
        for name, role, v in entries:
            out += [name + "\t" + role + "\t", v, "\n"]
    elif fmt == "leaders":
        width = max(len("%s (%s)" % (n, r)) for n, r, _ in entries) + 6
        for name, role, v in entries:
            left = "%s (%s) " % (name, role)
            out += [left + "." * (width - len(left)) + " ", v, "\n"]
    elif fmt == "numbered":
        for i, (name, role, v) in enumerate(entries, 1):
            out += ["%d) %s, %s – " % (i, name, role), v, "\n"]
    elif fmt == "rolefirst":
        for name, role, v in entries:
            out += ["%s: %s [" % (role[:1].upper() + role[1:], name), v, "]\n"]
    elif fmt == "keyvalue":
        k = KEYS[lang]
        for name, role, v in entries:
            out += ["%s=%s | %s=%s | %s=" % (k[0], name, k[1], role, k[2]), v, "\n"]
    elif fmt == "unibox":
        w0 = max([len(cols[0])] + [len(n) for n, _, _ in entries])
        w1 = max([len(cols[1])] + [len(r) for _, r, _ in entries])
        w2 = max([len(cols[2])] + [len(v.text) for _, _, v in entries])
        rule = "─" * (w0 + 2), "─" * (w1 + 2), "─" * (w2 + 2)
        out.append("┌%s┬%s┬%s┐\n" % rule)
        out.append("│ %s │ %s │ %s │\n" % (_pad(cols[0], w0), _pad(cols[1], w1), _pad(cols[2], w2)))
        out.append("├%s┼%s┼%s┤\n" % rule)
        for name, role, v in entries:
            out += ["│ %s │ %s │ " % (_pad(name, w0), _pad(role, w1)), v, " " * (w2 - len(v.text)) + " │\n"]
        out.append("└%s┴%s┴%s┘\n" % rule)
    elif fmt == "middot":
        for name, role, v in entries:
            out += ["%s · %s · " % (name, role), v, "\n"]
    elif fmt == "twoline":
        for name, role, v in entries:
            out += ["%s (%s)\n    ☎ " % (name, role), v, "\n"]
    elif fmt == "checkbox":
        for name, role, v in entries:
            out += ["[%s] %s – %s – " % (rng.choice("x x "), name, role), v, "\n"]
    else:
        raise ValueError(fmt)
    if isinstance(out[-1], str) and out[-1].endswith("\n"):
        out[-1] = out[-1][:-1]
    return out
