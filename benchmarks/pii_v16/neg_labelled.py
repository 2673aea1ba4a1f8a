"""Hard negatives of v16: phone-shaped identifiers under a label that says what they are, in the
document's language (en|hi|de|fr|es|it|nl|pt; Hinglish takes English). None of v15's kinds."""

# shape letters: '#' any digit, 'N' a digit 1-9, anything else literal
SHAPES = {
    "A": "0### ### ####",
    "B": "N## ### ####",
    "C": "N###-###-###",
    "D": "0N ## ## ## ##",
    "E": "N## ## ## ##",
    "F": "0###/######",
    "G": "N#### #####",
    "H": "0## #### ####",
    "I": "N### ######",
    "J": "N########",
    "K": "N##########",
    "L": "##-####-####",
    "M": "N##.###.####",
    "O": "(0##) ### ## ##",
    "P": "N### ### ###",
    "Q": "0#### ######",
    "R": "N## ### ## ##",
    "S": "N###-####",
    "T": "N## #### ####",
    "U": "0N-##-##-##-##",
}

KINDS = [
    (
        "click_collect_order",
        "AJ",
        "Click & collect order|क्लिक एंड कलेक्ट ऑर्डर|Click-&-Collect-Bestellung|Commande drive|"
        "Pedido de recogida en tienda|Ordine ritiro in negozio|Afhaalbestelling|Pedido retirar na loja",
    ),
    (
        "furniture_delivery",
        "BC",
        "Furniture delivery order|फ़र्नीचर डिलीवरी ऑर्डर|Möbellieferung Auftrag|"
        "Commande de livraison de meubles|Pedido de entrega de muebles|Ordine consegna mobili|"
        "Meubellevering order|"
        "Pedido de entrega dos móveis",
    ),
    (
        "return_label",
        "KT",
        "Return parcel label|वापसी पार्सल लेबल|Retourenaufkleber|Étiquette de retour|"
        "Etiqueta de devolución|Etichetta di reso|Retourlabel|Etiqueta de devolução",
    ),
    (
        "freight_consignment",
        "IQ",
        "Pallet consignment|पैलेट खेप संख्या|Palettensendung|Expédition palette|"
        "Envío de palé|Spedizione pallet|Palletzending|Remessa de palete",
    ),
    (
        "breakdown_case",
        "BS",
        "Breakdown assistance case|रोडसाइड सहायता केस|Pannenhilfe Fallnummer|"
        "Dossier dépannage|Expediente de asistencia en carretera|Pratica soccorso stradale|Pechhulp dossier|"
        "Protocolo do guincho",
    ),
    (
        "laptop_repair",
        "CR",
        "Laptop repair job|लैपटॉप रिपेयर जॉब|Reparaturauftrag Laptop|Réparation ordinateur n°|"
        "Orden de reparación del portátil|Riparazione portatile n.|Reparatie laptop|OS conserto do notebook",
    ),
    (
        "screen_repair",
        "ES",
        "Phone screen repair ticket|स्क्रीन रिपेयर टिकट|Displayreparatur Auftrag|"
        "Réparation écran n°|Resguardo reparación pantalla|Ricevuta riparazione schermo|Schermreparatie bon|"
        "Recibo troca de tela",
    ),
    (
        "mobile_contract",
        "GB",
        "Mobile contract account|मोबाइल कॉन्ट्रैक्ट खाता|Kundenkonto Mobilfunkvertrag|"
        "Compte contrat mobile|Cuenta del contrato móvil|Conto contratto telefonico|Klantnummer abonnement|"
        "Conta do plano de celular",
    ),
    (
        "library_card",
        "JP",
        "Library card|लाइब्रेरी कार्ड|Bibliotheksausweis|Carte de bibliothèque|"
        "Carné de la biblioteca|Tessera della biblioteca|Bibliotheekpas|Carteirinha da biblioteca",
    ),
    (
        "gym_membership",
        "IE",
        "Gym membership|जिम सदस्यता|Mitgliedsnummer Fitnessstudio|Abonnement salle de sport|"
        "Socio del gimnasio|Abbonamento palestra|Lidmaatschap sportschool|Matrícula da academia",
    ),
    (
        "credit_union",
        "PJ",
        "Credit union member|क्रेडिट यूनियन सदस्य|Genossenschaftsmitglied|Sociétaire caisse locale|"
        "Socio de la cooperativa de crédito|Socio della cassa rurale|Lid coöperatieve kas|"
        "Associado da cooperativa",
    ),
    (
        "ferry_booking",
        "TA",
        "Ferry booking|फ़ेरी बुकिंग|Fährbuchung|Réservation ferry|Reserva del ferry|"
        "Prenotazione traghetto|Veerbootboeking|Reserva da balsa",
    ),
    (
        "campsite_booking",
        "RE",
        "Campsite booking|कैंपसाइट बुकिंग|Campingplatz-Buchung|Réservation camping|"
        "Reserva del camping|Prenotazione campeggio|Boeking camping|Reserva do camping",
    ),
    (
        "hotel_reservation",
        "BI",
        "Hotel reservation|होटल आरक्षण|Hotelreservierung|Réservation hôtel|"
        "Reserva de hotel|Prenotazione albergo|Hotelreservering|Reserva do hotel",
    ),
    (
        "train_booking",
        "KC",
        "Train booking ref.|ट्रेन बुकिंग संदर्भ|Bahn-Auftragsnummer|Dossier voyage train|"
        "Localizador del tren|Codice prenotazione treno|Boekingsnummer trein|Localizador da passagem de trem",
    ),
    (
        "concert_barcode",
        "PT",
        "Concert ticket barcode|कॉन्सर्ट टिकट बारकोड|Barcode Konzertkarte|"
        "Code-barres billet concert|Código de barras de la entrada|Codice a barre biglietto|"
        "Barcode concertkaartje|"
        "Código de barras do ingresso",
    ),
    (
        "boiler_serial",
        "IL",
        "Boiler serial no.|बॉयलर सीरियल नंबर|Seriennummer Heizkessel|N° de série chaudière|"
        "N.º de serie de la caldera|Matricola caldaia|Serienummer cv-ketel|N.º de série do aquecedor",
    ),
    (
        "fridge_serial",
        "KL",
        "Fridge serial|फ़्रिज सीरियल|Seriennummer Kühlschrank|N° de série frigo|"
        "Serie del frigorífico|Matricola frigorifero|Serienummer koelkast|Série da geladeira",
    ),
    (
        "ebike_battery",
        "CP",
        "E-bike battery serial|ई-बाइक बैटरी सीरियल|Akku-Seriennummer E-Bike|"
        "Batterie VAE n° de série|Serie de la batería de la bici|Matricola batteria e-bike|Accunummer e-bike|"
        "Série da bateria da bike",
    ),
    (
        "inverter_serial",
        "JG",
        "Solar inverter serial|सोलर इन्वर्टर सीरियल|Wechselrichter Seriennummer|"
        "Onduleur solaire n° de série|Serie del inversor solar|Matricola inverter|Serienummer omvormer|"
        "Série do inversor solar",
    ),
    (
        "smoke_alarm",
        "SE",
        "Smoke alarm serial|स्मोक अलार्म सीरियल|Rauchmelder Seriennr.|Détecteur de fumée n°|"
        "Detector de humo n.º|Rilevatore di fumo n.|Rookmelder serienr.|Detector de fumaça n.º",
    ),
    (
        "vehicle_document",
        "KI",
        "Vehicle document no.|वाहन दस्तावेज़ संख्या|Zulassungsbescheinigung Nr.|"
        "Certificat d'immatriculation n°|Permiso de circulación n.º|Libretto di circolazione n.|"
        "Kentekenbewijs documentnr.|Documento do veículo n.º",
    ),
    (
        "roadworthiness",
        "TR",
        "MOT test number|फ़िटनेस प्रमाणपत्र संख्या|TÜV-Prüfbericht Nr.|Contrôle technique n°|"
        "Informe ITV n.º|Revisione n.|APK-keuringsnummer|Laudo de vistoria n.º",
    ),
    (
        "planning_application",
        "LC",
        "Planning application ref.|नक्शा स्वीकृति आवेदन|Bauantrag Aktenzeichen|"
        "Permis de construire n°|Solicitud de licencia de obra|Pratica edilizia n.|"
        "Omgevingsvergunning aanvraag|"
        "Processo do alvará de obra",
    ),
    (
        "building_permit",
        "FO",
        "Building permit|भवन अनुमति पत्र|Baugenehmigung Nr.|Autorisation de travaux|"
        "Licencia de obra menor|Permesso di costruire|Bouwvergunning|Alvará de construção",
    ),
    (
        "exam_candidate",
        "JR",
        "Exam candidate no.|परीक्षा अनुक्रमांक|Prüfungsnummer|N° de candidat|"
        "N.º de opositor|Numero candidato esame|Kandidaatnummer examen|Número de inscrição da prova",
    ),
    (
        "gp_referral",
        "BT",
        "GP referral no.|रेफ़रल संख्या|Überweisungsschein Nr.|Bon d'orientation n°|"
        "Volante de derivación n.º|Impegnativa n.|Verwijzing huisarts|Guia de encaminhamento",
    ),
    (
        "dental_plan",
        "EP",
        "Dental treatment plan|दंत उपचार योजना|Heil- und Kostenplan|Devis dentaire n°|"
        "Presupuesto dental n.º|Preventivo dentistico n.|Behandelplan tandarts|Orçamento do dentista",
    ),
    (
        "glasses_order",
        "CJ",
        "Glasses order|चश्मा ऑर्डर|Brillenauftrag|Commande lunettes|Encargo de gafas|"
        "Ordine occhiali|Brillenbestelling|Pedido dos óculos",
    ),
    (
        "pharmacy_slip",
        "SI",
        "Pharmacy collection slip|फ़ार्मेसी पर्ची|Abholschein Apotheke|Bon pharmacie|"
        "Resguardo de farmacia|Ricevuta farmacia|Afhaalbon apotheek|Comprovante da farmácia",
    ),
    (
        "child_benefit",
        "HK",
        "Child benefit ref.|बाल लाभ संदर्भ|Kindergeldnummer|N° allocataire CAF|"
        "Expediente ayuda por hijo|Pratica assegno unico|Kinderbijslag dossier|Protocolo do salário-família",
    ),
    (
        "electricity_contract",
        "QB",
        "Electricity supply contract|बिजली आपूर्ति अनुबंध|Stromliefervertrag|"
        "Contrat d'électricité|Contrato de suministro eléctrico|Contratto luce|Leveringsovereenkomst stroom|"
        "Contrato de energia",
    ),
    (
        "heating_oil",
        "IR",
        "Heating oil delivery note|तेल डिलीवरी नोट|Heizöl-Lieferschein|Bon de livraison fioul|"
        "Albarán del gasóleo|Bolla gasolio|Afleverbon huisbrandolie|Nota de entrega do óleo",
    ),
    (
        "scaffold_hire",
        "LB",
        "Scaffolding hire contract|मचान किराया अनुबंध|Gerüstmietvertrag|Location d'échafaudage|"
        "Alquiler de andamio|Noleggio ponteggio|Steigerhuur contract|Aluguel de andaime",
    ),
    (
        "skip_hire",
        "SG",
        "Skip hire booking|कचरा कंटेनर बुकिंग|Containerbestellung|Location de benne|"
        "Alquiler de contenedor|Noleggio cassone|Containerhuur|Aluguel de caçamba",
    ),
    (
        "tool_hire",
        "CE",
        "Tool hire agreement|औज़ार किराया अनुबंध|Werkzeugmiete Vertrag|Location d'outillage|"
        "Alquiler de herramientas|Noleggio attrezzi|Gereedschapsverhuur|Aluguel de ferramentas",
    ),
    (
        "dog_tag",
        "JS",
        "Dog licence tag|कुत्ता लाइसेंस टैग|Hundesteuermarke|Médaille chien n°|"
        "Chapa del perro n.º|Medaglietta cane n.|Hondenpenning|Plaquinha do cachorro",
    ),
    (
        "horse_passport",
        "KP",
        "Horse passport|घोड़ा पासपोर्ट|Equidenpass|Livret du cheval|Pasaporte equino|"
        "Passaporto equino|Paardenpaspoort|Passaporte equino",
    ),
    (
        "allotment_lease",
        "ST",
        "Allotment plot lease|प्लॉट पट्टा संख्या|Pachtvertrag Parzelle|Bail jardin familial|"
        "Arriendo del huerto|Contratto orto|Huurcontract volkstuin|Contrato da horta",
    ),
    (
        "burial_plot",
        "RE",
        "Burial plot|समाधि स्थल संख्या|Grabstelle|Concession funéraire|Sepultura n.º|"
        "Loculo n.|Grafnummer|Jazigo n.º",
    ),
    (
        "standing_order",
        "GQ",
        "Standing order ref.|स्थायी निर्देश संदर्भ|Dauerauftrag Referenz|Virement permanent réf.|"
        "Orden permanente ref.|Bonifico periodico rif.|Periodieke overboeking|Débito programado ref.",
    ),
    (
        "dd_mandate",
        "KA",
        "Direct debit mandate|ऑटो डेबिट मैंडेट|Mandatsreferenz|Référence de mandat|"
        "Referencia del mandato|Riferimento mandato SDD|Machtigingskenmerk|"
        "Referência da autorização de débito",
    ),
    (
        "savings_club",
        "JE",
        "Christmas savings club card|बचत समूह कार्ड|Sparclub-Fach|Carnet d'épargne du club|"
        "Libreta de la peña|Libretto del risparmio|Spaarclub kaart|Caderneta do clube de poupança",
    ),
    (
        "photo_order",
        "IB",
        "Photo print order|फ़ोटो प्रिंट ऑर्डर|Fotoauftrag|Commande de tirages|"
        "Pedido de fotos|Ordine stampe|Fotobestelling|Pedido de revelação",
    ),
    (
        "dry_cleaning",
        "SJ",
        "Dry cleaning ticket|ड्राई क्लीनिंग पर्ची|Reinigungsbon|Ticket pressing|"
        "Resguardo de tintorería|Scontrino lavanderia|Stomerijbon|Tíquete da lavanderia",
    ),
    (
        "shoe_repair",
        "EJ",
        "Shoe repair ticket|जूता मरम्मत पर्ची|Schuhmacher Abholschein|Ticket cordonnerie|"
        "Resguardo del zapatero|Ricevuta calzolaio|Schoenmakerbon|Tíquete do sapateiro",
    ),
    (
        "key_number",
        "SP",
        "Key number|चाबी नंबर|Schlüsselnummer|N° de clé|N.º de llave|Numero chiave|Sleutelnummer|"
        "Número da chave",
    ),
    (
        "season_ticket",
        "TG",
        "Season ticket|सीज़न टिकट|Jahreskarte ÖPNV|Abonnement transports|Abono transporte|"
        "Abbonamento annuale bus|Jaarabonnement OV|Bilhete mensal",
    ),
    (
        "toll_tag",
        "KH",
        "Toll tag|टोल टैग|Mautbox-Nummer|Badge télépéage|Dispositivo de telepeaje|Telepass n.|"
        "Tolbadge|Tag de pedágio",
    ),
    (
        "parking_fine",
        "LM",
        "Penalty charge notice|पार्किंग चालान|Verwarnungsgeld Parken|Avis de contravention|"
        "Boletín de denuncia|Verbale di sosta|Parkeerbon|Multa de estacionamento",
    ),
    (
        "speeding_fine",
        "BA",
        "Speeding fine ref.|ओवरस्पीड चालान|Bußgeldbescheid Az.|Amende radar réf.|"
        "Multa de velocidad ref.|Multa autovelox rif.|Snelheidsboete CJIB|Multa de velocidade",
    ),
    (
        "job_application",
        "PC",
        "Job application ref.|नौकरी आवेदन संदर्भ|Bewerbungskennziffer|Candidature réf.|"
        "Candidatura ref.|Candidatura rif.|Sollicitatienummer|Candidatura ref.",
    ),
    (
        "service_booking",
        "HI",
        "Car service booking|कार सर्विस बुकिंग|Werkstatttermin Nr.|RDV garage n°|"
        "Cita en el taller n.º|Tagliando prenotazione|Onderhoudsafspraak|Agendamento da revisão",
    ),
    (
        "gift_list",
        "RS",
        "Wedding gift list|शादी उपहार सूची|Hochzeitstisch Nr.|Liste de mariage n°|"
        "Lista de bodas n.º|Lista nozze n.|Cadeaulijst bruiloft|Lista de presentes",
    ),
]
LANGS = ["en", "hi", "de", "fr", "es", "it", "nl", "pt"]
FORMS = ["hash", "comma", "after_brackets", "bar", "line_before", "line_after"]


def draw_shape(rng, shape):
    out = []
    for ch in SHAPES[shape]:
        out.append(rng.choice("0123456789") if ch == "#" else rng.choice("123456789") if ch == "N" else ch)
    return "".join(out)


def label_for(kind, lang):
    lang = "en" if lang == "hg" else lang
    return kind[2].split("|")[LANGS.index(lang)]


def render(rng, kind, lang, form=None):
    """One labelled identifier: (text, form)."""
    v = draw_shape(rng, rng.choice(kind[1]))
    lab = label_for(kind, lang)
    form = form or rng.choice(FORMS)
    text = {
        "hash": f"{lab} #{v}",
        "comma": f"{lab}, {v}",
        "after_brackets": f"{v} [{lab}]",
        "bar": f"{lab} | {v}",
        "line_before": f"{lab}\n{v}",
        "line_after": f"{v}\n({lab})",
    }[form]
    return text, form
