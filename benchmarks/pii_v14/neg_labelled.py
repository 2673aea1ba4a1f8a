"""Hard negatives, labelled kind: phone-shaped digit groups under a label that says what they are.

Labels are given in English, German, French, Spanish, Italian, Dutch, Portuguese and Hindi, in that
order; Hinglish documents take the English label. Shapes: d = any digit, D = 1-9, anything else literal.
"""

from __future__ import annotations

import random

LANG_ORDER = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")

LABELLED = [
    (
        "library card",
        "Library card no.|Bibliotheksausweis-Nr.|N° de carte de bibliothèque|N.º de carné de biblioteca|"
        "N. tessera biblioteca|Bibliotheekpasnummer|Nº da carteirinha da biblioteca|पुस्तकालय कार्ड संख्या",
        ["Dddd ddd ddd", "Ddddddddd"],
    ),
    (
        "gym membership",
        "Gym membership no.|Mitgliedsnummer Fitnessstudio|N° d'adhérent salle de sport|"
        "N.º de socio del gimnasio|N. tessera palestra|Lidnummer sportschool|Matrícula da academia|"
        "जिम सदस्यता संख्या",
        ["Ddd ddd dddd", "dd-dddd-dddd"],
    ),
    (
        "train booking",
        "Train booking no. (PNR)|Buchungsnummer Bahn|N° de dossier train|Localizador del tren|"
        "Codice prenotazione treno|Boekingsnummer trein|Código da reserva do trem|पीएनआर नंबर",
        ["Ddd-ddddddd", "Dddddddddd"],
    ),
    (
        "payment transaction ref",
        "UPI transaction ref.|Transaktionsreferenz|Réf. de transaction|"
        "Ref. de la transacción|Rif. transazione|Transactiekenmerk|Código da transação Pix|"
        "यूपीआई लेन-देन संदर्भ",
        ["Dddd dddd dddd"],
    ),
    (
        "company register",
        "Companies House no.|Handelsregister-Nr.|N° SIREN|N.º de registro mercantil|"
        "N. iscrizione REA|KvK-nummer|CNPJ (raiz)|कंपनी पंजीकरण संख्या",
        ["ddd ddd ddd", "Dddddddd"],
    ),
    (
        "charity register",
        "Registered charity no.|Steuernummer des Vereins|N° d'agrément de l'association|"
        "N.º de registro de asociaciones|Codice fiscale dell'associazione|RSIN van de stichting|"
        "Nº de registro da ONG|ट्रस्ट पंजीकरण संख्या",
        ["Ddddddd", "ddd/ddd/ddddd", "ddd ddd ddd"],
    ),
    (
        "municipal payment ref",
        "Council tax account ref.|Kassenzeichen|Réf. avis de taxe foncière|"
        "Ref. del recibo del IBI|Codice avviso TARI|Aanslagnummer gemeentebelasting|Inscrição do IPTU|"
        "संपत्ति कर खाता संख्या",
        ["Ddddddddd", "D.ddd.dddddd.d"],
    ),
    (
        "broadcast licence",
        "TV licence no.|Beitragsnummer Rundfunkbeitrag|N° de contrat TV|N.º de abono de TV|"
        "N. abbonamento canone|Abonnementsnummer tv|Nº da assinatura de TV|डीटीएच सब्सक्राइबर आईडी",
        ["ddd ddd ddd", "Dddddddddd"],
    ),
    (
        "bank routing code",
        "Bank routing no.|Bankleitzahl|Code banque et guichet|Código de entidad y oficina|"
        "ABI e CAB|Bankgironummer|Agência e conta|बैंक शाखा कोड",
        ["ddd ddd ddd", "Ddddd Ddddd"],
    ),
    (
        "criminal record check",
        "DBS certificate no.|Führungszeugnis Belegnummer|N° d'extrait de casier|"
        "N.º de certificado de delitos|N. certificato casellario|VOG-nummer|Nº da certidão de antecedentes|"
        "पुलिस सत्यापन प्रमाणपत्र संख्या",
        ["dddd dddd dddd", "Ddddddddddd"],
    ),
    (
        "police report ref",
        "Police crime ref.|Aktenzeichen Polizei|N° de procès-verbal|N.º de atestado|"
        "N. denuncia|Proces-verbaalnummer|Nº do boletim de ocorrência|एफ़आईआर संख्या",
        ["dd/ddddd/dd", "Dddd-dddddd"],
    ),
    (
        "livestock holding",
        "CPH holding no.|Betriebsnummer Tierhaltung|N° EDE de l'élevage|Código REGA|"
        "Codice aziendale stalla|UBN-nummer|Nº do produtor rural|पशुपालन पंजीकरण संख्या",
        ["dd/ddd/dddd", "Ddddddddd"],
    ),
    (
        "wifi password",
        "Wi-Fi password|WLAN-Schlüssel|Code Wi-Fi|Clave del wifi|Password del Wi-Fi|"
        "Wifi-wachtwoord|Senha do Wi-Fi|वाई-फ़ाई पासवर्ड",
        ["dddd dddd dddd", "Ddddddddddd"],
    ),
    (
        "gift voucher",
        "Gift voucher no.|Gutscheinnummer|N° de bon cadeau|N.º de vale regalo|Codice buono regalo|"
        "Cadeaubonnummer|Código do vale-presente|गिफ़्ट वाउचर नंबर",
        ["dddd dddd dd", "Ddd-ddd-dddd"],
    ),
    (
        "purchase order",
        "Purchase order no.|Bestellnummer intern|N° de bon de commande|N.º de pedido de compra|"
        "N. ordine d'acquisto|Inkoopordernummer|Nº do pedido de compra|क्रय आदेश संख्या",
        ["Dddddddddd", "dddd dddd"],
    ),
    (
        "quote",
        "Quote no.|Angebotsnummer|N° de devis|N.º de presupuesto|N. preventivo|Offertenummer|"
        "Nº do orçamento|कोटेशन संख्या",
        ["Ddddd-ddddd", "dddd/dddddd"],
    ),
    (
        "delivery note",
        "Delivery note no.|Lieferschein-Nr.|N° de bon de livraison|N.º de albarán|N. DDT|"
        "Pakbonnummer|Nº da nota de entrega|डिलीवरी चालान संख्या",
        ["Dddddddd", "dd dddd dddd"],
    ),
    (
        "credit note",
        "Credit note no.|Gutschrift-Nr.|N° d'avoir|N.º de abono|N. nota di credito|Creditnotanummer|"
        "Nº da nota de crédito|क्रेडिट नोट संख्या",
        ["Ddd ddd dddd"],
    ),
    (
        "staff number",
        "Staff number|Personalnummer|Matricule|N.º de empleado|Matricola dipendente|"
        "Personeelsnummer|Matrícula do funcionário|कर्मचारी संख्या",
        ["Dddddddd", "dd ddd ddd"],
    ),
    (
        "cost centre",
        "Cost centre|Kostenstelle|Centre de coût|Centro de coste|Centro di costo|Kostenplaats|"
        "Centro de custo|लागत केंद्र",
        ["dddd dddd", "dddd-ddd-ddd"],
    ),
    (
        "ledger account",
        "Ledger account|Sachkonto|Compte comptable|Cuenta contable|Conto contabile|"
        "Grootboekrekening|Conta contábil|खाता बही संख्या",
        ["dddd ddd ddd"],
    ),
    (
        "defibrillator serial",
        "Defibrillator serial no.|Seriennummer Defibrillator|N° de série du défibrillateur|"
        "N.º de serie del desfibrilador|Matricola defibrillatore|"
        "Serienummer AED|Nº de série do desfibrilador|"
        "डिफ़िब्रिलेटर सीरियल नंबर",
        ["Ddddddddd", "dd dddd dddd"],
    ),
    (
        "master key system",
        "Master key system no.|Schließanlagen-Nr.|N° d'organigramme des clés|"
        "N.º de amaestramiento|N. sistema chiavi|Sluitplannummer|Nº do sistema de chaves|मास्टर की सिस्टम संख्या",
        ["Dddd ddd ddd", "dd-dddd-dddd"],
    ),
    (
        "ski pass",
        "Ski pass no.|Skipass-Nr.|N° de forfait|N.º de forfait|N. skipass|Skipasnummer|"
        "Nº do passe de esqui|स्की पास संख्या",
        ["dd-ddd-ddddd"],
    ),
    (
        "parking fine",
        "Parking fine (PCN) no.|Aktenzeichen Verwarnungsgeld|N° d'avis de contravention|"
        "N.º de boletín de denuncia|N. verbale multa|CJIB-nummer|Nº do auto de infração|चालान संख्या",
        ["Dddddddddd", "dddd dddd dd"],
    ),
    (
        "gas safety certificate",
        "Gas safety certificate no.|Prüfbescheinigung Gastherme Nr.|"
        "N° de certificat gaz|N.º de certificado de gas|N. libretto impianto|Keuringsrapport cv-ketel|"
        "Nº do laudo de gás|गैस सुरक्षा प्रमाणपत्र संख्या",
        ["Dddddddddd"],
    ),
    (
        "exam candidate",
        "Candidate no.|Prüfungsnummer|N° de candidat|N.º de opositor|N. candidato|"
        "Kandidaatnummer|Nº de inscrição|अनुक्रमांक",
        ["ddddd dddd", "Dddddddddd"],
    ),
    (
        "school number",
        "School URN|Schulnummer|N° d'établissement|Código de centro|Codice plesso|"
        "Vestigingsnummer school|Código INEP da escola|यू-डाइस कोड",
        ["ddd dddd", "dddd dddd ddd"],
    ),
    (
        "gas cylinder",
        "Gas cylinder serial|Flaschennummer Propan|N° de bouteille de gaz|N.º de bombona|"
        "Matricola bombola|Gasflesnummer|Nº do botijão|सिलेंडर संख्या",
        ["ddd ddd dddd"],
    ),
    (
        "ticket barcode",
        "Ticket barcode|Ticket-Barcode|Code-barres du billet|Código de barras de la entrada|"
        "Codice a barre del biglietto|Barcode toegangskaart|Código de barras do ingresso|टिकट बारकोड",
        ["dddd dddd dddd"],
    ),
    (
        "hotel confirmation",
        "Hotel confirmation no.|Buchungsbestätigung Hotel|N° de confirmation hôtel|"
        "N.º de confirmación del hotel|N. conferma hotel|Bevestigingsnummer hotel|Nº de confirmação do hotel|"
        "होटल कन्फ़र्मेशन नंबर",
        ["Dddddddddd", "ddd-ddd-dddd"],
    ),
    (
        "ferry booking",
        "Ferry booking ref.|Fährbuchung Nr.|Réservation ferry n°|Reserva del ferry n.º|"
        "Prenotazione traghetto n.|Boeking veerboot nr.|Reserva da balsa nº|फ़ेरी बुकिंग संख्या",
        ["ddd dddd ddd"],
    ),
    (
        "museum pass",
        "Museum pass no.|Museumskarte Nr.|Pass musées n°|Abono de museos n.º|Abbonamento musei n.|"
        "Museumkaartnummer|Passaporte de museus nº|संग्रहालय पास संख्या",
        ["dddd dddd dd"],
    ),
    (
        "timing chip",
        "Timing chip ID|Zeitmess-Chip|Puce de chronométrage|Chip de cronometraje|"
        "Chip cronometraggio|Chipnummer tijdregistratie|Chip de cronometragem|टाइमिंग चिप आईडी",
        ["dddd ddd ddd"],
    ),
    (
        "player registration",
        "Player registration no.|Spielerpass-Nr.|N° de licence joueur|N.º de ficha federativa|"
        "N. tessera federale|Bondsnummer speler|Registro do atleta|खिलाड़ी पंजीकरण संख्या",
        ["Ddddddddd", "dd ddd dddd"],
    ),
    (
        "referee id",
        "Referee ID|Schiedsrichter-Ausweis Nr.|N° d'arbitre|N.º de colegiado|Matricola arbitro|"
        "Scheidsrechternummer|Registro de árbitro|रेफ़री आईडी",
        ["dddd ddd ddd"],
    ),
    (
        "food business registration",
        "Food business registration|Lebensmittelbetrieb Reg.-Nr.|"
        "N° d'enregistrement sanitaire|N.º de registro sanitario|"
        "N. registrazione alimentare|Registratienummer NVWA|"
        "Nº do alvará sanitário|एफ़एसएसएआई पंजीकरण संख्या",
        ["ddd dddd dddd"],
    ),
    (
        "electrical test label",
        "PAT test label no.|Prüfplakette Nr.|N° de vérification électrique|"
        "N.º de revisión eléctrica|N. verifica elettrica|NEN 3140 keuringsnummer|Nº do laudo elétrico|"
        "विद्युत परीक्षण संख्या",
        ["Ddddddd", "dd ddd ddd"],
    ),
    (
        "building permit",
        "Building control ref.|Baugenehmigung Az.|N° de permis de construire|"
        "N.º de licencia de obra|N. pratica edilizia|Zaaknummer omgevingsvergunning|"
        "Nº do alvará de construção|"
        "भवन अनुमति संख्या",
        ["dddd/dddddd"],
    ),
    (
        "lost property",
        "Lost property ref.|Fundbüro-Nr.|N° d'objet trouvé|N.º de objeto perdido|"
        "N. oggetto smarrito|Gevonden voorwerp nr.|Nº do achado|खोई वस्तु संदर्भ संख्या",
        ["dddd dddd dd"],
    ),
    (
        "repair job",
        "Repair job no.|Werkstattauftrag Nr.|N° d'ordre de réparation|N.º de orden de reparación|"
        "N. scheda riparazione|Werkordernummer|Nº da ordem de serviço|मरम्मत जॉब नंबर",
        ["ddddd ddddd"],
    ),
    (
        "crowdfunding backer",
        "Backer no.|Unterstützer-Nr.|N° de contributeur|N.º de mecenas|N. sostenitore|"
        "Backernummer|Nº do apoiador|समर्थक संख्या",
        ["dddd dddd dd"],
    ),
    (
        "top-up voucher PIN",
        "Top-up voucher PIN|Aufladebon-PIN|Code de recharge|PIN de la recarga|"
        "PIN della ricarica|Beltegoedcode|PIN da recarga|रिचार्ज वाउचर पिन",
        ["dddd dddd dddd"],
    ),
    (
        "seat reservation",
        "Seat reservation no.|Platzreservierung Nr.|N° de réservation de place|"
        "N.º de reserva de asiento|N. prenotazione posto|Zitplaatsreservering nr.|Nº da reserva de assento|"
        "सीट आरक्षण संख्या",
        ["ddd ddd dddd"],
    ),
    (
        "satellite card",
        "Satellite viewing card no.|Smartcard-Nr. Receiver|N° de carte satellite|"
        "N.º de tarjeta del decodificador|N. smart card decoder|"
        "Smartcardnummer decoder|Nº do cartão da antena|"
        "सेट-टॉप बॉक्स कार्ड संख्या",
        ["dddd dddd dd", "ddd ddd dddd"],
    ),
    (
        "router serial",
        "Router serial no.|Router-Seriennummer|N° de série de la box|N.º de serie del router|"
        "Seriale del modem|Serienummer modem|Nº de série do roteador|राउटर सीरियल नंबर",
        ["Dddddddddd", "dddd ddd dddd"],
    ),
    (
        "grant application",
        "Grant application no.|Förderantrag Nr.|N° de demande de subvention|"
        "N.º de solicitud de subvención|N. domanda di contributo|"
        "Aanvraagnummer subsidie|Nº do pedido de subsídio|"
        "अनुदान आवेदन संख्या",
        ["dddd-dddddd"],
    ),
]


def fill(shape: str, rng: random.Random) -> str:
    out = []
    for ch in shape:
        out.append(str(rng.randint(0, 9)) if ch == "d" else str(rng.randint(1, 9)) if ch == "D" else ch)
    text = "".join(out)
    if rng.random() < 0.25 and text[0].isdigit():
        text = "0" + text[1:]
    return text


def label(kind: int, lang: str) -> str:
    labels = LABELLED[kind][1].split("|")
    return labels[LANG_ORDER.index("en" if lang == "hg" else lang)]


def render(kind: int, lang: str, rng: random.Random) -> str:
    value = fill(rng.choice(LABELLED[kind][2]), rng)
    lab = label(kind, lang)
    sep = " :" if lang == "fr" else ":"
    return f"{lab}{sep}\n{value}" if rng.random() < 0.25 else f"{lab}{sep} {value}"
