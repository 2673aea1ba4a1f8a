# ruff: noqa: E501
"""Phone-shaped digit groups under a label that says what they are (45 kinds, none of v12's).

Each kind: key, shapes (N = digit 1-9, d = any digit, other characters literal), labels in
en|de|fr|es|it|nl|pt|hi. Hinglish documents take the English label.
"""

from __future__ import annotations

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]

KINDS = [
    ("meeting-id", ["Ndd dddd dddd", "Ndd ddd dddd"], "Zoom meeting ID|Meeting-ID (Zoom)|ID de réunion Zoom|ID de reunión de Zoom|ID riunione Zoom|Vergader-ID (Zoom)|ID da reunião no Zoom|ज़ूम मीटिंग आईडी"),
    ("electricity-meter", ["Nddddddddd", "d NNN ddd ddd"], "Electricity meter no.|Stromzählernummer|N° de compteur électrique|N.º de contador de luz|Matricola contatore luce|Meternummer stroom|Nº do medidor de luz|बिजली मीटर नंबर"),
    ("water-meter", ["dd ddd ddd dd", "Ndddddddd"], "Water meter serial|Wasserzähler-Nr.|N° du compteur d'eau|N.º del contador de agua|Matricola contatore acqua|Watermeter nr.|Nº do hidrômetro|पानी मीटर नंबर"),
    ("parcel-tracking", ["dddd dddd dddd", "0Nddddddddddd"], "Parcel tracking no.|Sendungsnummer|N° de suivi du colis|N.º de seguimiento|Codice di tracciamento|Track & trace-code|Código de rastreio|पार्सल ट्रैकिंग नंबर"),
    ("shop-order", ["Ndd-dddddd-dddd", "Ndddddddddd"], "Online order no.|Bestellnummer (Online-Shop)|N° de commande en ligne|N.º de pedido online|Numero ordine online|Bestelnummer webshop|Nº do pedido online|ऑनलाइन ऑर्डर नंबर"),
    ("customer-number", ["Ndd ddd ddd", "NNdddddddd"], "Customer no.|Kundennummer|N° client|N.º de cliente|Codice cliente|Klantnummer|Código do cliente|ग्राहक संख्या"),
    ("invoice", ["Ndddd/dddd", "dddd-Nddddd"], "Invoice no.|Rechnungsnummer|N° de facture|N.º de factura|Numero fattura|Factuurnummer|Nº da nota fiscal|बिल नंबर"),
    ("insurance-policy", ["Ndd ddd ddd d", "Nd-ddd-dddd-dd"], "Insurance policy no.|Versicherungsscheinnummer|N° de contrat d'assurance|N.º de póliza|Numero di polizza|Polisnummer|Nº da apólice|बीमा पॉलिसी नंबर"),
    ("claim-reference", ["Ndddd dddddd", "SCH-Nddddddd"], "Claim reference|Schadennummer|Réf. du sinistre|Referencia del siniestro|Numero sinistro|Schadenummer|Nº do sinistro|क्लेम संदर्भ संख्या"),
    ("planning-application", ["dd/ddddd/FUL", "Ndddd/dd"], "Planning application ref.|Bauantrag Aktenzeichen|N° de permis de construire|N.º de licencia de obra|Pratica edilizia n.|Omgevingsvergunning nr.|Nº do alvará de obra|भवन नक्शा आवेदन संख्या"),
    ("parking-permit", ["Ndddddd", "Ndd ddd"], "Parking permit no.|Parkausweis-Nr.|N° de vignette de stationnement|N.º de tarjeta de aparcamiento|Permesso di sosta n.|Parkeervergunning nr.|Nº do cartão de estacionamento|पार्किंग पास नंबर"),
    ("bike-frame", ["WAW ddddddd", "Nddddddd"], "Bike frame number|Rahmennummer (Fahrrad)|N° de cadre du vélo|N.º de cuadro de la bici|Numero di telaio bici|Framenummer fiets|Nº do quadro da bike|साइकिल फ़्रेम नंबर"),
    ("raffle-ticket", ["0dddd", "Ndd ddd"], "Winning raffle ticket|Gewinnlos Nr.|Billet gagnant de la tombola|Papeleta premiada|Biglietto vincente della lotteria|Winnend lot nr.|Bilhete premiado da rifa|जीता हुआ लॉटरी टिकट"),
    ("microchip", ["Ndd ddd ddd ddd ddd", "Nddddddddddd"], "Dog's microchip|Chipnummer des Hundes|N° de puce du chien|Microchip del perro|Microchip del cane|Chipnummer van de hond|Microchip do cachorro|कुत्ते की माइक्रोचिप संख्या"),
    ("boiler-serial", ["Nddd-dddd-ddd", "dd dddd ddd"], "Boiler serial|Seriennummer Heizkessel|N° de série de la chaudière|N.º de serie de la caldera|Matricola caldaia|Serienummer cv-ketel|Nº de série do aquecedor|गीज़र सीरियल नंबर"),
    ("article-number", ["Ndd.ddd.dd", "ddd.ddd.dd"], "Article number (furniture)|Artikelnummer (Regal)|Réf. article (meuble)|Referencia del mueble|Codice articolo (mobile)|Artikelnummer (kast)|Código do móvel|फ़र्नीचर आर्टिकल नंबर"),
    ("catalogue-number", ["Ndd ddd-d", "Ndddddd"], "Record catalogue no.|Katalognummer (Schallplatte)|Réf. catalogue du disque|N.º de catálogo del disco|Numero di catalogo del disco|Catalogusnummer plaat|Nº de catálogo do disco|रिकॉर्ड कैटलॉग नंबर"),
    ("room-booking", ["Ndddddd", "Ndd-dddd"], "Room hire booking ref.|Buchungsnummer Saalmiete|Réf. de location de salle|Referencia de la reserva de la sala|Numero prenotazione sala|Reserveringsnummer zaal|Nº da reserva do salão|हॉल बुकिंग संख्या"),
    ("table-reservation", ["Nddddd", "Nd ddd ddd"], "Table reservation no.|Reservierungsnummer Tisch|N° de réservation de table|N.º de reserva de mesa|Numero prenotazione tavolo|Reserveringsnummer tafel|Nº da reserva da mesa|टेबल आरक्षण संख्या"),
    ("tax-refund", ["dd ddd ddd ddd", "Ndddddddddd"], "Gift Aid claim ref.|Steuerbescheid Kassenzeichen|Réf. du reçu fiscal|Referencia de la devolución|Protocollo rimborso|Aanslagnummer|Protocolo da restituição|कर वापसी संदर्भ"),
    ("donation-receipt", ["Nddd-ddddd", "d dddd dddd"], "Donation receipt no.|Spendenquittung Nr.|N° du reçu de don|N.º del recibo de donativo|Ricevuta donazione n.|Nummer giftbewijs|Nº do recibo de doação|दान रसीद संख्या"),
    ("first-aid-cert", ["Nddd ddd ddd", "Nddddddd"], "First aid certificate no.|Erste-Hilfe-Bescheinigung Nr.|N° du certificat PSC1|N.º del certificado de primeros auxilios|Attestato primo soccorso n.|EHBO-diploma nr.|Nº do certificado de primeiros socorros|प्राथमिक चिकित्सा प्रमाणपत्र संख्या"),
    ("conference-pin", ["Nddddd#", "Nddd dddd#"], "Conference call PIN|Einwahl-PIN Telefonkonferenz|Code PIN de la conférence|PIN de la multiconferencia|PIN della teleconferenza|Pincode telefonisch vergaderen|PIN da teleconferência|कॉन्फ़्रेंस कॉल पिन"),
    ("alarm-code", ["Nddd", "Nddddd"], "Alarm code (hall)|Alarmanlage Code|Code de l'alarme|Código de la alarma|Codice allarme|Alarmcode|Código do alarme|अलार्म कोड"),
    ("door-entry", ["Nddd#", "*Nddd"], "Door entry code|Türcode Haupteingang|Digicode|Código del portal|Codice del portone|Deurcode|Código do portão|गेट कोड"),
    ("bank-transfer-ref", ["Ndddd ddddd ddddd", "NN-dddddd-dd"], "Transfer reference|Überweisungsreferenz|Réf. du virement|Referencia de la transferencia|Riferimento bonifico|Betalingskenmerk|Referência da transferência|ट्रांसफ़र संदर्भ"),
    ("mandate-ref", ["Nddddddd-d", "MDT-Ndddddd"], "Direct debit mandate ref.|Mandatsreferenz|Réf. unique du mandat|Referencia de la orden de domiciliación|Riferimento mandato SDD|Machtigingskenmerk|Ref. do débito automático|ऑटो-डेबिट संदर्भ"),
    ("supplier-number", ["Nddddd", "Nd ddd dd"], "Supplier no.|Lieferantennummer|N° fournisseur|N.º de proveedor|Codice fornitore|Leveranciersnummer|Código do fornecedor|सप्लायर नंबर"),
    ("vat-number", ["GB Ndd dddd dd", "Nddddddddd"], "VAT reg. no.|USt-IdNr.|N° de TVA intracom.|NIF-IVA|Partita IVA|Btw-nummer|CNPJ (final)|जीएसटी संख्या (अंतिम अंक)"),
    ("tenancy-ref", ["Nddd/ddd/dd", "Ndddddd"], "Tenancy reference|Mietvertrag Nr.|Réf. du bail|Referencia del contrato de alquiler|Codice contratto d'affitto|Huurcontractnummer|Nº do contrato de aluguel|किरायानामा संख्या"),
    ("warranty", ["Nddd dddd ddd", "Ndddddddd"], "Warranty registration no.|Garantie-Registriernummer|N° d'enregistrement de garantie|N.º de registro de garantía|Numero registrazione garanzia|Garantieregistratie nr.|Nº do registro da garantia|वारंटी पंजीकरण संख्या"),
    ("delivery-slot", ["Nddddddd", "Ndd dddd"], "Delivery slot booking no.|Lieferslot-Buchung Nr.|N° du créneau de livraison|N.º de franja de entrega|Fascia di consegna n.|Bezorgmoment nr.|Nº do agendamento da entrega|डिलीवरी स्लॉट नंबर"),
    ("water-sample", ["Ndd-dddd-dd", "Ndddddd"], "Water sample ID|Probennummer Wasser|N° d'échantillon d'eau|N.º de muestra de agua|Campione acqua n.|Watermonster nr.|Nº da amostra de água|पानी नमूना संख्या"),
    ("extinguisher-tag", ["Ndddddd", "dd ddddd"], "Extinguisher service tag|Prüfplakette Feuerlöscher|Étiquette de contrôle de l'extincteur|Etiqueta de revisión del extintor|Cartellino revisione estintore|Keuringslabel brandblusser|Selo de inspeção do extintor|अग्निशामक जाँच टैग"),
    ("paint-batch", ["Nddd ddd", "Lddddddd"], "Paint batch|Farbe Chargennummer|N° de lot de la peinture|Lote de la pintura|Lotto vernice|Batchnummer verf|Lote da tinta|पेंट बैच नंबर"),
    ("inverter-serial", ["Nddddddddd", "dddd dddd dd"], "Solar inverter serial|Seriennummer Wechselrichter|N° de série de l'onduleur|N.º de serie del inversor|Matricola inverter|Serienummer omvormer|Nº de série do inversor|सोलर इन्वर्टर सीरियल"),
    ("support-ticket", ["Nddddddd", "Ndd ddd dd"], "Support ticket no.|Ticketnummer (Support)|N° de ticket SAV|N.º de incidencia|Numero ticket assistenza|Ticketnummer klantenservice|Nº do protocolo de atendimento|शिकायत टिकट नंबर"),
    ("fundraising-page", ["Ndddddddd", "Nddd ddd"], "Fundraising page ID|Spendenaktion-ID|ID de la cagnotte|ID de la página de donaciones|ID della raccolta fondi|Actiepagina-ID|ID da vaquinha|फ़ंडरेज़िंग पेज आईडी"),
    ("cheque", ["Nddddd", "dddddd"], "Cheque no.|Schecknummer|N° de chèque|N.º de cheque|Numero assegno|Chequenummer|Nº do cheque|चेक नंबर"),
    ("fide-id", ["Ndddddd", "Nddddddd"], "FIDE ID|FIDE-ID|Identifiant FIDE|ID FIDE|ID FIDE|FIDE-ID|ID FIDE|फ़िडे आईडी"),
    ("grave-plot", ["Nd/ddd", "Feld N, Nr. dd"], "Grave plot|Grabstelle|Concession n°|Nicho n.º|Loculo n.|Grafnummer|Jazigo nº|समाधि स्थल संख्या"),
    ("trader-licence", ["Nddd/dddd", "Ndddddd"], "Street trading licence|Reisegewerbekarte Nr.|Carte de commerçant ambulant n°|Licencia de venta ambulante|Licenza ambulante n.|Standplaatsvergunning nr.|Alvará de ambulante nº|फेरी लाइसेंस संख्या"),
    ("laptop-asset", ["Nddddd", "IT-Nddddd"], "Asset tag (laptop)|Inventarnummer Laptop|N° d'inventaire de l'ordinateur|N.º de inventario del portátil|Numero inventario portatile|Inventarisnummer laptop|Patrimônio do notebook|लैपटॉप एसेट टैग"),
    ("course-booking", ["Nddd-ddd-ddd", "Ndddddd"], "Course booking no.|Kursnummer VHS|N° d'inscription au stage|N.º de inscripción al curso|Numero iscrizione corso|Cursusnummer|Nº da inscrição no curso|कोर्स बुकिंग नंबर"),
    ("lab-order", ["Nddddddddd", "dd dddd dddd"], "Vet lab order no.|Laborauftrag Tierarzt|N° de demande labo (véto)|N.º de análisis del veterinario|Numero richiesta laboratorio veterinario|Labaanvraag dierenarts|Nº do pedido de exame veterinário|पशु लैब ऑर्डर नंबर"),
]  # fmt: skip


def labels(kind) -> dict[str, str]:
    return dict(zip(LANGS, kind[2].split("|"), strict=True))


def fill(rng, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "N":
            out.append(str(rng.randint(1, 9)))
        elif ch == "d":
            out.append(str(rng.randint(0, 9)))
        elif ch == "L":
            out.append(rng.choice("ABCDEFGHKLMPRSTX"))
        else:
            out.append(ch)
    return "".join(out)


def render(rng, kind, lang: str) -> str:
    label = labels(kind)["en" if lang == "hinglish" else lang]
    value = fill(rng, rng.choice(kind[1]))
    colon = " :" if lang == "fr" else ":"
    if rng.random() < 0.27:
        return f"{label}{colon}\n{value}"
    sep = rng.choice([colon + " ", colon + " ", " – ", " "])
    return f"{label}{sep}{value}"
