"""Lines that carry a full number: national, international and service numbers ({num} is the value)."""

from __future__ import annotations

import random

NATIONAL = {
    "en": [
        "F|Venue landline: {num}",
        "M|If the hall is locked, the caretaker's mobile is {num}.",
        "Caterer (ask for the manager) {num}",
        "The van hire place is on {num}, booking under the club name.",
        "M|Minibus driver on the day: {num}",
    ],
    "de": [
        "F|Festnetz im Vereinsheim: {num}",
        "Hausmeister, falls abgeschlossen ist: {num}",
        "Der Getränkehandel ist unter {num} zu erreichen.",
        "Busunternehmen: {num} (Fahrer fragt nach uns)",
    ],
    "fr": [
        "F|Fixe de la salle : {num}",
        "Le gardien, si c'est fermé : {num}",
        "Traiteur : {num}",
        "Location du camion au {num}, réservé au nom de l'asso.",
    ],
    "es": [
        "F|Fijo del local: {num}",
        "Conserje, si está cerrado: {num}",
        "Catering: {num}",
        "La empresa del autobús: {num}",
    ],
    "it": [
        "F|Fisso della sede: {num}",
        "Custode, se è chiuso: {num}",
        "Catering: {num}",
        "Noleggio furgone al {num}, prenotato a nome dell'associazione.",
    ],
    "nl": [
        "F|Vast nummer clubhuis: {num}",
        "Beheerder als het dicht is: {num}",
        "Cateraar: {num}",
        "Busbedrijf: {num}",
    ],
    "pt": [
        "F|Fixo do salão: {num}",
        "Zelador, se estiver fechado: {num}",
        "Bufê: {num}",
        "Empresa da van: {num}",
    ],
    "hg": ["F|Hall ka landline: {num}", "Caterer bhaiya: {num}", "Tent wale ka number {num}"],
    "hi": ["हॉल का फ़ोन: {num}", "टेंट वाले का नंबर {num}", "हलवाई: {num}"],
}
INTERNATIONAL = {
    "en": [
        "Our guest speaker is flying in; reach her on {num}.",
        "From abroad the club line is {num}",
        "Tour coach company (they're based over there): {num}",
    ],
    "de": [
        "Unser Gast aus dem Ausland ist unter {num} erreichbar.",
        "Vom Ausland aus: {num}",
        "Partnerverein, Vorsitzende: {num}",
    ],
    "fr": [
        "Notre invité vient de l'étranger, joignable au {num}",
        "Depuis l'étranger : {num}",
        "Club jumelé, président : {num}",
    ],
    "es": [
        "El invitado viene de fuera, su móvil: {num}",
        "Desde el extranjero: {num}",
        "Club hermanado, presidenta: {num}",
    ],
    "it": [
        "L'ospite arriva dall'estero, cellulare {num}",
        "Dall'estero: {num}",
        "Club gemellato, presidente: {num}",
    ],
    "nl": [
        "Onze gast komt uit het buitenland, bereikbaar op {num}",
        "Vanuit het buitenland: {num}",
        "Zustervereniging, voorzitter: {num}",
    ],
    "pt": [
        "Nosso convidado vem de fora, celular {num}",
        "Do exterior: {num}",
        "Clube parceiro, presidente: {num}",
    ],
    "hg": ["Chachu abroad se aa rahe hain, unka number {num}", "NRI cousin ka WhatsApp {num}"],
    "hi": ["विदेश से आने वाले अतिथि का नंबर {num}"],
}
HOME_INTERNATIONAL = {
    "en": ["Club secretary: {num}", "Text or ring me on {num}", "Coach driver's mobile: {num}"],
    "de": ["Obmann: {num}", "Kassierin, auch per SMS: {num}", "Notfallnummer der Gruppe: {num}"],
    "fr": ["Présidente : {num}", "Trésorier, même par SMS : {num}", "Responsable du jour : {num}"],
    "it": ["Presidente: {num}", "Cassiere, anche via SMS: {num}", "Responsabile del giorno: {num}"],
    "nl": ["Voorzitter: {num}", "Penningmeester, ook via sms: {num}", "Verantwoordelijke van de dag: {num}"],
}
SERVICE = {
    "en": ["Booking line for the coach trip: {num}", "Venue's ticket hotline {num}"],
    "de": ["Hotline der Stadtwerke: {num}", "Ticket-Hotline: {num}"],
    "fr": ["Numéro de la billetterie : {num}", "Service client du loueur : {num}"],
    "es": ["Línea de atención del ayuntamiento: {num}", "Venta de entradas: {num}"],
    "it": ["Numero verde del comune: {num}", "Biglietteria: {num}"],
    "nl": ["Klantenservice van de verhuurder: {num}", "Kaartverkoop: {num}"],
    "pt": ["Central de atendimento da prefeitura: {num}", "Venda de ingressos: {num}"],
    "hg": ["Gas booking helpline {num}", "Bank ka customer care {num}"],
    "hi": ["बिजली शिकायत हेल्पलाइन {num}"],
}
GREET = {
    "en": ["Hi all,", "Hello everyone,", "Morning folks,", "Dear members,"],
    "de": ["Hallo zusammen,", "Liebe Mitglieder,", "Moin,", "Servus miteinander,"],
    "fr": ["Bonjour à tous,", "Chers membres,", "Salut la compagnie,"],
    "es": ["Hola a todos,", "Queridos socios:", "Buenas,"],
    "it": ["Ciao a tutti,", "Cari soci,", "Buongiorno,"],
    "nl": ["Hoi allemaal,", "Beste leden,", "Goedemorgen,"],
    "pt": ["Oi, pessoal,", "Bom dia a todos,", "Queridos,"],
    "hg": ["Hello sab log,", "Hi friends,"],
    "hi": ["नमस्ते सभी को,", "प्रिय सदस्यों,"],
}
SIGN = {
    "en": ["Cheers, {name}", "Thanks, {name}", "See you there - {name}"],
    "de": ["Viele Grüße, {name}", "Bis dann, {name}", "LG {name}"],
    "fr": ["Bien à vous, {name}", "À bientôt, {name}", "Merci, {name}"],
    "es": ["Un abrazo, {name}", "Saludos, {name}", "Gracias, {name}"],
    "it": ["Un saluto, {name}", "A presto, {name}", "Grazie, {name}"],
    "nl": ["Groetjes, {name}", "Tot dan, {name}", "Hartelijke groet, {name}"],
    "pt": ["Abraços, {name}", "Até lá, {name}", "Obrigada, {name}"],
    "hg": ["Thanks, {name}", "Milte hain, {name}"],
    "hi": ["धन्यवाद, {name}", "सादर, {name}"],
}


def pick(table: dict, lang: str, rng: random.Random, avoid: set | None = None) -> str:
    options = table.get(lang) or table["en"]
    fresh = [t for t in options if t not in (avoid or set())]
    choice = rng.choice(fresh or options)
    if avoid is not None:
        avoid.add(choice)
    return choice


def line_type(template: str) -> tuple[str, str]:
    """'F' (fixed line), 'M' (mobile) or 'A' (either), and the template without its tag."""
    return (template[0], template[2:]) if template[1:2] == "|" else ("A", template)
