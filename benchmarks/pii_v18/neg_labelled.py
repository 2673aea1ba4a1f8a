"""Labelled hard negatives for v18: phone-shaped identifiers under a label saying what they are."""

# key|English|German|French|Spanish|Italian|Dutch|Portuguese|Hindi
_ROWS = """\
boiler_serial|Boiler serial|Kesselseriennummer|N° de série de la chaudière|
N.º de serie de la caldera|Matricola caldaia|Serienummer ketel|N.º de série da caldeira|
बॉयलर सीरियल नंबर
solar_inverter|Solar inverter ID|Wechselrichter-ID|ID de l'onduleur|ID del inversor solar|
ID inverter|Omvormer-ID|ID do inversor|इन्वर्टर आईडी
heat_pump|Heat pump install ref.|Wärmepumpe Auftragsnr.|Réf. pompe à chaleur|Ref. bomba de calor|
Rif. pompa di calore|Ref. warmtepomp|Ref. bomba de calor|हीट पंप संदर्भ
mortgage_ref|Mortgage account|Baufinanzierung Kontonr.|Prêt immobilier n°|Hipoteca n.º|Mutuo n.|
Hypotheeknummer|Financiamento n.º|गृह ऋण खाता
car_loan|Car finance agreement|Autokredit Vertragsnr.|Crédit auto n°|Préstamo coche n.º|
Finanziamento auto n.|Autolening nr.|Financiamento do carro|कार ऋण अनुबंध
tax_ref|Tax reference|Steuernummer|Numéro fiscal|Referencia de Hacienda|Protocollo Agenzia Entrate|
Aanslagnummer|Protocolo da Receita|कर संदर्भ
council_tax|Council tax account|Grundsteuer Kassenzeichen|Taxe foncière réf.|Recibo IBI ref.|
Codice IMU|Gemeentebelasting nr.|Inscrição IPTU|संपत्ति कर खाता
dental_patient|Dental patient no.|Zahnarzt Patientennr.|Dossier dentiste n°|Historia dental n.º|
Cartella dentista n.|Patiëntnr. tandarts|Ficha do dentista|दंत रोगी संख्या
optician|Optician record|Optiker Kundennr.|Fiche opticien|Ficha óptica|Scheda ottico|
Klantnr. opticien|Ficha da ótica|चश्मा दुकान रिकॉर्ड
vaccination|Vaccination batch|Impfcharge|Lot de vaccin|Lote de vacuna|Lotto vaccino|Vaccinbatch|
Lote da vacina|टीका बैच
blood_donor|Blood donor no.|Blutspendeausweis|N° donneur de sang|N.º donante de sangre|
Tessera donatore|Donornummer|Carteira de doador|रक्तदाता संख्या
library_card|Library card|Bibliotheksausweis|Carte de bibliothèque|Carné de biblioteca|
Tessera biblioteca|Bibliotheekpas|Carteirinha da biblioteca|पुस्तकालय कार्ड
gym_member|Gym membership|Fitnessstudio Mitgliedsnr.|Abonnement salle de sport|Socio del gimnasio|
Tessera palestra|Lidnummer sportschool|Matrícula da academia|जिम सदस्यता
season_ticket|Season ticket|Dauerkarte|Abonnement saison|Abono de temporada|Abbonamento stagionale|
Seizoenkaart|Carnê da temporada|सीज़न टिकट
rail_card|Railcard no.|BahnCard-Nr.|Carte Avantage n°|Tarjeta Dorada n.º|Carta Freccia n.|
OV-abonnement nr.|Bilhete único n.º|रेल पास संख्या
toll_tag|Toll tag ID|Mautbox-ID|Badge télépéage|Vía-T n.º|Telepass n.|Tolbadge|Tag do pedágio|
टोल टैग आईडी
vehicle_vin|Chassis no. (last digits)|Fahrgestellnr. (Ende)|N° de châssis (fin)|
N.º de bastidor (final)|N. telaio (finale)|Chassisnr. (eind)|N.º do chassi (final)|चेसिस संख्या
pet_chip|Pet microchip (part)|Tierchip (Teil)|Puce du chien (partie)|Microchip del perro (parte)|
Microchip del cane (parte)|Chip van de hond (deel)|Microchip do cão (parte)|पालतू चिप
allotment_plot|Allotment tenancy no.|Pachtvertrag Parzelle|Bail jardin familial|Contrato huerto|
Contratto orto|Huurcontract tuin|Contrato da horta|बगीचा पट्टा
locker_key|Locker key code|Schlüsselcode Spind|Code clé casier|Código llave taquilla|
Codice chiave armadietto|Sleutelcode kluisje|Código da chave do armário|लॉकर चाबी कोड
alarm_code|Alarm panel serial|Alarmanlage Seriennr.|Centrale d'alarme n°|Central de alarma n.º|
Centralina allarme n.|Alarmpaneel serienr.|Central de alarme n.º|अलार्म पैनल सीरियल
meter_point|Electricity meter point|Zählpunkt|Point de livraison|CUPS (parte)|POD (parte)|
EAN-code meter (deel)|Unidade consumidora|बिजली मीटर बिंदु
water_meter|Water meter (new)|Wasseruhr (neu)|Compteur d'eau (neuf)|Contador de agua (nuevo)|
Contatore acqua (nuovo)|Watermeter (nieuw)|Hidrômetro (novo)|नया पानी मीटर
phone_contract|Mobile contract no.|Mobilfunkvertrag Nr.|Contrat mobile n°|Contrato móvil n.º|
Contratto telefonico n.|Abonnementsnr. mobiel|Contrato do celular|मोबाइल अनुबंध संख्या
sim_serial|SIM serial (short)|SIM-Seriennr. (kurz)|N° SIM (court)|N.º SIM (corto)|
Seriale SIM (breve)|SIM-serienr. (kort)|Série do chip (curto)|सिम सीरियल
repair_ticket|Repair ticket|Reparaturauftrag|Bon de réparation|Orden de reparación|
Scheda riparazione|Reparatiebon|Ordem de serviço|मरम्मत टिकट
support_case|Support case no.|Support-Fall Nr.|Dossier SAV n°|Incidencia n.º|Pratica assistenza n.|
Supportcase nr.|Protocolo de atendimento|सहायता मामला संख्या
hotel_booking|Hotel booking ref.|Hotelbuchung Nr.|Réservation hôtel n°|Reserva hotel n.º|
Prenotazione hotel n.|Hotelboeking nr.|Reserva do hotel|होटल बुकिंग
ferry_booking|Ferry booking|Fährbuchung|Réservation ferry|Reserva ferry|Prenotazione traghetto|
Veerbootboeking|Reserva da balsa|फ़ेरी बुकिंग
flight_pnr|Frequent flyer no.|Vielfliegernr.|N° grand voyageur|N.º viajero frecuente|
Codice MilleMiglia|Frequent flyer nr.|N.º fidelidade aérea|फ़्रीक्वेंट फ़्लायर संख्या
concert_ticket|Concert ticket no.|Konzertkarte Nr.|Billet de concert n°|Entrada concierto n.º|
Biglietto concerto n.|Concertkaart nr.|Ingresso do show|कॉन्सर्ट टिकट
theatre_seat|Theatre booking no.|Theaterkarte Vorgang|Réservation théâtre n°|Reserva teatro n.º|
Prenotazione teatro n.|Theaterreservering|Reserva do teatro|थिएटर बुकिंग
pharmacy|Pharmacy customer no.|Apotheke Kundennr.|Pharmacie client n°|Farmacia cliente n.º|
Farmacia cliente n.|Apotheek klantnr.|Farmácia cliente n.º|फ़ार्मेसी ग्राहक संख्या
insurance_car|Car insurance policy|Kfz-Versicherungsschein|Assurance auto contrat|Póliza del coche|
Polizza auto|Polis autoverzekering|Apólice do carro|कार बीमा पॉलिसी
travel_insurance|Travel insurance policy|Reiseversicherung Nr.|Assurance voyage n°|
Seguro de viaje n.º|Assicurazione viaggio n.|Reisverzekering nr.|Seguro viagem n.º|यात्रा बीमा
pension_fund|Pension fund member no.|Pensionskasse Mitgliedsnr.|Caisse de retraite n°|
Plan de pensiones n.º|Fondo pensione n.|Pensioenfonds nr.|Previdência n.º|पेंशन फ़ंड सदस्य
union_member|Union membership|Gewerkschaftsmitglied Nr.|Adhérent syndicat n°|Afiliado sindicato n.º|
Tessera sindacale|Lidnummer vakbond|Filiação sindical|यूनियन सदस्यता
school_exam|Exam candidate no.|Prüfungsnummer|N° candidat|N.º de opositor|Numero candidato|
Examennummer|Inscrição no vestibular|परीक्षा अनुक्रमांक
uni_enrol|University enrolment|Matrikelnummer|N° étudiant|N.º expediente|Matricola universitaria|
Studentnummer|Matrícula da faculdade|विश्वविद्यालय नामांकन
course_booking|Course booking ref.|Kursbuchung Nr.|Inscription stage n°|Inscripción curso n.º|
Iscrizione corso n.|Cursusinschrijving|Inscrição do curso|पाठ्यक्रम बुकिंग
grant_ref|Grant application ref.|Förderantrag Az.|Dossier subvention n°|Solicitud subvención n.º|
Domanda contributo n.|Subsidieaanvraag nr.|Pedido de verba n.º|अनुदान आवेदन
planning_app|Planning application|Bauantrag Az.|Permis de construire n°|Licencia de obra n.º|
Pratica edilizia n.|Omgevingsvergunning nr.|Alvará de obra n.º|भवन अनुमति आवेदन
fine_notice|Parking fine notice|Bußgeldbescheid Az.|Avis de contravention n°|
Multa de aparcamiento n.º|Verbale multa n.|Parkeerboete nr.|Multa de estacionamento|पार्किंग चालान
crate_deposit|Deposit crate receipt|Pfandbon|Ticket de consigne|Vale de envases|Scontrino vuoti|
Statiegeldbon|Vale de vasilhame|जमा रसीद
lottery_slip|Lottery slip serial|Lottoschein Nr.|Bulletin loto n°|Boleto lotería n.º|Schedina n.|
Lotnummer loterij|Volante da loteria|लॉटरी पर्ची
gift_card|Gift card serial|Gutscheinkarte Nr.|Carte cadeau n°|Tarjeta regalo n.º|Carta regalo n.|
Cadeaukaart nr.|Vale-presente n.º|उपहार कार्ड
member_club|Ramblers' club member|Wanderverein Mitgliedsnr.|Club de randonnée n°|
Club de senderismo n.º|CAI tessera n.|Wandelclub lidnr.|Clube de trilhas n.º|ट्रैकिंग क्लब सदस्य
organ_donor|Organ donor register|Organspendeausweis|Registre des donneurs|Tarjeta de donante|
Tessera AIDO|Donorregister nr.|Registro de doador|अंगदान पंजीकरण
firewood|Firewood order no.|Brennholz Bestellnr.|Commande bois de chauffage|Pedido de leña n.º|
Ordine legna n.|Bestelling haardhout|Pedido de lenha|लकड़ी ऑर्डर संख्या
kitchen_order|Kitchen fitter order|Küchenauftrag|Commande cuisine n°|Pedido cocina n.º|
Ordine cucina n.|Keukenorder|Pedido da cozinha|रसोई ऑर्डर"""

LANG_COL = {"en": 1, "hg": 1, "de": 2, "fr": 3, "es": 4, "it": 5, "nl": 6, "pt": 7, "hi": 8}
KINDS = [row.split("|") for row in _ROWS.replace("|\n", "|").splitlines()]

# phone-shaped digit patterns: '#' any digit, 'N' a digit 1-9
SHAPES = [
    "0### ### ###",
    "N## ## ## ##",
    "0##-###-####",
    "(0###) ######",
    "0## / ### ## ##",
    "N#-##-##-##",
    "0#### ### ###",
    "N### ### ###",
    "0# ## ## ## ##",
    "N## ### ####",
    "0###/## ## ##",
    "N##-####-###",
]

# forms: {L} label, {V} value; label above/below for some
FORMS = {
    "colon": "{L}: {V}",
    "paren_value": "{L} ({V})",
    "value_paren": "{V} ({L})",
    "pipe": "{L} | {V}",
    "tab": "{L}\t{V}",
    "above_plain": "{L}\n{V}",
    "above_blank": "{L}\n\n{V}",
    "below_paren": "{V}\n({L})",
}


def fill_shape(rng, shape):
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice("123456789") if c == "N" else c for c in shape
    )


def labelled(rng, kind_row, lang):
    """One labelled negative: (form name, text)."""
    label = kind_row[LANG_COL[lang]]
    form = rng.choice(sorted(FORMS))
    value = fill_shape(rng, rng.choice(SHAPES))
    return form, FORMS[form].format(L=label, V=value)
