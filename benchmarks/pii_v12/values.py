"""Values other than phones, and the lines that carry them, in each language."""

import ipaddress

from .locales import DOMAINS, TLD, ascii_fold

ROLES = {
    "en": "secretary treasurer bookings info hello membership",
    "de": "kasse vorstand info anmeldung",
    "fr": "contact tresorerie secretariat inscriptions",
    "es": "info secretaria tesoreria contacto",
    "it": "segreteria info tesoriere iscrizioni",
    "nl": "secretariaat info penningmeester ledenadmin",
    "pt": "contato secretaria tesouraria",
}

LINES = {
    "EMAIL": {
        "en": "Send photos to {v}|RSVP to {v} by Friday, please.|Email: {v}|{n}'s email is {v}"
        "|Questions to {v}, not the group chat.",
        "hg": "Photos {v} pe bhej do|Mail karo: {v}|{n} ka email {v} hai",
        "hi": "ईमेल: {v}|फ़ोटो {v} पर भेजें।",
        "de": "Fotos bitte an {v}|Anmeldung per Mail an {v}|E-Mail: {v}|{n} ist per Mail erreichbar: {v}",
        "fr": "Envoyez les photos à {v}|Inscriptions par mail : {v}|Courriel : {v}|L'adresse de {n} : {v}",
        "es": "Mandad las fotos a {v}|Inscripciones por correo: {v}|Correo: {v}|El correo de {n} es {v}",
        "it": "Le foto mandatele a {v}|Iscrizioni via mail: {v}|E-mail: {v}|La mail di {n} è {v}",
        "nl": "Foto's graag naar {v}|Aanmelden via {v}|E-mail: {v}|Het mailadres van {n} is {v}",
        "pt": "Mandem as fotos pra {v}|Inscrições pelo e-mail {v}|E-mail: {v}|O e-mail de {n} é {v}",
    },
    "IP_ADDRESS": {
        "en": "The hall printer is at {v} on the guest network.|Livestream encoder: {v}"
        "|If the camera drops out, its address is {v}.",
        "hg": "Printer ka IP {v} hai.|CCTV recorder ka address: {v}",
        "hi": "कैमरे का आईपी पता: {v}",
        "de": "Der Drucker im Vereinsheim hat die Adresse {v}.|Die Webcam am Platz: {v}|Streaming-Box: {v}",
        "fr": "L'imprimante de la salle est en {v}.|Adresse de la caméra : {v}",
        "es": "La impresora del local está en {v}.|La cámara del huerto: {v}",
        "it": "La stampante della sede è su {v}.|Indirizzo della webcam: {v}",
        "nl": "De printer in de kantine zit op {v}.|Webcam bij het veld: {v}",
        "pt": "A impressora do salão está em {v}.|Câmera da portaria: {v}",
    },
    "IBAN": {
        "en": "Subs can be paid to {v}, reference your surname.|Bank transfer: IBAN {v}",
        "de": "Überweisung bitte auf {v}, Verwendungszweck Name.|Vereinskonto: IBAN {v}",
        "fr": "Virement sur le compte {v}, en indiquant votre nom.|RIB de l'association : IBAN {v}",
        "es": "Ingreso en la cuenta {v}, poned vuestro nombre.|IBAN de la asociación: {v}",
        "it": "Bonifico sul conto {v}, causale: nome e cognome.|IBAN dell'associazione: {v}",
        "nl": "Overmaken naar {v} o.v.v. je naam.|Rekeningnummer vereniging: {v}",
        "pt": "Depósito internacional: IBAN {v}",
    },
    "CREDIT_CARD": {
        "en": "Club card on the booking: {v}, exp. 09/27.|The fuel card is {v}, keep it safe.",
        "hg": "Booking card se hui thi: {v}",
        "de": "Gebucht mit der Vereinskarte {v}.|Tankkarte: {v}, bitte nicht weitergeben.",
        "fr": "Réservé avec la carte de l'asso : {v}.",
        "es": "Reservado con la tarjeta de la asociación: {v}.",
        "it": "Prenotato con la carta dell'associazione: {v}.",
        "nl": "Geboekt met de clubcreditcard {v}.",
        "pt": "Pago com o cartão da associação: {v}.",
    },
    "US_SSN": {
        "en": "For the stipend form, {n}'s SSN is {v}.|W-9 for the contractor: SSN {v}"
        "|Background check for {n}: SSN {v}"
    },
}

CONTACT = {
    "en": "Tel {v}|Mob: {v}|{n}: {v}|Hall bookings: {v}|Phone {v}|Home: {v}",
    "hg": "Contact: {v}|{n}: {v}|Mobile: {v}",
    "hi": "संपर्क: {v}|फ़ोन: {v}|{n}: {v}",
    "de": "Tel. {v}|Handy: {v}|{n}: {v}|Festnetz {v}|Telefon: {v}",
    "fr": "Tél. : {v}|Portable : {v}|{n} : {v}|Fixe : {v}",
    "es": "Tel.: {v}|Móvil: {v}|{n}: {v}|Teléfono {v}",
    "it": "Tel. {v}|Cell. {v}|{n}: {v}|Telefono: {v}",
    "nl": "Tel. {v}|Mobiel: {v}|{n}: {v}|Telefoon: {v}",
    "pt": "Tel.: {v}|Celular: {v}|{n}: {v}|Fone: {v}",
}
ABROAD_LINE = {
    "en": "{n} is abroad till the 20th, reachable on {v}|Ring {n} in {c} on {v}",
    "hg": "{n} abhi bahar hai, uska number {v}",
    "hi": "{n} जी अभी बाहर हैं, नंबर {v}",
    "de": "{n} ist bis zum 20. verreist, erreichbar unter {v}|Unsere Partnergruppe: {v}",
    "fr": "{n} est à l'étranger, joignable au {v}|Le club jumelé : {v}",
    "es": "{n} está fuera, localizable en el {v}|La asociación hermana: {v}",
    "it": "{n} è all'estero, raggiungibile al {v}|Il gruppo gemellato: {v}",
    "nl": "{n} zit in het buitenland, bereikbaar op {v}|Onze zustervereniging: {v}",
    "pt": "{n} está fora do país, no {v}|O grupo parceiro: {v}",
}
SERVICE_LINE = {
    "en": "Council bulky waste line: {v}|Energy supplier hotline {v}|Helpline: {v}",
    "hg": "Customer care: {v}|Toll free: {v}",
    "hi": "टोल फ़्री: {v}",
    "de": "Sperrmüll-Hotline: {v}|Störungsstelle: {v}|Servicenummer {v}",
    "fr": "Numéro vert : {v}|Service client : {v}",
    "es": "Atención al cliente: {v}|Línea gratuita {v}",
    "it": "Numero verde {v}|Assistenza clienti: {v}",
    "nl": "Klantenservice: {v}|Storingsnummer {v}",
    "pt": "SAC: {v}|Central de atendimento {v}",
}


def email(rng, locale, first, last, genre, role):
    if role:
        lang = "en" if locale.startswith("en") else locale[:2]
        slug = ascii_fold(genre).replace("-", rng.choice(["-", "", "-"]))
        return "%s@%s%s.%s" % (
            rng.choice(ROLES[lang].split()),
            slug,
            rng.choice(["", "-club", "24"]),
            TLD[locale],
        )
    f, s = ascii_fold(first), ascii_fold(last)
    local = rng.choice(
        [
            "%s.%s" % (f, s),
            f[0] + s,
            "%s_%s" % (f, s),
            "%s%s%d" % (f, s, rng.randint(10, 99)),
            "%s.%s" % (f, s[0]),
        ]
    )
    return "%s@%s" % (local, rng.choice(DOMAINS[locale].split()))


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIXES = {
    "en_US": ["4", "51", "55", "2221", "34", "37", "6011", "65"],
    "en_IN": ["4", "52", "6521", "6522", "8171"],
    "pt_BR": ["4", "5067", "636297", "4389", "53"],
}


def card(rng, locale):
    prefix = rng.choice(CARD_PREFIXES.get(locale, ["4", "51", "54", "2720", "4"]))
    amex = prefix in ("34", "37")
    num = _luhn_complete(rng, prefix, 15 if amex else 16)
    mode = rng.choice(["grouped", "grouped", "dashed", "compact"])
    sizes = [4, 6, 5] if amex else [4, 4, 4, 4]
    parts, i = [], 0
    for n in sizes:
        parts.append(num[i : i + n])
        i += n
    text = {"grouped": " ".join(parts), "dashed": "-".join(parts), "compact": num}[mode]
    return text, mode


def ssn(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    text = "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
    if rng.random() < 0.2:
        return text.replace("-", " "), "spaced"
    return text, "dashed"


def ip(rng):
    if rng.random() < 0.72:
        kind = rng.random()
        if kind < 0.4:
            v = "192.168.%d.%d" % (rng.choice([0, 1, 2, 10, 178]), rng.randint(2, 254))
        elif kind < 0.55:
            v = "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
        else:
            v = "%d.%d.%d.%d" % (
                rng.choice([31, 46, 62, 78, 81, 85, 89, 94, 109, 151, 176, 185, 213]),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        return v, "v4"
    groups = ["2a02", "2003", "2001", "2a01", "2804"]
    addr = "%s:%x:%x:%x::%x" % (
        rng.choice(groups),
        rng.randint(0x100, 0xFFFF),
        rng.randint(0, 0xFFFF),
        rng.randint(0x10, 0xFFFF),
        rng.randint(1, 0xFFF),
    )
    if rng.random() < 0.3:
        addr = ipaddress.IPv6Address(addr).exploded
    return str(addr), "v6"
