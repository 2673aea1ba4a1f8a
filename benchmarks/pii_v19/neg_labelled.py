"""Labelled hard negatives for v19: phone-shaped identifiers under a label saying what they are."""

SHAPES = (
    "0### ## ## ##",
    "N## ### ###",
    "0#-### ## ##",
    "(0##) ### ###",
    "N###/######",
    "0### #######",
    "N# ## ## ## ##",
    "0####-####",
    "N##.###.###",
    "0## #### ####",
    "N#### #####",
    "0#/## ## ## ##",
)
FORMS = {
    "dash_after": "{L} – {V}",
    "bracket_value": "{L} [{V}]",
    "value_dash": "{V} – {L}",
    "slash": "{L} / {V}",
    "arrow": "{L} → {V}",
    "above_colon": "{L}:\n{V}",
    "above_indent": "{L}\n    {V}",
    "below_dash": "{V}\n– {L}",
}
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")
# key: labels in en, de, fr, es, it, nl, pt, hi
_RAW = {
    "parcel_tracking": (
        "Parcel tracking no.|Sendungsnummer|N° de suivi du colis|Nº de seguimiento|Codice spedizione|"
        "Track-and-tracecode|Código de rastreio|पार्सल ट्रैकिंग नंबर"
    ),
    "online_order": (
        "Online order no.|Bestellnummer|N° de commande|Nº de pedido|Numero ordine|Bestelnummer|"
        "Número do pedido|ऑनलाइन ऑर्डर नंबर"
    ),
    "invoice": (
        "Invoice no.|Rechnungsnummer|N° de facture|Nº de factura|Numero fattura|Factuurnummer|"
        "Número da nota fiscal|बिल संख्या"
    ),
    "energy_customer": (
        "Energy customer no.|Kundennummer Stadtwerke|Réf. client énergie|Nº de cliente de la luz|"
        "Codice cliente luce|Klantnummer energie|Código do cliente de energia|बिजली उपभोक्ता संख्या"
    ),
    "loyalty": (
        "Supermarket loyalty card|Payback-Karte|Carte de fidélité|Tarjeta de socio del súper|"
        "Carta fedeltà|Bonuskaart|Cartão fidelidade|सुपरमार्केट लॉयल्टी कार्ड"
    ),
    "bike_frame": (
        "Bike frame no.|Rahmennummer|N° de cadre du vélo|Nº de bastidor de la bici|"
        "Numero di telaio bici|Framenummer fiets|Número do quadro da bike|साइकिल फ़्रेम नंबर"
    ),
    "staff_no": (
        "Staff no.|Personalnummer|Matricule|Nº de empleado|Matricola dipendente|Personeelsnummer|"
        "Matrícula do funcionário|कर्मचारी संख्या"
    ),
    "payroll": (
        "Payroll ref.|Lohnabrechnung Nr.|Réf. bulletin de paie|Ref. de nómina|Rif. cedolino|"
        "Loonstrook kenmerk|Ref. do holerite|वेतन पर्ची संदर्भ"
    ),
    "court_case": (
        "Court case no.|Aktenzeichen|N° de dossier au tribunal|Nº de procedimiento|Numero di ruolo|"
        "Zaaknummer rechtbank|Número do processo|अदालती मामला संख्या"
    ),
    "land_title": (
        "Land registry title|Grundbuchblatt|Réf. cadastrale|Finca registral|Foglio catastale|"
        "Kadastraal perceel|Matrícula do imóvel|भूमि रजिस्ट्री संख्या"
    ),
    "warranty": (
        "Warranty certificate|Garantieschein Nr.|Certificat de garantie|Certificado de garantía|"
        "Certificato di garanzia|Garantiebewijs|Certificado de garantia|वारंटी प्रमाणपत्र"
    ),
    "fridge_serial": (
        "Fridge serial|Seriennr. Kühlschrank|N° de série du frigo|Nº de serie nevera|Matricola frigo|"
        "Serienummer koelkast|Número de série da geladeira|फ़्रिज सीरियल"
    ),
    "router_serial": (
        "Router serial|Seriennr. Router|N° de série de la box|Nº de serie del router|"
        "Seriale del modem|Serienummer router|Série do roteador|राउटर सीरियल"
    ),
    "printer_serial": (
        "Printer serial|Seriennr. Drucker|N° de série imprimante|Nº de serie impresora|"
        "Seriale stampante|Serienummer printer|Série da impressora|प्रिंटर सीरियल"
    ),
    "asset_tag": (
        "Laptop asset tag|Inventarnummer Laptop|Étiquette d'inventaire|Etiqueta de inventario|"
        "Numero di inventario|Inventarisnummer laptop|Patrimônio do notebook|लैपटॉप एसेट टैग"
    ),
    "pallet": (
        "Pallet ID|Paletten-ID|Identifiant palette|ID de palé|ID bancale|Pallet-ID|ID do palete|पैलेट आईडी"
    ),
    "consignment": (
        "Consignment no.|Frachtbrief Nr.|N° de lettre de voiture|Nº de albarán|Numero DDT|"
        "Vrachtbriefnummer|Número do conhecimento|कंसाइनमेंट नंबर"
    ),
    "customs": (
        "Customs declaration|Zollanmeldung|Déclaration en douane|Declaración de aduana|"
        "Dichiarazione doganale|Douaneaangifte|Declaração aduaneira|सीमा शुल्क घोषणा"
    ),
    "prescription": (
        "Prescription no.|Rezeptnummer|N° d'ordonnance|Nº de receta|Numero ricetta|Receptnummer|"
        "Número da receita|पर्ची संख्या"
    ),
    "lab_sample": (
        "Lab sample no.|Laborprobe Nr.|N° d'échantillon labo|Nº de muestra|Numero campione|"
        "Monsternummer lab|Número da amostra|लैब सैंपल नंबर"
    ),
    "xray": (
        "X-ray ref.|Röntgen-Nr.|Réf. radio|Ref. radiografía|Rif. radiografia|Röntgenkenmerk|"
        "Ref. do raio-x|एक्स-रे संदर्भ"
    ),
    "vet_client": (
        "Vet client no.|Tierarzt Kunden-Nr.|N° client vétérinaire|Nº cliente veterinario|"
        "Codice cliente veterinario|Klantnummer dierenarts|Cadastro no veterinário|"
        "पशु चिकित्सक ग्राहक संख्या"
    ),
    "pupil": (
        "Pupil no.|Schülernummer|N° d'élève|Nº de alumno|Numero alunno|Leerlingnummer|"
        "Número de matrícula escolar|छात्र संख्या"
    ),
    "coach_seat": (
        "Coach seat booking|Busplatzreservierung|Réservation de place car|Reserva de plaza autocar|"
        "Prenotazione posto pullman|Busstoelreservering|Reserva de poltrona|बस सीट बुकिंग"
    ),
    "museum_pass": (
        "Museum pass no.|Museumspass Nr.|N° pass musées|Nº pase de museos|Numero tessera musei|"
        "Museumkaartnummer|Número do passe de museus|संग्रहालय पास"
    ),
    "ski_pass": (
        "Ski pass no.|Skipass Nr.|N° forfait de ski|Nº forfait de esquí|Numero skipass|Skipasnummer|"
        "Número do passe de esqui|स्की पास नंबर"
    ),
    "fishing": (
        "Fishing licence no.|Angelschein Nr.|N° carte de pêche|Nº licencia de pesca|"
        "Numero licenza di pesca|Vispasnummer|Número da licença de pesca|मछली पकड़ने का लाइसेंस"
    ),
    "boat_reg": (
        "Boat registration|Bootskennzeichen|Immatriculation du bateau|Matrícula de la barca|"
        "Targa della barca|Bootregistratie|Registro do barco|नाव पंजीकरण"
    ),
    "caravan_pitch": (
        "Caravan pitch booking|Stellplatzbuchung|Réservation d'emplacement|Reserva de parcela|"
        "Prenotazione piazzola|Boeking staanplaats|Reserva de vaga no camping|कैरावैन पिच बुकिंग"
    ),
    "storage_unit": (
        "Storage unit contract|Lagerbox-Vertrag|Contrat garde-meuble|Contrato de trastero|"
        "Contratto box deposito|Contract opslagbox|Contrato do guarda-volumes|स्टोरेज यूनिट अनुबंध"
    ),
    "removal_quote": (
        "Removal firm quote|Umzugsangebot Nr.|Devis déménageur|Presupuesto mudanza|"
        "Preventivo trasloco|Offerte verhuizer|Orçamento da mudança|शिफ़्टिंग कोटेशन"
    ),
    "scaffold": (
        "Scaffolding permit|Gerüstgenehmigung|Permis d'échafaudage|Permiso de andamio|"
        "Permesso ponteggio|Steigervergunning|Alvará do andaime|मचान परमिट"
    ),
    "skip_hire": (
        "Skip hire order|Containerbestellung|Commande de benne|Pedido de contenedor|Ordine cassone|"
        "Containerbestelling|Pedido de caçamba|कचरा कंटेनर ऑर्डर"
    ),
    "engine_no": (
        "Engine no.|Motornummer|N° moteur|Nº de motor|Numero motore|Motornummer|Número do motor|इंजन नंबर"
    ),
    "key_blank": (
        "Key blank code|Schlüsselrohling Nr.|Réf. clé brute|Código de llave virgen|"
        "Codice chiave grezza|Sleutelcode|Código da chave|चाबी कोड"
    ),
    "piano_serial": (
        "Piano serial no.|Klavier-Seriennr.|N° de série du piano|Nº de serie del piano|"
        "Matricola pianoforte|Serienummer piano|Série do piano|पियानो सीरियल"
    ),
    "hearing_aid": (
        "Hearing aid serial|Hörgerät Seriennr.|N° appareil auditif|Nº audífono|"
        "Seriale apparecchio acustico|Serienummer hoortoestel|Série do aparelho auditivo|"
        "श्रवण यंत्र सीरियल"
    ),
    "glasses_order": (
        "Glasses order no.|Brillenauftrag|Commande de lunettes|Pedido de gafas|Ordine occhiali|"
        "Brilorder|Pedido dos óculos|चश्मा ऑर्डर"
    ),
    "score_catalogue": (
        "Choir score catalogue no.|Chornoten Verlagsnr.|Réf. partition chorale|Ref. partitura coral|"
        "Numero catalogo spartito|Catalogusnummer partituur|Número da partitura|गायन पुस्तिका संख्या"
    ),
    "stamp_catalogue": (
        "Stamp catalogue no.|Michel-Nr.|N° catalogue de timbres|Nº catálogo de sellos|"
        "Numero catalogo francobolli|Postzegelcatalogus nr.|Número do catálogo de selos|"
        "डाक टिकट सूची संख्या"
    ),
    "coin_cert": (
        "Coin grading certificate|Münzzertifikat|Certificat de monnaie|Certificado de moneda|"
        "Certificato moneta|Muntcertificaat|Certificado da moeda|सिक्का प्रमाणपत्र"
    ),
    "seed_batch": (
        "Seed packet batch|Saatgut Charge|Lot de semences|Lote de semillas|Lotto sementi|Zaadpartij|"
        "Lote de sementes|बीज बैच"
    ),
    "wine_lot": (
        "Wine lot no.|Weinlos Nr.|N° de lot du vin|Nº de lote del vino|Lotto vino|Wijnlotnummer|"
        "Lote do vinho|वाइन लॉट"
    ),
    "flour_batch": (
        "Flour batch code|Mehl Charge|Lot de farine|Lote de harina|Lotto farina|Meelpartij|"
        "Lote da farinha|आटा बैच"
    ),
    "medicine_pack": (
        "Medicine pack serial|Packungsnummer Medikament|N° boîte médicament|Nº envase medicamento|"
        "Seriale confezione|Verpakkingsnummer medicijn|Série da caixa do remédio|दवा पैक सीरियल"
    ),
    "rental_contract": (
        "Flat rental contract|Mietvertrag Nr.|Bail n°|Contrato de alquiler|Contratto d'affitto|"
        "Huurcontract nr.|Contrato de aluguel|किराया अनुबंध"
    ),
}
KINDS = {k: tuple(v.split("|")) for k, v in _RAW.items()}


def label_lang(lang):
    return "en" if lang == "hg" else lang


def digits_of(rng, shape):
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice("123456789") if c == "N" else c for c in shape
    )


def make(rng, kind, lang, form):
    """(text, [(start, end)] of nothing) – a labelled negative as plain text."""
    label = KINDS[kind][LANGS.index(label_lang(lang))]
    value = digits_of(rng, rng.choice(SHAPES))
    return FORMS[form].replace("{L}", label).replace("{V}", value)
