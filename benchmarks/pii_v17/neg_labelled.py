"""Hard negatives, labelled kinds: phone-shaped identifiers under a label in the document's language."""

ORDER = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]
LABELLED_TEXT = """
water_meter|Water meter no.|Wasserzähler-Nr.|N° compteur d'eau|N.º contador de agua|Matricola contatore \
acqua|Watermeternummer|Nº do hidrômetro|पानी मीटर संख्या
gas_meter|Gas meter serial|Gaszähler-Nr.|N° compteur gaz|N.º contador de gas|Matricola contatore \
gas|Gasmeternummer|Nº do medidor de gás|गैस मीटर संख्या
pension_ref|Pension reference|Rentenversicherungs-Az.|Réf. dossier retraite|Ref. expediente pensión|Rif. \
pratica pensione|Pensioenkenmerk|Ref. da aposentadoria|पेंशन संदर्भ
policy_no|Home insurance policy|Hausratversicherung Nr.|Contrat assurance habitation|Póliza del \
hogar|Polizza casa n.|Polisnummer inboedel|Apólice residencial|गृह बीमा पॉलिसी
claim_no|Insurance claim no.|Schadennummer|N° de sinistre|N.º de siniestro|N. sinistro|Schadenummer|Nº \
do sinistro|दावा संख्या
customer_no|Bank customer no.|Kundennummer Bank|N° client banque|N.º de cliente|Codice cliente \
banca|Klantnummer bank|Nº de cliente|ग्राहक संख्या
loyalty_card|Loyalty card|Payback-Karte|Carte fidélité|Tarjeta de puntos|Carta \
fedeltà|Klantenkaart|Cartão fidelidade|लॉयल्टी कार्ड
student_id|Student ID|Matrikelnummer|N° étudiant|N.º de expediente|Matricola \
studente|Studentnummer|Matrícula do aluno|छात्र क्रमांक
employee_no|Staff number|Personalnummer|Matricule|N.º de empleado|Matricola \
dipendente|Personeelsnummer|Matrícula funcional|कर्मचारी संख्या
patient_no|Hospital patient no.|Patientennummer|N° de patient|N.º historia clínica|N. cartella \
clinica|Patiëntnummer|Nº do prontuário|मरीज़ संख्या
prescription|Prescription no.|Rezeptnummer|N° d'ordonnance|N.º de receta|N. ricetta|Receptnummer|Nº da \
receita|पर्चा संख्या
lab_sample|Lab sample no.|Laborprobe|Échantillon labo|Muestra de laboratorio|Campione \
lab.|Labmonster|Amostra do laboratório|नमूना संख्या
court_case|Court case no.|Aktenzeichen Amtsgericht|N° de rôle|N.º de procedimiento|N. di \
ruolo|Zaaknummer rechtbank|Nº do processo|मुकदमा संख्या
land_title|Land registry title|Grundbuchblatt|Réf. cadastrale|Ref. catastral|Foglio catastale|Kadastraal \
perceel|Matrícula do imóvel|खसरा संख्या
tenancy|Tenancy agreement no.|Mietvertrag Nr.|Bail n°|Contrato de alquiler n.º|Contratto d'affitto \
n.|Huurcontract nr.|Contrato de aluguel nº|किरायानामा संख्या
rent_account|Rent account|Mieterkonto|Compte locataire|Cuenta de inquilino|Conto \
inquilino|Huurdersnummer|Conta do inquilino|किराया खाता
broadband|Broadband account|Internet-Kundennr.|Identifiant box|Cuenta de fibra|Codice cliente \
fibra|Klantnr. internet|Conta da internet|ब्रॉडबैंड खाता
tv_licence|TV licence no.|Rundfunkbeitragsnummer|Redevance n°|Abono TV n.º|Canone RAI \
n.|Omroepbijdrage|Assinatura TV|केबल खाता
water_bill|Water bill account|Wasserrechnung Kd.-Nr.|Facture d'eau réf.|Recibo del agua ref.|Bolletta \
acqua cod.|Waterrekening nr.|Conta de água|पानी बिल खाता
invoice|Invoice no.|Rechnungsnummer|Facture n°|Factura n.º|Fattura n.|Factuurnummer|Nota fiscal nº|बिल संख्या
quote_no|Quote no.|Angebotsnummer|Devis n°|Presupuesto n.º|Preventivo n.|Offertenummer|Orçamento \
nº|कोटेशन संख्या
tracking|Parcel tracking no.|Sendungsnummer|N° de suivi|N.º de seguimiento|Codice \
spedizione|Track-en-tracecode|Código de rastreio|ट्रैकिंग संख्या
waybill|Courier waybill|Frachtbrief|Lettre de voiture|Albarán|Lettera di \
vettura|Vrachtbrief|Conhecimento de frete|वेबिल संख्या
customs|Customs declaration|Zollanmeldung|Déclaration en douane|Declaración aduanera|Bolla \
doganale|Douaneaangifte|Declaração aduaneira|सीमा शुल्क घोषणा
eticket|E-ticket no.|E-Ticket-Nr.|N° de billet électronique|Billete electrónico n.º|Biglietto \
elettronico n.|E-ticketnummer|Bilhete eletrônico nº|ई-टिकट संख्या
bus_pass|Bus pass no.|Abo-Karte Nr.|Carte de bus n°|Abono transporte n.º|Abbonamento bus \
n.|Busabonnement nr.|Bilhete único nº|बस पास संख्या
parking_permit|Residents' parking permit|Anwohnerparkausweis|Carte de stationnement résident|Tarjeta de \
aparcamiento|Permesso ZTL n.|Parkeervergunning|Cartão de estacionamento|पार्किंग परमिट
bike_frame|Bike frame no.|Rahmennummer|N° de cadre|N.º de cuadro|Numero telaio bici|Framenummer|Nº do \
quadro|साइकिल फ्रेम संख्या
engine_no|Engine no.|Motornummer|N° moteur|N.º de motor|Numero motore|Motornummer auto|Nº do motor|इंजन संख्या
washer_serial|Washing machine serial|Seriennr. Waschmaschine|N° série lave-linge|N.º serie \
lavadora|Matricola lavatrice|Serienr. wasmachine|Nº série máquina de lavar|वॉशिंग मशीन सीरियल
warranty|Warranty registration|Garantie-Registrierung|Enregistrement garantie|Registro de \
garantía|Registrazione garanzia|Garantieregistratie|Registro da garantia|वारंटी पंजीकरण
licence_key|Software licence no.|Lizenznummer|N° de licence|N.º de licencia|Numero \
licenza|Licentienummer|Nº da licença|लाइसेंस संख्या
router_serial|Router serial|Router-Seriennummer|N° série box|N.º serie router|Seriale router|Serienummer \
router|Nº série do roteador|राउटर सीरियल
printer_serial|Printer serial|Drucker-Seriennr.|N° série imprimante|N.º serie impresora|Seriale \
stampante|Serienr. printer|Nº série impressora|प्रिंटर सीरियल
sports_member|Sports club member no.|Mitgliedsnummer Sportverein|N° licencié|N.º de socio|Tessera \
società sportiva|Lidnummer sportclub|Nº de sócio|खेल क्लब सदस्य संख्या
fishing_licence|Fishing licence|Fischereischein|Carte de pêche|Licencia de pesca|Licenza di \
pesca|Visakte|Licença de pesca|मछली पकड़ने का लाइसेंस
passport_app|Passport application ref.|Passantrag Vorgang|Demande de passeport réf.|Solicitud de \
pasaporte|Pratica passaporto|Paspoortaanvraag|Protocolo do passaporte|पासपोर्ट आवेदन संख्या
visa_app|Visa application ref.|Visumantrag|Demande de visa|Solicitud de visado|Domanda di \
visto|Visumaanvraag|Pedido de visto|वीज़ा आवेदन संख्या
marriage_cert|Marriage certificate no.|Heiratsurkunde Nr.|Acte de mariage n°|Acta de matrimonio|Atto di \
matrimonio n.|Huwelijksakte nr.|Certidão de casamento|विवाह प्रमाणपत्र संख्या
birth_cert|Birth certificate no.|Geburtsurkunde Nr.|Acte de naissance n°|Acta de nacimiento|Atto di \
nascita n.|Geboorteakte nr.|Certidão de nascimento|जन्म प्रमाणपत्र संख्या
donation_receipt|Donation receipt|Spendenquittung|Reçu fiscal de don|Recibo de donativo|Ricevuta \
donazione|Giftbewijs|Recibo de doação|दान रसीद
raffle_ticket|Raffle ticket|Losnummer|Billet de tombola|Papeleta de rifa|Biglietto \
lotteria|Lotnummer|Bilhete da rifa|लॉटरी टिकट
cinema_booking|Cinema booking|Kinoreservierung|Réservation cinéma|Reserva de cine|Prenotazione \
cinema|Bioscoopreservering|Reserva do cinema|सिनेमा बुकिंग
museum_pass|Museum pass|Museumspass|Pass musées|Pase de museos|Tessera musei|Museumkaart|Passe de \
museus|संग्रहालय पास
order_confirm|Order confirmation|Bestellbestätigung|Confirmation de commande|Confirmación de \
pedido|Conferma ordine|Orderbevestiging|Confirmação do pedido|ऑर्डर पुष्टि
refund_ref|Refund reference|Erstattungsvorgang|Réf. remboursement|Ref. de reembolso|Rif. \
rimborso|Restitutiekenmerk|Ref. do reembolso|रिफंड संदर्भ
payroll_ref|Payslip reference|Lohnabrechnung Nr.|Bulletin de paie n°|Nómina ref.|Cedolino n.|Loonstrook \
nr.|Holerite nº|वेतन पर्ची संदर्भ
seed_catalogue|Seed catalogue order|Saatgut-Bestellung|Commande de graines|Pedido de semillas|Ordine \
sementi|Zadenbestelling|Pedido de sementes|बीज ऑर्डर
book_order|Bookshop order|Buchbestellung|Commande librairie|Pedido de librería|Ordine \
libreria|Boekbestelling|Pedido da livraria|पुस्तक ऑर्डर
pupil_no|School pupil no.|Schülernummer|N° élève|N.º de alumno|Codice alunno|Leerlingnummer|Nº do \
aluno|विद्यार्थी संख्या
nursery_list|Nursery waiting list no.|Kita-Warteliste Nr.|Liste d'attente crèche|Lista de espera \
guardería|Lista d'attesa nido|Wachtlijst kinderopvang|Lista de espera da creche|प्रतीक्षा सूची संख्या
vet_record|Vet record no.|Tierarzt-Kartei|Dossier vétérinaire|Ficha veterinaria|Cartella \
veterinaria|Dierenarts dossier|Ficha veterinária|पशु चिकित्सा रिकॉर्ड
"""
LABELLED = {}
for _ln in LABELLED_TEXT.strip().splitlines():
    _p = _ln.split("|")
    LABELLED[_p[0]] = dict(zip(ORDER, _p[1:], strict=True))

# phone-shaped digit groups: # a digit, N a digit 1-9
SHAPES = [
    "0#### ######",
    "N## ### ###",
    "0## ## ## ###",
    "N#.##.##.##",
    "0###-######",
    "N# ### ## ##",
    "(0#) ####-####",
    "N###/#####",
    "0#-####-####",
    "N### ## ## ##",
]
# label forms: label on the same line, or on the line above / below
FORMS = {
    "equals": "{L} = {V}",
    "arrow": "{L} → {V}",
    "guillemet": "{L} » {V}",
    "bracketed": "[{L}: {V}]",
    "slash": "{L} / {V}",
    "above_indented": "{L}:\n    {V}",
    "below_dashes": "{V}\n– {L} –",
    "angle_after": "{V} ‹{L}›",
}


def fill(rng, shape):
    out = ""
    for ch in shape:
        if ch == "#":
            out += rng.choice("0123456789")
        elif ch == "N":
            out += rng.choice("123456789")
        else:
            out += ch
    return out


def labelled(rng, kind, lang, form):
    label = LABELLED[kind]["en" if lang == "hg" else lang]
    return FORMS[form].format(L=label, V=fill(rng, rng.choice(SHAPES)))
