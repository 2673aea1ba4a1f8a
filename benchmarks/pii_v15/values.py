"""Cards, SSNs and IP addresses for v15, and the new line shapes every non-announced value sits in."""

from __future__ import annotations

import ipaddress

from .segments import Val, fill


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(rng, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIXES = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "644", "65"], 16),
    "rupay": (["6070", "6080", "6521", "8172", "8205"], 16),
    "elo": (["636368", "438935", "504175", "451416", "636297", "5067", "4576"], 16),
}


def card(rng, locale: str) -> Val:
    brands = ["visa", "visa", "mc", "mc", "amex"]
    brands += {
        "en_US": ["discover", "discover"],
        "en_IN": ["rupay", "rupay", "rupay"],
        "pt_BR": ["elo", "elo", "elo"],
    }.get(locale, [])
    brand = rng.choice(brands)
    pre, n = CARD_PREFIXES[brand]
    num = _luhn_complete(rng, rng.choice(pre), n)
    mode = rng.choice(["grouped", "grouped", "dashed", "compact"])
    if mode == "compact":
        text = num
    else:
        parts = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        text = (" " if mode == "grouped" else "-").join(parts)
    return Val(text, {"kind": "CREDIT_CARD", "mode": mode, "text": text})


def ssn_ok(area: int, group: int, serial: int) -> bool:
    return 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999


def ssn(rng) -> Val:
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            break
    mode = "spaced" if rng.random() < 0.15 else "dashed"
    text = ("%03d %02d %04d" if mode == "spaced" else "%03d-%02d-%04d") % (a, g, s)
    return Val(text, {"kind": "US_SSN", "mode": mode, "text": text})


V6_PREFIXES = [
    "2a02:8108",
    "2a01:4f8",
    "2001:16b8",
    "2003:e4",
    "2600:1700",
    "2804:14c",
    "2405:201",
    "2a00:23c6",
]


def ip(rng) -> Val:
    if rng.random() < 0.35:
        groups = rng.choice(V6_PREFIXES).split(":")
        groups += ["%x" % rng.randint(0, 0xFFFF) for _ in range(8 - len(groups))]
        if rng.random() < 0.6:
            groups[4:7] = ["0", "0", "0"]
        text = str(ipaddress.IPv6Address(":".join(groups)))
        return Val(text, {"kind": "IP_ADDRESS", "mode": "v6", "text": text})
    kind = rng.randrange(5)
    if kind == 0:
        text = "192.168.%d.%d" % (rng.choice([0, 1, 2, 10, 178]), rng.randint(2, 254))
    elif kind == 1:
        text = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    elif kind == 2:
        text = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    else:
        first = rng.choice([31, 46, 62, 77, 81, 85, 93, 109, 134, 141, 151, 185, 188, 201, 212, 217])
        text = "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return Val(text, {"kind": "IP_ADDRESS", "mode": "v4", "text": text})


# line shapes (none uses the "Label: value" colon form)
SHAPES = ["{L} → {v}", "{v} ← {l}", "{L} … {v}", "{v} ({l})", "{L} = {v}", "{v} — {l}"]
LABELS = {
    "national": {
        "en": [
            "caretaker's lodge",
            "school office",
            "parish office",
            "community centre desk",
            "sports hall reception",
        ],
        "de": ["Hausmeisterloge", "Schulsekretariat", "Pfarrbüro", "Bürgerhaus-Theke", "Turnhallen-Empfang"],
        "fr": ["loge du gardien", "secrétariat de l'école", "presbytère", "accueil de la maison de quartier"],
        "es": ["portería", "secretaría del colegio", "despacho parroquial", "centro cívico"],
        "it": ["portineria", "segreteria della scuola", "ufficio parrocchiale", "centro civico"],
        "nl": ["conciërge", "schoolsecretariaat", "parochiekantoor", "buurthuis balie"],
        "pt": ["portaria", "secretaria da escola", "secretaria da paróquia", "centro comunitário"],
        "hx": ["society office", "school office", "temple office", "clubhouse reception"],
        "hi": ["सोसाइटी कार्यालय", "स्कूल कार्यालय", "मंदिर कार्यालय", "सामुदायिक भवन"],
    },
    "international": {
        "en": [
            "our twin town's mayor's office",
            "the hostel abroad",
            "partner club overseas",
            "tour guide abroad",
        ],
        "de": [
            "Partnerstadt, Rathaus",
            "Jugendherberge im Ausland",
            "befreundeter Verein",
            "Reiseleitung vor Ort",
        ],
        "fr": ["mairie de la ville jumelée", "auberge à l'étranger", "club partenaire", "guide sur place"],
        "es": ["ayuntamiento hermanado", "albergue en el extranjero", "club amigo", "guía en destino"],
        "it": ["comune gemellato", "ostello all'estero", "società amica", "guida sul posto"],
        "nl": [
            "zusterstad, gemeentehuis",
            "hostel in het buitenland",
            "bevriende club",
            "reisleiding ter plekke",
        ],
        "pt": ["prefeitura da cidade-irmã", "albergue no exterior", "clube parceiro", "guia no destino"],
        "hx": ["hotel abroad", "cousin abroad", "partner group overseas", "tour guide abroad"],
        "hi": ["विदेश में होटल", "विदेश में रिश्तेदार", "विदेशी साझेदार संस्था", "विदेश में गाइड"],
    },
    "own": {
        "en": ["the embassy back home", "the club at home", "Mum and Dad", "the home parish"],
        "de": ["Gemeindeamt daheim", "Verein zu Hause", "Eltern daheim", "Heimatpfarre"],
        "fr": ["la commune au pays", "le club au pays", "les parents", "la paroisse au pays"],
        "it": ["il comune a casa", "la società a casa", "i genitori", "la parrocchia a casa"],
        "nl": ["gemeente thuis", "de club thuis", "ouders thuis", "parochie thuis"],
    },
    "other": {
        "en": ["ticket hotline", "council helpline", "bus information", "lost card line", "weather line"],
        "de": ["Ticket-Hotline", "Bürgertelefon", "Fahrplanauskunft", "Kartensperrung", "Wetteransage"],
        "fr": ["billetterie", "numéro de la mairie", "info trafic", "opposition carte", "info météo"],
        "es": ["venta de entradas", "atención ciudadana", "información de autobuses", "bloqueo de tarjetas"],
        "it": ["biglietteria", "numero verde del comune", "info trasporti", "blocco carte"],
        "nl": ["kaartverkoop", "gemeente-infolijn", "reisinformatie", "pas blokkeren"],
        "pt": ["venda de ingressos", "central de atendimento", "informações de ônibus", "bloqueio de cartão"],
        "hx": ["ticket helpline", "gas booking", "railway enquiry", "card block helpline"],
        "hi": ["टिकट हेल्पलाइन", "गैस बुकिंग", "रेलवे पूछताछ", "कार्ड ब्लॉक हेल्पलाइन"],
    },
    "email": {
        "en": ["photos from the day", "sign-ups", "minutes and agendas", "receipts"],
        "de": ["Fotos vom Tag", "Anmeldungen", "Protokolle", "Belege"],
        "fr": ["photos de la journée", "inscriptions", "comptes rendus", "justificatifs"],
        "es": ["fotos del día", "inscripciones", "actas", "justificantes"],
        "it": ["foto della giornata", "iscrizioni", "verbali", "ricevute"],
        "nl": ["foto's van de dag", "aanmeldingen", "notulen", "bonnetjes"],
        "pt": ["fotos do dia", "inscrições", "atas", "comprovantes"],
        "hx": ["photos bhejne ke liye", "registration", "minutes", "bills"],
        "hi": ["फ़ोटो भेजने के लिए", "पंजीकरण", "बैठक का ब्योरा", "रसीदें"],
    },
    "iban": {
        "en": ["donations", "hall deposit", "membership fees"],
        "de": ["Spendenkonto", "Kaution Saalmiete", "Mitgliedsbeiträge"],
        "fr": ["dons", "caution de la salle", "cotisations"],
        "es": ["donativos", "fianza del local", "cuotas"],
        "it": ["offerte", "cauzione sala", "quote sociali"],
        "nl": ["giften", "borg zaalhuur", "contributie"],
        "pt": ["doações", "caução do salão", "mensalidades"],
    },
    "card": {
        "en": ["card on file for the van hire", "club card used for the booking", "card for the deposit"],
        "de": [
            "Kreditkarte für die Transportermiete",
            "Vereinskarte für die Buchung",
            "Karte für die Kaution",
        ],
        "fr": [
            "carte pour la location du camion",
            "carte du club pour la réservation",
            "carte pour la caution",
        ],
        "es": [
            "tarjeta del alquiler de la furgoneta",
            "tarjeta del club para la reserva",
            "tarjeta de la fianza",
        ],
        "it": [
            "carta per il noleggio del furgone",
            "carta della società per la prenotazione",
            "carta per la cauzione",
        ],
        "nl": ["creditcard voor de busjeshuur", "clubkaart voor de boeking", "kaart voor de borg"],
        "pt": ["cartão do aluguel da van", "cartão do clube para a reserva", "cartão da caução"],
        "hx": ["card used for the tent booking", "society card for the bus", "card for the deposit"],
        "hi": ["टेंट बुकिंग वाला कार्ड", "बस बुकिंग का कार्ड", "जमानत राशि का कार्ड"],
    },
    "ssn": {
        "en": ["SSN for the stipend W-9", "social security no. for payroll", "SSN on the background form"]
    },
    "ip": {
        "en": ["label printer", "NAS in the office", "router admin page", "till in the tuck shop"],
        "de": ["Etikettendrucker", "NAS im Büro", "Router-Oberfläche", "Kasse am Stand"],
        "fr": ["imprimante d'étiquettes", "NAS du bureau", "page admin de la box", "caisse du stand"],
        "es": ["impresora de etiquetas", "NAS de la oficina", "página del router", "caja del puesto"],
        "it": ["stampante etichette", "NAS in ufficio", "pagina del router", "cassa dello stand"],
        "nl": ["labelprinter", "NAS op kantoor", "routerpagina", "kassa in de kantine"],
        "pt": ["impressora de etiquetas", "NAS do escritório", "página do roteador", "caixa da barraca"],
        "hx": ["office printer", "society CCTV recorder", "router admin page", "billing counter PC"],
        "hi": ["दफ़्तर का प्रिंटर", "सीसीटीवी रिकॉर्डर", "राउटर एडमिन पेज", "बिलिंग काउंटर"],
    },
}
for _lang in ("es", "pt", "hx", "hi"):
    LABELS["own"].setdefault(_lang, LABELS["own"]["en"])
for _lang in ("hx", "hi"):
    LABELS["iban"].setdefault(_lang, LABELS["iban"]["en"])


def line(rng, kind: str, lang: str, v: Val) -> tuple[str, list]:
    """(shape, segments) of a line carrying one value."""
    labels = LABELS[kind].get(lang) or LABELS[kind]["en"]
    lab = rng.choice(labels)
    shape = rng.choice(SHAPES)
    cap = lab[:1].upper() + lab[1:]
    return shape, fill(shape, L=cap, l=lab, v=v)
