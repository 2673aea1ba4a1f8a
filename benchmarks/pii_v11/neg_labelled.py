"""Hard negatives, part one: phone-shaped digit groups under a label that says what they are.

Forty kinds of reference a club, business or household writes down: meter, parcel, order, policy and
booking numbers and the like. Each kind has a label in every language (Hinglish uses the English one)
and two digit shapes of its own; the label is put before the number, on the line above it, or before it
with a short note. Two lines per kind below: `key|en|de|fr|es` and `it|nl|pt|hi`.
"""

from __future__ import annotations

import random

_RAW = """
elec_meter|Electricity meter no.|Zählernummer Strom|N° de compteur électrique|Nº de contador de luz
Matricola contatore luce|Meternummer stroom|Nº do medidor de energia|बिजली मीटर संख्या
water_meter|Water meter serial|Wasserzähler-Nr.|N° du compteur d'eau|Nº de contador de agua
Matricola contatore acqua|Watermeternummer|Nº do hidrômetro|पानी मीटर संख्या
parcel|Parcel tracking no.|Sendungsnummer|N° de suivi du colis|Nº de seguimiento del paquete
Codice di tracciamento pacco|Trackingnummer pakket|Código de rastreio|पार्सल ट्रैकिंग नंबर
order|Order no.|Bestellnummer|N° de commande|Nº de pedido
Numero d'ordine|Bestelnummer|Nº do pedido|ऑर्डर नंबर
invoice|Invoice no.|Rechnungsnummer|N° de facture|Nº de factura
Numero fattura|Factuurnummer|Nº da nota fiscal|बिल संख्या
customer|Customer no.|Kundennummer|N° client|Nº de cliente
Codice cliente|Klantnummer|Código do cliente|ग्राहक संख्या
policy|Insurance policy no.|Versicherungsscheinnummer|N° de contrat d'assurance|Nº de póliza
Numero di polizza|Polisnummer|Nº da apólice|बीमा पॉलिसी संख्या
claim|Claim reference|Schadennummer|Référence du sinistre|Nº de siniestro
Numero di sinistro|Schadenummer|Nº do sinistro|दावा संख्या
booking|Booking reference|Buchungsnummer|N° de réservation|Nº de reserva
Numero di prenotazione|Boekingsnummer|Nº da reserva|बुकिंग संख्या
boiler|Boiler serial no.|Seriennummer Heizkessel|N° de série de la chaudière|Nº de serie de la caldera
Matricola caldaia|Serienummer cv-ketel|Nº de série do aquecedor|बॉयलर सीरियल नंबर
parking|Parking permit no.|Parkausweis-Nr.|N° de vignette de stationnement|Nº de tarjeta de aparcamiento
Numero permesso di sosta|Parkeervergunning nr.|Nº da permissão de estacionamento|पार्किंग परमिट संख्या
warranty|Warranty registration no.|Garantie-Registriernummer|N° d'enregistrement de garantie|Nº de registro \
de garantía
Numero di registrazione garanzia|Garantieregistratienummer|Nº do registro de garantia|वारंटी पंजीकरण संख्या
lottery|Lottery ticket no.|Losnummer|N° du billet de loterie|Nº de décimo
Numero del biglietto della lotteria|Lotnummer|Nº do bilhete|लॉटरी टिकट संख्या
bin_tag|Wheelie-bin tag no.|Behälternummer Mülltonne|N° de puce du bac|Nº de chip del contenedor
Codice bidone|Containernummer (chip)|Nº do contêiner de lixo|कूड़ेदान टैग संख्या
admission|School admission no.|Schülerausweis-Nr.|N° d'inscription scolaire|Nº de matrícula escolar
Numero di iscrizione scolastica|Leerlingnummer|Nº de matrícula|प्रवेश संख्या
gas_consumer|Gas consumer no.|Vertragskonto Gas|N° de point de livraison gaz|Nº de contrato del gas
Codice cliente gas|Klantnummer gas|Nº de instalação do gás|गैस उपभोक्ता संख्या
contract|Contract no.|Vertragsnummer|N° de contrat|Nº de contrato
Numero di contratto|Contractnummer|Nº do contrato|अनुबंध संख्या
mandate|Direct-debit mandate ref.|Mandatsreferenz|Référence unique de mandat|Referencia de la orden de \
domiciliación
Riferimento mandato SDD|Machtigingskenmerk|Referência da autorização de débito|डेबिट अधिदेश संदर्भ
delivery_note|Delivery note no.|Lieferscheinnummer|N° de bon de livraison|Nº de albarán
Numero DDT|Pakbonnummer|Nº do romaneio|डिलीवरी नोट संख्या
ration|Ration card no.|Berechtigungsausweis-Nr.|N° de carte d'aide alimentaire|Nº de tarjeta del banco de \
alimentos
Numero tessera banco alimentare|Pasnummer voedselbank|Nº do cartão do banco de alimentos|राशन कार्ड संख्या
incident|Police incident no.|Vorgangsnummer Polizei|N° de procès-verbal|Nº de atestado
Numero di denuncia|Proces-verbaalnummer|Nº do boletim de ocorrência|पुलिस शिकायत संख्या
planning|Planning application no.|Bauantrag Aktenzeichen|N° de permis de construire|Nº de expediente de \
licencia
Numero pratica edilizia|Zaaknummer omgevingsvergunning|Nº do processo de alvará|नक्शा आवेदन संख्या
hearing_aid|Hearing-aid serial|Seriennummer Hörgerät|N° de série de l'appareil auditif|Nº de serie del \
audífono
Matricola apparecchio acustico|Serienummer hoortoestel|Nº de série do aparelho auditivo|श्रवण यंत्र सीरियल
asset_tag|Asset tag|Inventarnummer|N° d'inventaire|Nº de inventario
Numero di inventario|Inventarisnummer|Nº de patrimônio|परिसंपत्ति टैग
cloakroom|Cloakroom ticket|Garderobenmarke|Ticket de vestiaire|Ficha del guardarropa
Scontrino guardaroba|Garderobenummer|Ficha do guarda-volumes|क्लोकरूम टिकट
standing_order|Standing order ref.|Dauerauftrag-Nr.|Réf. du virement permanent|Ref. de la transferencia \
periódica
Rif. bonifico periodico|Kenmerk periodieke overboeking|Ref. da transferência programada|स्थायी निर्देश संदर्भ
transaction|Card terminal transaction no.|Terminal-Belegnummer|N° de transaction TPE|Nº de operación del \
datáfono
Numero transazione POS|Transactienummer pinautomaat|Nº da transação (maquininha)|लेनदेन संख्या
receipt|Receipt no.|Quittungsnummer|N° de reçu|Nº de recibo
Numero ricevuta|Kwitantienummer|Nº do recibo|रसीद संख्या
router|Router serial no.|Seriennummer Router|N° de série de la box|Nº de serie del router
Numero di serie del modem|Serienummer modem|Nº de série do roteador|राउटर सीरियल नंबर
applicant|Applicant no.|Bewerbernummer|N° de candidature|Nº de solicitante
Numero candidatura|Sollicitatienummer|Nº de inscrição do candidato|आवेदक संख्या
appointment|Appointment reference|Terminnummer|Réf. du rendez-vous|Nº de cita
Codice prenotazione visita|Afspraaknummer|Nº do agendamento|अपॉइंटमेंट संदर्भ
catalogue|Catalogue no.|Katalognummer|Réf. catalogue|Ref. de catálogo
Codice catalogo|Catalogusnummer|Código do catálogo|कैटलॉग संख्या
helpdesk|Support ticket no.|Ticketnummer Support|N° de ticket d'assistance|Nº de incidencia
Numero ticket assistenza|Ticketnummer helpdesk|Nº do chamado|सपोर्ट टिकट संख्या
engine|Engine no.|Motornummer|N° de moteur|Nº de motor
Numero motore|Motornummer (blok)|Nº do motor|इंजन संख्या
vet_patient|Vet patient no.|Patientennummer Tierarzt|N° de dossier vétérinaire|Nº de historia veterinaria
Numero cartella veterinaria|Patiëntnummer dierenarts|Nº do prontuário veterinário|पशु रोगी संख्या
grave|Grave plot no.|Grabstelle Nr.|N° de concession funéraire|Nº de nicho
Numero loculo|Grafnummer|Nº da sepultura|क़ब्र भूखंड संख्या
competition|Competition entry no.|Teilnahmenummer Gewinnspiel|N° de participation au concours|Nº de \
participación del sorteo
Numero di partecipazione al concorso|Deelnamenummer prijsvraag|Nº de participação no sorteio|प्रतियोगिता \
प्रविष्टि संख्या
ear_tag|Ear tag no.|Ohrmarke|N° de boucle d'oreille (bovin)|Nº de crotal
Numero marca auricolare|Oormerknummer|Nº do brinco (bovino)|कान टैग संख्या
pension|Pension plan no.|Vertragsnummer Altersvorsorge|N° de plan d'épargne retraite|Nº de plan de pensiones
Numero posizione fondo pensione|Pensioenregelingnummer|Nº do plano de previdência|पेंशन योजना संख्या
lease_car|Lease agreement no.|Leasingvertrag-Nr.|N° de contrat de location longue durée|Nº de contrato de \
renting
Numero contratto di noleggio|Leasecontractnummer|Nº do contrato de leasing|लीज़ अनुबंध संख्या
school_fee|Fee receipt no.|Beitragsbescheid-Nr.|N° de quittance de cantine|Nº de recibo del comedor
Numero bollettino mensa|Nota ouderbijdrage nr.|Nº do boleto da mensalidade|फ़ीस रसीद संख्या
tyre_storage|Tyre storage ticket|Einlagerungsschein Reifen|Bon de gardiennage des pneus|Resguardo de \
custodia de neumáticos
Ricevuta deposito pneumatici|Bandenhotel-bon|Comprovante de guarda de pneus|टायर भंडारण टिकट
"""

NOTES = {
    "en": ("please keep", "quote on all letters", "from the back of the card"),
    "de": ("bitte aufbewahren", "bei Rückfragen angeben", "steht auf der Rückseite"),
    "fr": ("à conserver", "à rappeler dans tout courrier", "au dos de la carte"),
    "es": ("guárdelo", "indíquelo en cualquier consulta", "al dorso de la tarjeta"),
    "it": ("da conservare", "da citare in ogni comunicazione", "sul retro della tessera"),
    "nl": ("goed bewaren", "vermelden bij vragen", "staat op de achterkant"),
    "pt": ("guarde este número", "informe em qualquer contato", "no verso do cartão"),
    "hi": ("कृपया संभाल कर रखें", "हर पत्र में लिखें", "कार्ड के पीछे लिखा है"),
}
LANG_COL = {"en": 0, "de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6, "hi": 7, "hing": 0}

SHAPES = (
    "0ddd ddddddd",
    "0dd dddd dddd",
    "ddd-ddd-dddd",
    "ddd ddd dddd",
    "(0ddd) dddddd",
    "dd dd dd dd dd",
    "0dddd dddddd",
    "ddddd ddddd",
    "ddd-dddd",
    "dddd dddd",
    "ddd dd dd",
    "0dd-ddddddd",
    "d ddd ddd ddd",
    "dddd-dddddd",
    "0ddd/dddddd",
    "dd ddd dd dd",
)


def _parse() -> dict[str, list[str]]:
    lines = [x for x in _RAW.strip().splitlines()]
    out = {}
    for a, b in zip(lines[::2], lines[1::2], strict=True):
        key, *first = a.split("|")
        out[key] = first + b.split("|")
    return out


LABELS = _parse()
KINDS = tuple(f"label:{k}" for k in LABELS)


def digits_for(rng: random.Random, shape: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "d" else c for c in shape)


def shapes_of(key: str) -> tuple[str, str]:
    i = sum(map(ord, key))
    return SHAPES[i % len(SHAPES)], SHAPES[(i * 7 + 3) % len(SHAPES)]


def render(rng: random.Random, kind: str, lang: str) -> str:
    key = kind.split(":", 1)[1]
    label = LABELS[key][LANG_COL[lang]]
    number = digits_for(rng, rng.choice(shapes_of(key)))
    note = rng.choice(NOTES.get(lang, NOTES["en"]))
    sep = " :" if lang == "fr" else ":"
    form = rng.random()
    if form < 0.45:
        return f"{label}{sep} {number}"
    if form < 0.75:
        return f"{label}{sep}\n{number}"
    return f"{label} {number} ({note})"
