"""Rosters of local numbers under a heading, in forms a phone tree is not usually written in."""

HEADINGS = {
    "en": "Who to ring|Ring-round list|Call cascade|Contacts on the day",
    "hg": "Call list|Kisko call karna hai|Contacts for the day",
    "hi": "संपर्क सूत्र|किसे फ़ोन करें|ज़रूरी नंबर",
    "de": "Rufliste|Erreichbarkeiten|Wen anrufen?|Kontakte am Festtag",
    "fr": "Qui appeler|Chaîne d'appel|Contacts utiles",
    "es": "A quién llamar|Cadena de llamadas|Contactos del grupo",
    "it": "Chi chiamare|Recapiti|Catena di chiamate",
    "nl": "Wie bel je|Bellijst|Bereikbaarheid",
    "pt": "Quem chamar|Contatos da equipe|Corrente de ligações",
}
ROLES = {
    "en": "driver|first aid|keys|kitchen|tickets|set-up",
    "hg": "driver|first aid|chabi|khana|paise|decoration",
    "hi": "गाड़ी|प्राथमिक उपचार|चाबी|रसोई|हिसाब",
    "de": "Fahrer|Erste Hilfe|Schlüssel|Küche|Kasse|Aufbau",
    "fr": "chauffeur|secours|clés|cuisine|caisse|montage",
    "es": "conductor|botiquín|llaves|cocina|caja|montaje",
    "it": "autista|primo soccorso|chiavi|cucina|cassa|allestimento",
    "nl": "chauffeur|EHBO|sleutels|keuken|kassa|opbouw",
    "pt": "motorista|primeiros socorros|chaves|cozinha|caixa|montagem",
}
FORMS = ["numbered", "semicolon", "number-first", "comma", "aligned", "arrow"]


def entry_parts(rng, form, i, name, role, width):
    """(text before the number, text after it) for one roster line."""
    if form == "numbered":
        return "%d) %s – " % (i + 1, name), ""
    if form == "semicolon":
        return "%s;%s;" % (name, role), ""
    if form == "number-first":
        return "", "  %s (%s)" % (name, role)
    if form == "comma":
        return "%s, %s, " % (name, role), ""
    if form == "aligned":
        return name.ljust(width + 3), ""
    return "%s → " % name, ""


def header_line(form, lang):
    if form != "semicolon":
        return None
    return {
        "en": "Name;Job;Number",
        "hg": "Name;Kaam;Number",
        "hi": "नाम;काम;नंबर",
        "de": "Name;Aufgabe;Telefon",
        "fr": "Nom;Rôle;Téléphone",
        "es": "Nombre;Tarea;Teléfono",
        "it": "Nome;Compito;Telefono",
        "nl": "Naam;Taak;Telefoon",
        "pt": "Nome;Função;Telefone",
    }[lang]
