"""Labelled hard negatives: phone-shaped identifiers under a label saying what they are."""
# ruff: noqa: E501
# (long literal lines of document text, kept whole so that the data reads as written)

# '#' any digit, 'N' a digit 1-9; none is a 3-2-4 shape, none has four dotted parts or 13+ digits
SHAPES = [
    "0## ### ## ##",
    "N###-###-###",
    "0###/### ###",
    "N## ## ## ###",
    "0#-## ## ## ##",
    "(0####) ####",
    "N##-####-##",
    "0### ### ####",
    "N# #### ####",
    "0## / #### ###",
    "N###.######",
    "0#### ## ###",
]

# forms; three put the label on another line
FORMS = {
    "plain_space": "{L} {V}",
    "colon_tight": "{L}:{V}",
    "paren_label": "{V} ({l})",
    "hash_before": "{L} #{V}",
    "pipe": "{L} | {V}",
    "above_plain": "{L}\n{V}",
    "above_rule": "{L}\n{R}\n{V}",
    "below_paren": "{V}\n({l})",
}

# key | English | German | French | Spanish | Italian | Dutch | Portuguese | Hindi
KINDS_RAW = """\
library_card|Library card no.|Bibliotheksausweis-Nr.|N° de carte de bibliothèque|N.º de carné de biblioteca|N. tessera biblioteca|Bibliotheekpasnummer|Nº da carteirinha da biblioteca|पुस्तकालय कार्ड संख्या
gym_member|Gym membership no.|Mitgliedsnr. Fitnessstudio|N° d'adhérent salle de sport|N.º de socio del gimnasio|N. iscrizione palestra|Lidnummer sportschool|Matrícula da academia|जिम सदस्यता संख्या
tax_ref|Tax reference|Steuernummer|Numéro fiscal|Referencia fiscal|Codice pratica fiscale|Fiscaal kenmerk|Referência fiscal|कर संदर्भ संख्या
pension_no|Pension scheme no.|Rentenversicherungs-Az.|N° de dossier retraite|N.º de expediente de pensión|N. posizione pensionistica|Pensioennummer|Nº do benefício previdenciário|पेंशन खाता संख्या
policy_no|Insurance policy no.|Versicherungsschein-Nr.|N° de police d'assurance|N.º de póliza|N. polizza|Polisnummer|Nº da apólice|बीमा पॉलिसी संख्या
claim_no|Car insurance claim|Schadennummer Kfz|N° de sinistre auto|N.º de siniestro|N. sinistro auto|Schadenummer auto|Nº do sinistro|वाहन दावा संख्या
water_meter|Water meter no.|Wasserzähler-Nr.|N° de compteur d'eau|N.º de contador de agua|Matricola contatore acqua|Watermeternummer|Nº do hidrômetro|पानी मीटर संख्या
gas_meter|Gas meter no.|Gaszähler-Nr.|N° de compteur de gaz|N.º de contador de gas|Matricola contatore gas|Gasmeternummer|Nº do medidor de gás|गैस मीटर संख्या
train_ticket|Train ticket no.|Fahrkarten-Nr.|N° de billet de train|N.º de billete de tren|N. biglietto treno|Treinkaartnummer|Nº da passagem de trem|रेल टिकट संख्या
hotel_booking|Hotel reservation no.|Hotel-Buchungsnr.|N° de réservation d'hôtel|N.º de reserva del hotel|N. prenotazione albergo|Hotelreserveringsnummer|Nº da reserva do hotel|होटल बुकिंग संख्या
loan_no|Loan agreement no.|Kreditvertrag-Nr.|N° de contrat de prêt|N.º de contrato de préstamo|N. contratto di finanziamento|Leningovereenkomst nr.|Nº do contrato de empréstimo|ऋण अनुबंध संख्या
mortgage_ref|Mortgage ref.|Darlehenskonto Baufinanzierung|Réf. prêt immobilier|Ref. hipoteca|Rif. mutuo|Hypotheeknummer|Ref. do financiamento imobiliário|गृह ऋण संदर्भ
utility_acct|Council tax account|Kassenzeichen Grundsteuer|N° avis taxe foncière|Ref. recibo IBI|Codice avviso TARI|Aanslagnummer WOZ|Inscrição do IPTU|संपत्ति कर खाता
boiler_serial|Boiler serial no.|Seriennr. Heizkessel|N° de série chaudière|N.º de serie de la caldera|Matricola caldaia|Serienummer cv-ketel|Nº de série do aquecedor|बॉयलर क्रमांक
inverter_serial|Solar inverter serial|Seriennr. Wechselrichter|N° de série onduleur|N.º de serie del inversor|Matricola inverter|Serienummer omvormer|Nº de série do inversor|सोलर इन्वर्टर क्रमांक
washer_serial|Washing machine serial|Seriennr. Waschmaschine|N° de série lave-linge|N.º de serie de la lavadora|Matricola lavatrice|Serienummer wasmachine|Nº de série da lavadora|वॉशिंग मशीन क्रमांक
ebike_battery|E-bike battery no.|Akku-Nr. E-Bike|N° de batterie VAE|N.º de batería de la bici|N. batteria e-bike|Accunummer e-bike|Nº da bateria da bike|ई-बाइक बैटरी संख्या
smoke_batch|Smoke alarm batch|Charge Rauchmelder|Lot détecteur de fumée|Lote del detector de humo|Lotto rilevatore di fumo|Partij rookmelder|Lote do detector de fumaça|स्मोक अलार्म बैच
pharma_code|Pharmacy product code|PZN|Code CIP|Código nacional del medicamento|Codice AIC|Z-indexnummer|Código do medicamento|दवा उत्पाद कोड
donor_no|Blood donor no.|Blutspender-Nr.|N° de donneur de sang|N.º de donante|N. donatore AVIS|Donornummer|Nº de doador|रक्तदाता संख्या
vaccine_batch|Vaccine batch|Impfstoff-Charge|Lot du vaccin|Lote de la vacuna|Lotto del vaccino|Batchnummer vaccin|Lote da vacina|टीका बैच
dental_patient|Dental patient no.|Patienten-Nr. Zahnarzt|N° patient dentiste|N.º de paciente del dentista|N. paziente dentista|Patiëntnummer tandarts|Nº do paciente no dentista|दंत रोगी संख्या
hospital_case|Hospital case no.|Fallnummer Klinik|N° de dossier hospitalier|N.º de historia clínica|N. cartella clinica|Opnamenummer ziekenhuis|Nº do prontuário|अस्पताल केस संख्या
police_report|Police report no.|Vorgangsnummer Polizei|N° de procès-verbal|N.º de atestado|N. denuncia|Proces-verbaalnummer|Nº do boletim de ocorrência|पुलिस रिपोर्ट संख्या
fine_notice|Penalty notice no.|Aktenzeichen Bußgeld|N° d'avis de contravention|N.º de expediente de multa|N. verbale multa|CJIB-nummer|Nº do auto de infração|जुर्माना नोटिस संख्या
parking_permit|Parking permit no.|Anwohnerparkausweis-Nr.|N° de macaron résident|N.º de tarjeta de residente|N. permesso ZTL|Parkeervergunning nr.|Nº da credencial de estacionamento|पार्किंग परमिट संख्या
building_permit|Building permit no.|Baugenehmigung Az.|N° de permis de construire|N.º de licencia de obra|N. permesso di costruire|Omgevingsvergunning nr.|Nº do alvará de construção|भवन अनुमति संख्या
dog_tag|Dog licence tag|Hundemarke Nr.|N° de médaille du chien|N.º de licencia del perro|N. iscrizione anagrafe canina|Hondenpenning nr.|Nº do registro do cão|कुत्ता लाइसेंस टैग
horse_passport|Horse passport no.|Equidenpass-Nr.|N° de livret du cheval|N.º de pasaporte equino|N. passaporto equino|Paardenpaspoort nr.|Nº do passaporte equino|घोड़ा पासपोर्ट संख्या
hive_reg|Beehive registration|Bienenstand-Registriernr.|N° d'apiculteur|N.º de registro apícola|Codice apiario|Registratienummer bijenstand|Registro do apiário|मधुमक्खी छत्ता पंजीकरण
club_member|Sports club member no.|Vereins-Mitgliedsnr.|N° de licence du club|N.º de ficha del club|N. tessera società sportiva|Bondsnummer|Nº de sócio do clube|खेल क्लब सदस्य संख्या
referee_licence|Referee licence no.|Schiedsrichterausweis-Nr.|N° de licence d'arbitre|N.º de licencia de árbitro|N. tessera arbitro|Scheidsrechterspas nr.|Nº da carteira de árbitro|रेफ़री लाइसेंस संख्या
exam_candidate|Exam candidate no.|Prüfungsnummer|N° de candidat|N.º de candidato|N. candidato esame|Examennummer|Nº de inscrição no exame|परीक्षा अनुक्रमांक
student_id|Student ID|Matrikelnummer|N° d'étudiant|N.º de expediente académico|N. matricola|Studentnummer|Nº de matrícula|छात्र पहचान संख्या
patent_app|Patent application no.|Patentanmeldung Az.|N° de demande de brevet|N.º de solicitud de patente|N. domanda di brevetto|Octrooiaanvraag nr.|Nº do pedido de patente|पेटेंट आवेदन संख्या
company_reg|Company registration no.|Handelsregister-Nr.|N° SIREN|N.º de registro mercantil|N. REA|KvK-nummer|Nº de registro na junta comercial|कंपनी पंजीकरण संख्या
purchase_order|Purchase order no.|Bestellnummer|N° de bon de commande|N.º de pedido|N. ordine d'acquisto|Inkoopordernummer|Nº do pedido de compra|क्रय आदेश संख्या
delivery_note|Delivery note no.|Lieferschein-Nr.|N° de bon de livraison|N.º de albarán|N. documento di trasporto|Pakbonnummer|Nº da nota de entrega|डिलीवरी नोट संख्या
credit_note|Credit note no.|Gutschrift-Nr.|N° d'avoir|N.º de abono|N. nota di credito|Creditnotanummer|Nº da nota de crédito|क्रेडिट नोट संख्या
cheque_no|Cheque no.|Scheck-Nr.|N° de chèque|N.º de cheque|N. assegno|Chequenummer|Nº do cheque|चेक संख्या
concert_ticket|Concert ticket code|Ticketcode Konzert|Code du billet de concert|Código de la entrada|Codice biglietto concerto|Ticketcode concert|Código do ingresso|कॉन्सर्ट टिकट कोड
cinema_booking|Cinema booking ref.|Kino-Reservierungsnr.|Réf. réservation cinéma|Ref. reserva del cine|Codice prenotazione cinema|Reserveringscode bioscoop|Código da reserva do cinema|सिनेमा बुकिंग संदर्भ
theatre_sub|Theatre season ticket no.|Theater-Abo-Nr.|N° d'abonnement au théâtre|N.º de abono del teatro|N. abbonamento teatro|Abonnementsnummer theater|Nº da assinatura do teatro|थिएटर सदस्यता संख्या
ferry_booking|Ferry booking no.|Fähr-Buchungsnr.|N° de réservation ferry|N.º de reserva del ferri|N. prenotazione traghetto|Boekingsnummer veerboot|Nº da reserva da balsa|फ़ेरी बुकिंग संख्या
car_rental|Car rental agreement|Mietvertrag-Nr. Mietwagen|N° de contrat de location|N.º de contrato de alquiler|N. contratto di noleggio|Huurovereenkomst auto|Nº do contrato de locação|कार किराया अनुबंध
bike_share|Bike share account|Kundennr. Leihrad|N° de compte vélo en libre-service|N.º de abonado BiciMAD|N. utente bike sharing|Klantnummer deelfiets|Nº da conta da bike compartilhada|बाइक शेयर खाता
locker_code|Left-luggage locker code|Schließfach-Code|Code consigne|Código de la taquilla|Codice armadietto|Code bagagekluis|Código do guarda-volumes|लॉकर कोड
archive_shelf|Archive shelf mark|Archivsignatur|Cote d'archive|Signatura de archivo|Segnatura d'archivio|Archiefsignatuur|Cota do arquivo|अभिलेख संख्या
"""
LANG_INDEX = {"en": 1, "hg": 1, "de": 2, "fr": 3, "es": 4, "it": 5, "nl": 6, "pt": 7, "hi": 8}
KINDS = {row.split("|")[0]: row.split("|") for row in KINDS_RAW.strip().splitlines()}


def shape_value(rng, shape):
    out = []
    for ch in shape:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randrange(1, 10)))
        else:
            out.append(ch)
    return "".join(out)


def labelled(rng, kind, lang, form):
    lab = KINDS[kind][LANG_INDEX[lang]]
    val = shape_value(rng, rng.choice(SHAPES))
    return FORMS[form].format(L=lab, l=lab, V=val, R="-" * len(lab))
