"""Phone-shaped digit groups under a label that says what they are (hard negatives).

The digits are drawn to look like a number of the document's plan (groups, trunk 0, separators), but are
never a phone: the label (customer number, batch, meter ...) names what they are.
Labels are in the order of LANGS.
"""

SHAPES = {
    "US": ["NXX-XXXX", "(NXX) NXX-XXXX", "NXX NXX XXXX", "NXX.NXX.XXXX", "NXX-NXX-XXXX"],
    "GB": ["0NXXX NXXXXX", "0NXX NXX XXXX", "0NX XXXX XXXX", "07XXX XXXXXX", "NXX XXXX", "NXXX NXXX"],
    "DE": ["0NXX NXXXXX", "0NXXX NXXXX", "0NX/NXXXXXXX", "01XX XXXXXXX", "NXXXXXX", "NXX XX XX"],
    "FR": ["0N XX XX XX XX", "XX XX XX XX", "0N XX XX XX XX", "0NXXXXXXXX"],
    "ES": ["9NX XXX XXX", "6XX XX XX XX", "9N XXX XX XX", "NXX XXX XXX"],
    "IT": ["0NX XXX XXXX", "3XX XXX XXXX", "0N XXXX XXXX", "0NXX XXXXXX"],
    "NL": ["0NX-XXX XXXX", "0NXX-XXXXXX", "06-XXXX XXXX", "NXX XXXX", "0NX NXXXXXX"],
    "BR": ["(XX) NXXX-XXXX", "NXXX-XXXX", "9XXXX-XXXX", "(0XX) NXXX-XXXX"],
    "IN": ["NXXXX XXXXX", "0XXX-NXXXXXX", "0XX NXXX XXXX", "NXXXXXXXXX"],
}


def fill(rng, pattern):
    out = []
    for ch in pattern:
        if ch == "X":
            out.append(str(rng.randint(0, 9)))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone_shape(rng, plan):
    return fill(rng, rng.choice(SHAPES[plan]))


LABELLED = {
    "customer-number": (
        "Customer no.",
        "Kundennummer",
        "N° client",
        "N.º de cliente",
        "Codice cliente",
        "Klantnummer",
        "Código do cliente",
        "ग्राहक संख्या",
    ),
    "order-number": (
        "Order number",
        "Bestellnummer",
        "N° de commande",
        "N.º de pedido",
        "Numero d'ordine",
        "Bestelnummer",
        "Número do pedido",
        "ऑर्डर संख्या",
    ),
    "invoice-number": (
        "Invoice no.",
        "Rechnungsnummer",
        "Facture n°",
        "Factura n.º",
        "Fattura n.",
        "Factuurnummer",
        "Nota fiscal n.º",
        "बिल संख्या",
    ),
    "case-reference": (
        "Case reference",
        "Aktenzeichen",
        "Réf. dossier",
        "Expediente",
        "Pratica n.",
        "Dossiernummer",
        "Protocolo",
        "मामला संख्या",
    ),
    "support-ticket": (
        "Support ticket",
        "Ticketnummer",
        "Ticket d'incident",
        "Incidencia n.º",
        "Ticket assistenza",
        "Meldingsnummer",
        "Chamado n.º",
        "शिकायत संख्या",
    ),
    "serial-number": (
        "Serial no.",
        "Seriennummer",
        "N° de série",
        "N.º de serie",
        "Matricola",
        "Serienummer",
        "Número de série",
        "सीरियल नंबर",
    ),
    "batch-number": (
        "Batch",
        "Charge",
        "Lot de fabrication",
        "Lote",
        "Lotto di produzione",
        "Partijnummer",
        "Lote de fabricação",
        "बैच संख्या",
    ),
    "meter-number": (
        "Meter serial",
        "Zählernummer",
        "N° de compteur",
        "N.º de contador",
        "Matricola contatore",
        "Meternummer",
        "Número do medidor",
        "मीटर संख्या",
    ),
    "rewards-card": (
        "Rewards card",
        "Payback-Karte",
        "Carte de fidélité",
        "Tarjeta de puntos",
        "Carta fedeltà",
        "Klantenkaart",
        "Cartão fidelidade",
        "लॉयल्टी कार्ड",
    ),
    "tax-number": (
        "Employer tax ref.",
        "Betriebsnummer",
        "N° TVA",
        "CIF",
        "Partita IVA",
        "Btw-id",
        "Inscrição estadual",
        "टैन संख्या",
    ),
    "tracking-number": (
        "Tracking no.",
        "Sendungsnummer",
        "N° de suivi",
        "N.º de seguimiento",
        "Codice spedizione",
        "Track & trace",
        "Código de rastreio",
        "ट्रैकिंग नंबर",
    ),
    "policy-number": (
        "Policy number",
        "Versicherungsschein-Nr.",
        "N° de contrat d'assurance",
        "Póliza n.º",
        "Polizza n.",
        "Polisnummer",
        "Apólice n.º",
        "पॉलिसी संख्या",
    ),
    "contract-number": (
        "Contract no.",
        "Vertragsnummer",
        "N° de contrat",
        "N.º de contrato",
        "Numero contratto",
        "Contractnummer",
        "Contrato n.º",
        "अनुबंध संख्या",
    ),
    "booking-reference": (
        "Booking ref.",
        "Buchungsnummer",
        "N° de réservation",
        "Localizador",
        "Codice prenotazione",
        "Boekingsnummer",
        "Código da reserva",
        "बुकिंग संख्या",
    ),
    "claim-number": (
        "Claim number",
        "Schadennummer",
        "N° de sinistre",
        "N.º de siniestro",
        "Numero sinistro",
        "Schadenummer",
        "Número do sinistro",
        "दावा संख्या",
    ),
    "part-number": (
        "Part no.",
        "Teilenummer",
        "Réf. pièce",
        "Referencia de pieza",
        "Codice ricambio",
        "Onderdeelnummer",
        "Código da peça",
        "पार्ट नंबर",
    ),
    "catalogue-number": (
        "Catalogue no.",
        "Katalognummer",
        "N° de catalogue",
        "N.º de catálogo",
        "Numero di catalogo",
        "Catalogusnummer",
        "Número de catálogo",
        "कैटलॉग संख्या",
    ),
    "delivery-note": (
        "Delivery note",
        "Lieferschein",
        "Bon de livraison",
        "Albarán",
        "DDT n.",
        "Pakbon",
        "Romaneio",
        "डिलीवरी चालान",
    ),
    "quote-number": (
        "Quote ref.",
        "Angebotsnummer",
        "Devis n°",
        "Presupuesto n.º",
        "Preventivo n.",
        "Offertenummer",
        "Orçamento n.º",
        "कोटेशन संख्या",
    ),
    "permit-number": (
        "Permit no.",
        "Genehmigungsnummer",
        "N° d'autorisation",
        "Licencia n.º",
        "Autorizzazione n.",
        "Vergunningnummer",
        "Alvará n.º",
        "परमिट संख्या",
    ),
    "warranty-number": (
        "Warranty reg.",
        "Garantienummer",
        "N° de garantie",
        "N.º de garantía",
        "Garanzia n.",
        "Garantienummer",
        "Garantia n.º",
        "वारंटी संख्या",
    ),
    "transaction-id": (
        "Transaction ID",
        "Transaktions-ID",
        "ID de transaction",
        "ID de operación",
        "ID transazione",
        "Transactie-ID",
        "ID da transação",
        "लेन-देन आईडी",
    ),
    "pallet-number": (
        "Pallet label",
        "Palettennummer",
        "N° de palette",
        "N.º de palé",
        "Numero pallet",
        "Palletnummer",
        "Número do palete",
        "पैलेट संख्या",
    ),
    "inventory-tag": (
        "Asset tag",
        "Inventarnummer",
        "N° d'inventaire",
        "N.º de inventario",
        "Numero di inventario",
        "Inventarisnummer",
        "Patrimônio n.º",
        "इन्वेंटरी संख्या",
    ),
    "payment-reference": (
        "Payment reference",
        "Verwendungszweck",
        "Référence de paiement",
        "Concepto",
        "Causale",
        "Betalingskenmerk",
        "Código de referência",
        "भुगतान संदर्भ",
    ),
    "pickup-code": (
        "Parcel locker code",
        "Abholcode",
        "Code de retrait",
        "Código de recogida",
        "Codice di ritiro",
        "Ophaalcode",
        "Código de retirada",
        "पिकअप कोड",
    ),
    "inspection-number": (
        "Inspection cert.",
        "Prüfnummer",
        "N° de contrôle",
        "N.º de inspección",
        "Verbale di collaudo n.",
        "Keuringsnummer",
        "Laudo n.º",
        "निरीक्षण संख्या",
    ),
    "reading-id": (
        "Reading ref.",
        "Ablesebeleg",
        "Relevé n°",
        "Lectura n.º",
        "Lettura n.",
        "Opname-nr.",
        "Leitura n.º",
        "रीडिंग संख्या",
    ),
}

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]

WRAP = {
    "en": ["{x}", "{x}", "Please quote {x} in any reply.", "{x} (keep for your records)"],
    "de": ["{x}", "{x}", "Bitte bei Rückfragen angeben: {x}", "{x} - bitte aufbewahren"],
    "fr": ["{x}", "{x}", "À rappeler dans toute correspondance : {x}", "{x} (à conserver)"],
    "es": ["{x}", "{x}", "Indique siempre {x} en sus consultas.", "{x} (consérvelo)"],
    "it": ["{x}", "{x}", "Da citare in ogni comunicazione: {x}", "{x} (conservare)"],
    "nl": ["{x}", "{x}", "Vermeld altijd {x} bij vragen.", "{x} (bewaren a.u.b.)"],
    "pt": ["{x}", "{x}", "Informe sempre {x} no atendimento.", "{x} (guarde este número)"],
    "hi": ["{x}", "कृपया हर पत्र में {x} लिखें।"],
}


def label(kind, lang):
    return LABELLED[kind][LANGS.index(lang if lang in LANGS else "en")]


def labelled(rng, kind, lang, plan):
    """One line: a label and a phone-shaped number, in one of several arrangements."""
    lab, num = label(kind, lang), phone_shape(rng, plan)
    joint = rng.choice([": ", " ", ": ", " # " if lang == "en" else " "])
    x = lab + joint + num if rng.random() < 0.85 else "%s (%s)" % (num, lab)
    return rng.choice(WRAP.get(lang, WRAP["en"])).format(x=x)
