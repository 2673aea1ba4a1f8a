"""Hard negatives, part one: phone-shaped digit groups under a label that says what they are.

Labels are in en, de, fr, es, it, nl, pt and hi order (Hinglish documents take the English label).
In a pattern, '#' is a random digit, '@' a random digit 1-9 and every other character is kept.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")

LABELLED = [
    (
        "web_order",
        "Order no.|Bestellnummer|N° de commande|Nº de pedido|N. ordine|Bestelnummer|Nº do pedido|ऑर्डर नंबर",
        ["@## ### ####", "@########"],
    ),
    (
        "parcel_tracking",
        "Tracking no.|Sendungsnummer|N° de suivi|Nº de seguimiento|Codice di tracciamento|"
        "Track & trace-code|Código de rastreio|ट्रैकिंग नंबर",
        ["@### #### ####", "003 @### ####"],
    ),
    (
        "customs_decl",
        "Customs declaration|Zollanmeldung Nr.|Déclaration en douane n°|Declaración aduanera nº|"
        "Dichiarazione doganale n.|Douaneaangifte nr.|Declaração aduaneira nº|सीमा शुल्क घोषणा",
        ["@##-#######"],
    ),
    (
        "insurance_claim",
        "Claim no.|Schadennummer|N° de sinistre|Nº de siniestro|N. sinistro|Schadenummer|"
        "Nº do sinistro|क्लेम नंबर",
        ["@# ### ####", "@##/#####"],
    ),
    (
        "helpdesk_ticket",
        "Support ticket|Support-Ticket|Ticket d'assistance n°|Incidencia nº|Ticket assistenza n.|"
        "Storingsmelding nr.|Chamado nº|शिकायत टिकट",
        ["@######", "@## ####"],
    ),
    (
        "invoice",
        "Invoice no.|Rechnungsnummer|Facture n°|Factura nº|Fattura n.|Factuurnummer|Nota fiscal nº|बिल नंबर",
        ["@###-#####", "@# ### ###"],
    ),
    (
        "customer_account",
        "Customer account|Kundennummer|N° client|Nº de cliente|Codice cliente|Klantnummer|"
        "Código do cliente|ग्राहक संख्या",
        ["@## ### ###", "0@# ### ####"],
    ),
    (
        "power_meter",
        "Electricity meter serial|Stromzählernummer|N° de compteur électrique|Nº de contador de luz|"
        "Matricola contatore luce|Meternummer stroom|Nº do medidor de energia|बिजली मीटर नंबर",
        ["@# ### ### #", "@########"],
    ),
    (
        "water_meter",
        "Water meter no.|Wasserzähler-Nr.|Compteur d'eau n°|Contador de agua nº|Contatore acqua n.|"
        "Watermeter nr.|Hidrômetro nº|पानी मीटर नंबर",
        ["@# ######", "@#######"],
    ),
    (
        "coop_member",
        "Co-op member no.|Genossenschafts-Mitgliedsnr.|N° de sociétaire|Nº de socio cooperativista|"
        "N. socio coop|Lidnummer coöperatie|Nº de cooperado|सहकारी सदस्य संख्या",
        ["@### ####"],
    ),
    (
        "union_member",
        "Union membership no.|Gewerkschafts-Mitgliedsnr.|N° d'adhérent syndical|Nº de afiliado|"
        "Tessera sindacale n.|Lidnummer vakbond|Nº de filiação sindical|यूनियन सदस्यता संख्या",
        ["@## #####"],
    ),
    (
        "frequent_flyer",
        "Frequent flyer no.|Vielfliegernummer|N° de voyageur fréquent|Nº de viajero frecuente|"
        "Codice frequent flyer|Frequent-flyernummer|Nº do programa de milhas|फ़्रीक्वेंट फ़्लायर नंबर",
        ["@## ### ###"],
    ),
    (
        "loyalty_card",
        "Loyalty card|Kundenkarte|Carte de fidélité|Tarjeta de fidelización|Carta fedeltà|Klantenkaart|"
        "Cartão fidelidade|लॉयल्टी कार्ड",
        ["@### #### ##", "@#########"],
    ),
    (
        "car_rental",
        "Rental agreement|Mietvertrag-Nr.|Contrat de location n°|Contrato de alquiler nº|"
        "Contratto di noleggio n.|Huurovereenkomst nr.|Contrato de locação nº|रेंटल एग्रीमेंट नंबर",
        ["@########"],
    ),
    (
        "dishwasher_serial",
        "Dishwasher serial|Seriennr. Spülmaschine|N° de série lave-vaisselle|"
        "Nº de serie del lavavajillas|Matricola lavastoviglie|Serienummer vaatwasser|Nº de série da "
        "lava-louças|"
        "डिशवॉशर सीरियल नंबर",
        ["@## ### ###", "@#-######-##"],
    ),
    (
        "patient_no",
        "Patient no.|Patientennummer|N° de dossier patient|Nº de historia clínica|N. cartella clinica|"
        "Patiëntnummer|Nº do prontuário|मरीज़ संख्या",
        ["@## ### ####"],
    ),
    (
        "tax_ref",
        "Tax reference|Steuernummer|N° fiscal de référence|Nº de referencia tributaria|Codice pratica "
        "fiscale|"
        "Belastingreferentie|Nº de referência fiscal|कर संदर्भ संख्या",
        ["@##/###/#####", "@# ### ### ###"],
    ),
    (
        "insurance_policy",
        "Policy no.|Versicherungsschein-Nr.|N° de contrat d'assurance|Nº de póliza|N. polizza|"
        "Polisnummer|Nº da apólice|पॉलिसी नंबर",
        ["@## ### ###", "@########"],
    ),
    (
        "mortgage",
        "Mortgage account|Darlehenskonto|N° de prêt immobilier|Nº de préstamo hipotecario|N. mutuo|"
        "Hypotheeknummer|Nº do financiamento|होम लोन खाता",
        ["@### ######"],
    ),
    (
        "pension_ref",
        "Pension reference|Renten-Aktenzeichen|N° de dossier retraite|Nº de expediente de pensión|"
        "N. pratica pensione|Pensioennummer|Nº do benefício|पेंशन संदर्भ",
        ["@## ### ###"],
    ),
    (
        "student_id",
        "Student ID|Matrikelnummer|N° d'étudiant|Nº de expediente académico|Matricola universitaria|"
        "Studentnummer|Nº de matrícula|नामांकन संख्या",
        ["@######", "@#######"],
    ),
    (
        "door_fob",
        "Door fob|Türchip-Nr.|Badge d'accès n°|Llavero de acceso nº|Chiavetta accesso n.|Toegangstag nr.|"
        "Chaveiro de acesso nº|डोर फ़ॉब नंबर",
        ["@###-###"],
    ),
    (
        "court_case",
        "Court case no.|Geschäftsnummer Gericht|N° de rôle|Nº de procedimiento|N. ruolo generale|"
        "Zaaknummer rechtbank|Nº do processo|अदालती मामला संख्या",
        ["@## #### ####"],
    ),
    (
        "patent",
        "Patent application|Patentanmeldung|Demande de brevet n°|Solicitud de patente nº|"
        "Domanda di brevetto n.|Octrooiaanvraag nr.|Pedido de patente nº|पेटेंट आवेदन",
        ["@# ### ###"],
    ),
    (
        "raffle_ticket",
        "Raffle ticket|Losnummer|Billet de tombola n°|Papeleta nº|Biglietto lotteria n.|Lotnummer|"
        "Bilhete da rifa nº|लकी ड्रॉ टिकट",
        ["@## ###", "@#####"],
    ),
    (
        "cloakroom",
        "Cloakroom ticket|Garderobenmarke|Ticket de vestiaire|Ficha del guardarropa|Scontrino guardaroba|"
        "Garderobebonnetje|Ficha da chapelaria|क्लोकरूम टोकन",
        ["@# ## ##"],
    ),
    (
        "locker_code",
        "Locker code|Schließfachcode|Code du casier|Código de la taquilla|Codice armadietto|Lockercode|"
        "Código do armário|लॉकर कोड",
        ["@## ###"],
    ),
    (
        "bike_frame",
        "Bike frame no.|Rahmennummer|N° de cadre|Nº de cuadro|N. telaio bici|Framenummer|Nº do quadro|"
        "साइकिल फ़्रेम नंबर",
        ["@# ### ### ###"],
    ),
    (
        "boat_reg",
        "Boat registration|Bootskennzeichen|Immatriculation du bateau|Matrícula de la embarcación|"
        "Iscrizione natante|Bootregistratie|Inscrição da embarcação|नाव पंजीकरण",
        ["@## ####"],
    ),
    (
        "pet_chip",
        "Microchip|Chipnummer|N° de puce|Nº de microchip|Microchip n.|Chipnummer|Nº do microchip|"
        "माइक्रोचिप नंबर",
        ["@## ### ### ### ###"],
    ),
    (
        "prescription",
        "Prescription no.|Rezept-Nr.|N° d'ordonnance|Nº de receta|N. ricetta|Receptnummer|"
        "Nº da receita|पर्चा संख्या",
        ["@# ### #####"],
    ),
    (
        "lab_sample",
        "Lab sample ID|Probennummer Labor|N° d'échantillon|Nº de muestra|N. campione|Monsternummer|"
        "Nº da amostra|सैंपल आईडी",
        ["@########"],
    ),
    (
        "lottery_slip",
        "Lottery slip|Lottoschein-Nr.|Grille loto n°|Boleto de lotería nº|Schedina n.|"
        "Lotnummer staatsloterij|Volante da loteria nº|लॉटरी नंबर",
        ["@### #### ####"],
    ),
    (
        "rma",
        "Return authorisation|Retourennummer|N° de retour|Nº de devolución|Autorizzazione reso n.|"
        "Retournummer|Nº de devolução|रिटर्न नंबर",
        ["@##-####-###"],
    ),
    (
        "refund_ref",
        "Refund reference|Erstattungs-Ref.|Réf. remboursement|Ref. de reembolso|Rif. rimborso|"
        "Terugbetalingskenmerk|Ref. do reembolso|रिफ़ंड संदर्भ",
        ["@## #### ###"],
    ),
    (
        "complaint_ref",
        "Complaint ref.|Reklamationsnummer|N° de réclamation|Nº de reclamación|N. reclamo|"
        "Klachtnummer|Protocolo da reclamação|शिकायत संख्या",
        ["@#######"],
    ),
    (
        "cheque",
        "Cheque no.|Schecknummer|N° de chèque|Nº de cheque|N. assegno|Chequenummer|Nº do cheque|चेक नंबर",
        ["@######", "@#####"],
    ),
    (
        "terminal_receipt",
        "Card terminal receipt|Beleg-Nr. Kartenzahlung|N° de ticket CB|Nº de recibo del datáfono|"
        "N. scontrino POS|Bonnummer pin|Nº do comprovante da maquininha|POS रसीद नंबर",
        ["@#####", "@### ####"],
    ),
    (
        "land_parcel",
        "Land parcel|Flurstück|Parcelle cadastrale|Finca registral nº|Particella catastale|"
        "Kadastraal perceel|Matrícula do imóvel|खसरा नंबर",
        ["@####", "@# ###/#"],
    ),
    (
        "survey_form",
        "Survey form ID|Fragebogen-Nr.|N° de questionnaire|Nº de cuestionario|N. questionario|"
        "Enquêtenummer|Nº do questionário|सर्वे फ़ॉर्म नंबर",
        ["@## ### ###"],
    ),
    (
        "appointment_ref",
        "Appointment ref.|Terminnummer|Réf. rendez-vous|Nº de cita|Codice prenotazione visita|"
        "Afspraaknummer|Nº do agendamento|अपॉइंटमेंट नंबर",
        ["@# #### ####"],
    ),
    (
        "vaccine_batch",
        "Vaccine batch|Impfstoff-Charge|Lot de vaccin|Lote de la vacuna|Lotto vaccino|"
        "Batchnummer vaccin|Lote da vacina|वैक्सीन बैच",
        ["@#####"],
    ),
    (
        "blood_donor",
        "Blood donor no.|Spendernummer|N° de donneur|Nº de donante|N. donatore|Donornummer|"
        "Nº do doador|रक्तदाता संख्या",
        ["@## ### ###"],
    ),
    (
        "gas_meter",
        "Gas meter no.|Gaszähler-Nr.|Compteur de gaz n°|Contador de gas nº|Contatore gas n.|"
        "Gasmeter nr.|Nº do medidor de gás|गैस कनेक्शन नंबर",
        ["@# ### ### ###"],
    ),
    (
        "broadband_contract",
        "Broadband contract|Vertragskonto Internet|N° de contrat box|Nº de contrato de fibra|"
        "Codice contratto fibra|Contractnummer internet|Nº do contrato de internet|ब्रॉडबैंड अकाउंट",
        ["@## ### ####"],
    ),
    (
        "storage_unit",
        "Storage unit contract|Lagerraum-Vertrag|Contrat garde-meubles|Contrato de trastero|"
        "Contratto box deposito|Opslagbox contract|Contrato de guarda-volumes|स्टोरेज यूनिट अनुबंध",
        ["@# ####"],
    ),
    (
        "donation_receipt",
        "Donation receipt|Spendenquittung Nr.|Reçu fiscal n°|Certificado de donación nº|"
        "Ricevuta erogazione n.|Giftbewijs nr.|Recibo de doação nº|दान रसीद संख्या",
        ["@### ####"],
    ),
    (
        "deposit_scheme",
        "Deposit protection ID|Mietkaution Nr.|N° de dépôt de garantie|Nº de depósito de fianza|"
        "N. deposito cauzionale|Waarborgnummer|Nº do depósito caução|किराया जमा संख्या",
        ["@## #### ###"],
    ),
    (
        "warranty_reg",
        "Warranty registration|Garantie-Registrierung|Enregistrement garantie n°|Registro de garantía nº|"
        "Registrazione garanzia n.|Garantieregistratie|Registro de garantia nº|वारंटी पंजीकरण",
        ["@### ### ###"],
    ),
    (
        "ticket_order",
        "Ticket order|Ticketbestellung|Commande de billets n°|Pedido de entradas nº|Ordine biglietti n.|"
        "Ticketbestelling|Pedido de ingressos nº|टिकट ऑर्डर",
        ["@########", "@## ### ###"],
    ),
    (
        "parking_permit",
        "Residents' parking permit|Anwohnerparkausweis Nr.|Carte de stationnement résident n°|"
        "Tarjeta de residente nº|Permesso sosta residenti n.|Parkeervergunning nr.|Cartão de estacionamento "
        "nº|"
        "पार्किंग परमिट",
        ["@## ####"],
    ),
    (
        "fishing_licence",
        "Fishing licence|Fischereischein-Nr.|Carte de pêche n°|Licencia de pesca nº|"
        "Licenza di pesca n.|Vispas nr.|Licença de pesca nº|मछली पकड़ने का लाइसेंस",
        ["@# ### ###"],
    ),
    (
        "table_booking",
        "Table booking|Tischreservierung Nr.|Réservation de table n°|Reserva de mesa nº|"
        "Prenotazione tavolo n.|Reserveringsnummer|Reserva de mesa nº|टेबल बुकिंग नंबर",
        ["@## ### ###"],
    ),
    (
        "case_file",
        "Council case no.|Vorgangsnummer|N° de dossier|Nº de expediente|N. pratica|Dossiernummer|"
        "Nº do protocolo|केस नंबर",
        ["@## ### ###", "@#/#######"],
    ),
]
LABELLED_KEYS = [k for k, _, _ in LABELLED]
_BY_KEY = {k: (dict(zip(LANGS, labels.split("|"), strict=True)), pats) for k, labels, pats in LABELLED}

# how a label and its value share a line (the label may also sit on the line before)
SHAPES = ["{l}: {v}", "{l} {v}", "{l} – {v}", "{v} ({l})", "[{l}] {v}"]


def fill_pattern(rng, pat: str) -> str:
    out = []
    for ch in pat:
        out.append(str(rng.randint(0, 9)) if ch == "#" else str(rng.randint(1, 9)) if ch == "@" else ch)
    return "".join(out)


def make(rng, key: str, lang: str) -> tuple[str, bool]:
    """(text, label on the line before?) of one labelled hard negative."""
    labels, pats = _BY_KEY[key]
    label = labels["en" if lang == "hx" else lang]
    value = fill_pattern(rng, rng.choice(pats))
    if rng.random() < 0.25:
        return label + "\n" + value, True
    return rng.choice(SHAPES).format(l=label, v=value), False
