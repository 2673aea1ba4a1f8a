"""Non-phone values (cards, SSNs, addresses) and the lines they are written in."""

from __future__ import annotations

import random

from .guards import luhn_ok, ssn_valid

CARD_PREFIXES = [
    ("visa", "4", 16),
    ("visa", "4", 16),
    ("mc", "5", 16),
    ("mc2", "22", 16),
    ("amex", "37", 15),
    ("amex", "34", 15),
    ("discover", "6011", 16),
    ("discover", "65", 16),
    ("rupay", "6521", 16),
    ("rupay", "8172", 16),
    ("elo", "636368", 16),
    ("elo", "504175", 16),
]


def card_number(rng: random.Random, brand_hint: str = "") -> str:
    brand, prefix, length = rng.choice(CARD_PREFIXES)
    if brand == "mc":
        prefix += str(rng.randint(1, 5))
    if brand == "mc2":
        prefix = str(rng.randint(2221, 2720))
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for last in "0123456789":
            if luhn_ok(body + last):
                return body + last


def card_text(rng: random.Random, digits: str) -> tuple[str, str]:
    mode = rng.choices(["grouped", "dashed", "compact"], [6, 3, 2])[0]
    if len(digits) == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    if mode == "compact":
        return digits, mode
    return (" " if mode == "grouped" else "-").join(groups), mode


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area, group, serial = (
            "%03d" % rng.randint(1, 899),
            "%02d" % rng.randint(1, 99),
            "%04d" % rng.randint(1, 9999),
        )
        if ssn_valid(area, group, serial) and area + group + serial not in ("078051120", "219099999"):
            break
    mode = rng.choices(["dashed", "spaced"], [6, 1])[0]
    return (f"{area}-{group}-{serial}" if mode == "dashed" else f"{area} {group} {serial}"), mode


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if kind < 0.4:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    first = rng.choice([31, 45, 62, 78, 81, 85, 93, 109, 151, 176, 185, 188, 203, 212, 217])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02:8108", "2003:e4", "2a01:cb1d", "2001:4860", "2600:1700", "2401:4900", "fe80:"])
    tail = ":".join("%x" % rng.randint(1, 0xFFFF) for _ in range(rng.choice([2, 3, 4])))
    return f"{head}::{tail}" if not head.endswith(":") else f"{head}:{tail}"


ROLE_LOCAL = {
    "en": "info bookings secretary treasurer hello volunteers kit fixtures",
    "de": "info vorstand kasse anmeldung orga helfer",
    "fr": "contact bureau tresorerie inscriptions benevoles",
    "es": "info secretaria tesoreria inscripciones voluntariado",
    "it": "info segreteria tesoreria iscrizioni volontari",
    "nl": "info secretariaat penningmeester aanmelden vrijwilligers",
    "pt": "contato secretaria tesouraria inscricoes voluntarios",
}

LINES = {
    ("EMAIL", "en"): [
        "Questions to {v}, not the WhatsApp please.",
        "Receipts go to {v} by Friday.",
        "Can't make it? Drop a line to {v}",
        "Photos welcome at {v}",
    ],
    ("EMAIL", "de"): [
        "Rückfragen bitte an {v}",
        "Fotos gern an {v} schicken.",
        "Absagen bis Donnerstag an {v}",
    ],
    ("EMAIL", "fr"): [
        "Les photos peuvent être envoyées à {v}",
        "Pour toute question : {v}",
        "Désistements avant jeudi à {v}",
    ],
    ("EMAIL", "es"): ["Dudas a {v}", "Las fotos, a {v} por favor.", "Si no podéis venir, avisad a {v}"],
    ("EMAIL", "it"): [
        "Per domande scrivete a {v}",
        "Le foto mandatele a {v}",
        "Disdette entro giovedì a {v}",
    ],
    ("EMAIL", "nl"): ["Vragen? Mail {v}", "Foto's graag naar {v}", "Afmelden vóór donderdag via {v}"],
    ("EMAIL", "pt"): ["Dúvidas no e-mail {v}", "Mandem as fotos para {v}", "Quem não puder ir avisa em {v}"],
    ("EMAIL", "hg"): ["Photos {v} pe bhej dena yaar", "Koi doubt ho toh mail karo {v}"],
    ("EMAIL", "hi"): ["फ़ोटो {v} पर भेजें।", "कोई सवाल हो तो ईमेल करें: {v}"],
    ("IP", "en"): [
        "The till's printer sits on {v} if the card reader loses it again.",
        "Camera feed: {v} (only works on the hall Wi-Fi)",
        "Blocked address in the router log: {v}",
    ],
    ("IP", "de"): ["Der Drucker im Büro hat die Adresse {v}", "Im Router-Log taucht immer wieder {v} auf."],
    ("IP", "fr"): ["L'imprimante du local répond sur {v}", "Adresse de la caméra : {v}"],
    ("IP", "es"): ["La impresora del local está en {v}", "La cámara del huerto: {v}"],
    ("IP", "it"): ["La stampante della sede ha l'indirizzo {v}", "Telecamera del cortile: {v}"],
    ("IP", "nl"): ["De printer in het clubhuis staat op {v}", "Het kassasysteem praat met {v}"],
    ("IP", "pt"): ["A impressora da sede fica no {v}", "Câmera do portão: {v}"],
    ("IP", "hg"): ["Society CCTV ka address {v} hai, login Sharma ji se lo"],
    ("IP", "hi"): ["कैमरे का पता {v} है।"],
    ("CARD", "en"): [
        "Paid the deposit on my card {v}, so that needs paying back.",
        "Card on file for the van hire: {v}",
    ],
    ("CARD", "de"): [
        "Die Anzahlung lief über meine Karte {v} – bitte erstatten.",
        "Kaution mit Karte {v} hinterlegt.",
    ],
    ("CARD", "fr"): ["Acompte payé avec ma carte {v}, à me rembourser.", "Caution laissée sur la carte {v}"],
    ("CARD", "es"): ["Pagué la señal con mi tarjeta {v}", "Fianza cargada en la tarjeta {v}"],
    ("CARD", "it"): ["Ho anticipato con la mia carta {v}", "Cauzione sulla carta {v}"],
    ("CARD", "nl"): ["Aanbetaling met mijn creditcard {v} gedaan", "Borg staat op kaart {v}"],
    ("CARD", "pt"): ["Paguei o sinal no meu cartão {v}", "Caução no cartão {v}"],
    ("CARD", "hg"): ["Advance maine apne card {v} se diya tha, wapas kar dena"],
    ("CARD", "hi"): ["अग्रिम राशि मेरे कार्ड {v} से दी गई।"],
    ("IBAN", "en"): ["Bank transfer to the club account {v}", "Refunds will come from {v}"],
    ("IBAN", "de"): ["Überweisung bitte auf {v}", "Kontoverbindung des Vereins: {v}"],
    ("IBAN", "fr"): ["Virement sur le compte de l'association : {v}", "RIB pour les cotisations : {v}"],
    ("IBAN", "es"): ["Transferencia a la cuenta {v}", "Número de cuenta para la cuota: {v}"],
    ("IBAN", "it"): ["Bonifico sul conto {v}", "Coordinate per la quota: {v}"],
    ("IBAN", "nl"): ["Overmaken naar {v} o.v.v. je naam", "Rekeningnummer van de vereniging: {v}"],
    ("IBAN", "pt"): ["Depósito na conta {v}", "Conta para transferência: {v}"],
    ("SSN", "en"): [
        "For the W-9 the treasurer needs your SSN; mine is {v} if you want to see the layout.",
        "Background check form, SSN: {v}",
        "Payroll still has my old SSN as {v}, typo in the last four?",
    ],
}
IBAN_COUNTRY = {"en_GB": "GB", "en_IE": "IE", "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR"}
IBAN_COUNTRY.update(
    {"fr_BE": "BE", "fr_CH": "CH", "es_ES": "ES", "it_IT": "IT", "it_CH": "CH", "nl_NL": "NL"}
)
IBAN_COUNTRY.update({"nl_BE": "BE", "pt_BR": "BR"})


LINES_BY_LANG: dict = {}
for (_kind, _lang), _lines in LINES.items():
    LINES_BY_LANG.setdefault(_kind, {})[_lang] = _lines
