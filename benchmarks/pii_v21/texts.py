# ruff: noqa: E501
"""Language material of pii_v21: genres, phrasings, placements, rosters, labels and hard negatives."""

LANGS = ["en", "hg", "hi", "de", "fr", "es", "it", "nl", "pt"]
TABLE_LANG = {"hg": "en", "hi": "hi"}

# per language: greeting | sign-off word | note word | update word
WORDS = {
    "en": "Hi everyone,|Cheers,|Note|Update",
    "hg": "Namaste sabko,|Dhanyavaad,|Note|Update",
    "hi": "सभी को नमस्कार,|धन्यवाद,|नोट|सूचना",
    "de": "Hallo zusammen,|Viele Grüße,|Hinweis|Nachtrag",
    "fr": "Bonjour à tous,|Amitiés,|À noter|Mise à jour",
    "es": "Hola a todos,|Un abrazo,|Nota|Actualización",
    "it": "Ciao a tutti,|A presto,|Nota|Aggiornamento",
    "nl": "Hoi allemaal,|Groetjes,|Let op|Update",
    "pt": "Olá, pessoal,|Abraços,|Obs.|Atualização",
}

# key, title, three fillers
GENRES = {
    "en": [
        (
            "car_boot",
            "Car boot sale on the school field",
            [
                "Pitches are first come, first served from seven.",
                "Please take unsold things home with you; the skip is for rubbish only.",
                "The PTA will run the burger stand all morning.",
            ],
        ),
        (
            "choir_tour",
            "Community choir – spring concert",
            [
                "Rehearsals move to the church hall for the last three weeks.",
                "Black clothes, and bring a folder for your music.",
                "Tickets are on the door, pay what you can.",
            ],
        ),
    ],
    "hg": [
        (
            "holi_milan",
            "Holi milan – terrace pe",
            [
                "Sirf organic colours allowed hain, bachon ka dhyan rakhna.",
                "Thandai aur gujiya ka intezaam committee karegi.",
                "Subah dus baje se shuru, dopahar tak khatam.",
            ],
        ),
        (
            "cricket_match",
            "Society cricket match – Sunday",
            [
                "Teams ka draw Saturday shaam ko hoga.",
                "Parking area khali rakhna padega, gaadiyan bahar lagao.",
                "Jeetne wali team ko trophy aur samosa party.",
            ],
        ),
    ],
    "hi": [
        (
            "bhajan_sandhya",
            "भजन संध्या – मंदिर प्रांगण",
            ["कार्यक्रम शाम सात बजे आरंभ होगा।", "प्रसाद वितरण आरती के बाद होगा।", "कृपया समय से पहले आसन ग्रहण करें।"],
        ),
        (
            "rakt_daan",
            "रक्तदान शिविर – सामुदायिक भवन",
            [
                "अठारह वर्ष से अधिक आयु के स्वस्थ व्यक्ति भाग ले सकते हैं।",
                "दान से पहले हल्का नाश्ता अवश्य करें।",
                "हर दाता को प्रमाणपत्र दिया जाएगा।",
            ],
        ),
    ],
    "de": [
        (
            "flohmarkt",
            "Hofflohmarkt in der Siedlung",
            [
                "Jeder verkauft vor der eigenen Haustür, Tische bitte selbst mitbringen.",
                "Los geht es um neun, Schluss ist um fünfzehn Uhr.",
                "Der Erlös der Kuchentheke geht an die Grundschule.",
            ],
        ),
        (
            "chorprobe",
            "Probenplan Gemischter Chor",
            [
                "Die Generalprobe findet in der Kirche statt.",
                "Bitte die Noten vorher einmal durchsehen.",
                "Wir singen diesmal auch zwei Stücke auf Latein.",
            ],
        ),
    ],
    "fr": [
        (
            "vide_grenier",
            "Vide-grenier de la rue des Lilas",
            [
                "Les emplacements sont gratuits pour les riverains.",
                "Installation à partir de sept heures, pas avant.",
                "La buvette est tenue par l'association des parents.",
            ],
        ),
        (
            "chorale",
            "Chorale du quartier – concert de printemps",
            [
                "Les répétitions ont lieu le jeudi soir à la salle paroissiale.",
                "Tenue noire exigée pour le concert.",
                "Entrée libre, chapeau à la sortie.",
            ],
        ),
    ],
    "es": [
        (
            "mercadillo",
            "Mercadillo solidario del barrio",
            [
                "Cada puesto paga una pequeña cuota para la asociación.",
                "Se monta a partir de las ocho en la plaza.",
                "Lo recaudado va al comedor social.",
            ],
        ),
        (
            "coro",
            "Coro del centro cívico – ensayos",
            [
                "Ensayamos los martes a las siete y media.",
                "Traed la carpeta con las partituras.",
                "El concierto será en la iglesia del barrio.",
            ],
        ),
    ],
    "it": [
        (
            "mercatino",
            "Mercatino dell'usato in cortile",
            [
                "Ogni famiglia porta il proprio tavolo.",
                "Si comincia alle otto e si chiude all'una.",
                "Il ricavato della pesca va alla scuola materna.",
            ],
        ),
        (
            "coro",
            "Coro parrocchiale – prove del concerto",
            [
                "Le prove sono il venerdì sera in canonica.",
                "Portate lo spartito già segnato.",
                "Il concerto è aperto a tutto il quartiere.",
            ],
        ),
    ],
    "nl": [
        (
            "rommelmarkt",
            "Rommelmarkt in de buurt",
            [
                "Kramen worden verdeeld op volgorde van aanmelding.",
                "Opbouwen kan vanaf half acht.",
                "De opbrengst van de koffie gaat naar de speeltuin.",
            ],
        ),
        (
            "koor",
            "Buurtkoor – repetitieschema",
            [
                "We repeteren op dinsdagavond in het buurthuis.",
                "Neem je eigen map met bladmuziek mee.",
                "Het concert is gratis, een gift mag altijd.",
            ],
        ),
    ],
    "pt": [
        (
            "bazar",
            "Bazar beneficente da paróquia",
            [
                "Cada barraca traz a própria mesa e toalha.",
                "A montagem começa às sete da manhã.",
                "O dinheiro arrecadado vai para a creche.",
            ],
        ),
        (
            "coral",
            "Coral do bairro – ensaios de primavera",
            [
                "Os ensaios são às quintas, no salão paroquial.",
                "Tragam a pasta com as partituras.",
                "A apresentação é aberta para toda a comunidade.",
            ],
        ),
    ],
}

# seven announcing phrasings per language; {n} the number, {f} a first name
PHRASES = {
    "en": [
        "Questions about pitches go to {f} – text or call {n} after six.",
        "If you're running late on the day, ring {n} and we'll hold your spot.",
        "Our treasurer {f} can be reached on {n} most weekdays.",
        "Need a lift? {f} has a spare seat, just dial {n}.",
        "The hall's caretaker picks up on {n} if the doors are locked.",
        "For anything urgent on the morning itself, the number to use is {n}.",
        "Leave a message for {f} at {n} and she'll get back to you.",
    ],
    "hg": [
        "Stall ke baare mein {f} se baat karo, {n} pe shaam ke baad.",
        "Late ho rahe ho toh {n} pe ek call kar dena.",
        "Hisaab kitaab {f} dekh rahe hain, unka phone {n} hai.",
        "Lift chahiye toh {f} ki gaadi mein jagah hai, {n} milao.",
        "Hall ki chaabi chowkidaar ke paas hai, {n} pe milega.",
        "Us din kuch urgent ho toh bas {n} pe phone karna.",
        "{f} ko {n} pe message chhod do, woh wapas call karenge.",
    ],
    "hi": [
        "स्टॉल संबंधी प्रश्नों के लिए {f} जी से {n} पर संपर्क करें।",
        "देर हो रही हो तो {n} पर सूचित कर दें।",
        "कोषाध्यक्ष {f} जी से {n} पर बात हो सकती है।",
        "वाहन की आवश्यकता हो तो {f} जी को {n} पर फ़ोन करें।",
        "भवन के चौकीदार {n} पर उपलब्ध रहते हैं।",
        "उस दिन किसी आपात स्थिति में {n} पर फ़ोन करें।",
        "{f} जी के लिए {n} पर संदेश छोड़ दें।",
    ],
    "de": [
        "Fragen zu den Standplätzen beantwortet {f} abends unter {n}.",
        "Wer sich verspätet, meldet sich kurz unter {n}.",
        "Unsere Kassenwartin {f} erreicht ihr werktags unter {n}.",
        "Mitfahrgelegenheit gesucht? {f} hat noch Platz, Tel. {n}.",
        "Ist die Halle zu, hilft der Hausmeister unter {n} weiter.",
        "Am Tag selbst gilt für Notfälle nur diese Nummer: {n}.",
        "Bei {f} unter {n} einfach auf den Anrufbeantworter sprechen.",
    ],
    "fr": [
        "Pour les emplacements, voyez avec {f} au {n} après 18 h.",
        "En retard le jour même ? Passez un coup de fil au {n}.",
        "Notre trésorière {f} répond au {n} en semaine.",
        "Besoin d'être véhiculé ? {f} a une place, composez le {n}.",
        "Si la salle est fermée, le concierge décroche au {n}.",
        "Le matin même, en cas d'urgence, un seul numéro : {n}.",
        "Laissez un message à {f} au {n}, elle vous rappellera.",
    ],
    "es": [
        "Para los puestos, hablad con {f} en el {n} a partir de las seis.",
        "Si llegáis tarde, avisad al {n}.",
        "Nuestra tesorera {f} atiende en el {n} entre semana.",
        "¿Necesitas que te lleven? {f} tiene sitio, marca el {n}.",
        "Si el local está cerrado, el conserje contesta en el {n}.",
        "Ese mismo día, para urgencias, el número es el {n}.",
        "Dejadle un mensaje a {f} en el {n} y os devuelve la llamada.",
    ],
    "it": [
        "Per i posti rivolgetevi a {f} al {n} dopo le sei.",
        "Se siete in ritardo, avvisate al {n}.",
        "La nostra tesoriera {f} risponde al {n} nei giorni feriali.",
        "Vi serve un passaggio? {f} ha un posto libero, componete il {n}.",
        "Se la sala è chiusa, il custode risponde al {n}.",
        "Quella mattina, per le urgenze, il numero è il {n}.",
        "Lasciate un messaggio a {f} al {n}, vi richiamerà.",
    ],
    "nl": [
        "Vragen over de kramen? Bel {f} na zessen op {n}.",
        "Ben je te laat, meld het dan even via {n}.",
        "Onze penningmeester {f} is doordeweeks bereikbaar op {n}.",
        "Lift nodig? {f} heeft nog een plekje, draai {n}.",
        "Zit het buurthuis op slot, dan neemt de beheerder op via {n}.",
        "Op de dag zelf bij nood alleen dit nummer: {n}.",
        "Spreek een bericht in voor {f} op {n}, ze belt terug.",
    ],
    "pt": [
        "Sobre as barracas, fale com {f} no {n} depois das seis.",
        "Se for atrasar, avise pelo {n}.",
        "Nossa tesoureira {f} atende no {n} durante a semana.",
        "Precisa de carona? {f} tem lugar, liga pro {n}.",
        "Se o salão estiver fechado, o zelador atende no {n}.",
        "No dia, para emergências, o número é {n}.",
        "Deixe recado para {f} no {n} que ela retorna.",
    ],
}

# placements: name -> (where, template); {P} phrasing, {F1} a filler, {W} the note word, {U} the update word
PLACEMENTS = {
    "own_paragraph": ("body", "{P}"),
    "para_end": ("body", "{F1} {P}"),
    "star_bullet": ("body", "* {P}"),
    "numbered": ("body", "1. {F1}\n2. {P}"),
    "arrow": ("body", "→ {P}"),
    "bracketed": ("body", "({P})"),
    "note_label": ("body", "{W}: {P}"),
    "after_sign": ("after", "{P}"),
    "pin_emoji": ("body", "📌 {P}"),
    "checkbox": ("body", "[ ] {P}"),
    "date_prefix": ("body", "{dd}/{mm}: {P}"),
    "bold_md": ("body", "**{P}**"),
    "update_top": ("top", "{U}: {P}"),
}

# rosters: heading | jobs (comma) | header row (comma)
ROSTERS = {
    "en": "Helpers and numbers|first aid,parking,music,cake stall,lost kids,tickets|name,job,phone",
    "hg": "Volunteers ki list|first aid,parking,music,khana,bachche,tickets|naam,kaam,number",
    "hi": "स्वयंसेवक सूची|प्राथमिक चिकित्सा,पार्किंग,संगीत,भोजन,बच्चे,टिकट|नाम,कार्य,नंबर",
    "de": "Helferliste mit Nummern|Erste Hilfe,Parken,Musik,Kuchen,Fundkinder,Kasse|Name,Aufgabe,Nummer",
    "fr": "Liste des bénévoles|secours,parking,musique,gâteaux,enfants,billets|nom,rôle,numéro",
    "es": "Lista de voluntarios|botiquín,aparcamiento,música,pasteles,niños,entradas|nombre,tarea,número",
    "it": "Elenco volontari|primo soccorso,parcheggio,musica,torte,bambini,biglietti|nome,compito,numero",
    "nl": "Vrijwilligerslijst|EHBO,parkeren,muziek,taarten,kinderen,kaartjes|naam,taak,nummer",
    "pt": "Lista de voluntários|primeiros socorros,estacionamento,música,bolos,crianças,ingressos|nome,função,número",
}
ROSTER_FORMATS = {
    "leader_dots": "{name} {dots} {N}",
    "tab_cols": "{name}\t{job}\t{N}",
    "slash_sep": "{job} / {name} / {N}",
    "arrow_num": "{name} ({job}) → {N}",
    "two_line": "{name}, {job}\n    {N}",
    "star_entry": "* {job}: {name} {N}",
    "md_table": "| {name} | {job} | {N} |",
}

# value-line labels: national|intl|own|other|email_personal|email_role|card|iban|ip|ssn
LABELS = {
    "en": "Plumber who fixed the hall boiler|Our twin-town contact|My brother at home|Bin collection helpline|Send the photos to|Club inbox|Card used for the PA hire|Pay the pitch fee into|Router in the hall office|SSN for the volunteer check",
    "hg": "AC repair wale bhaiya|Bahar wale mama ji|Purana ghar ka number|Municipal helpline|Photos is id pe bhejo|Society ka inbox|Sound system wala card|Chanda is account mein|Office router ka IP|-",
    "hi": "प्लंबर का नंबर|विदेश में मामा जी|घर वाला नंबर|नगरपालिका सहायता|फ़ोटो इस पते पर भेजें|समिति का इनबॉक्स|साउंड सिस्टम का कार्ड|चंदा इस खाते में|कार्यालय राउटर का पता|-",
    "de": "Installateur für die Heizung|Kontakt in der Partnerstadt|Mein Bruder zu Hause|Abfallberatung|Fotos bitte an|Vereinsadresse|Karte für die Musikanlage|Standgebühr bitte auf|Router im Vereinsbüro|-",
    "fr": "Plombier de la salle|Contact de la ville jumelée|Mon frère au pays|Service des déchets|Photos à envoyer à|Adresse de l'association|Carte pour la sono|Frais d'emplacement sur|Routeur du bureau|-",
    "es": "Fontanero del local|Contacto de la ciudad hermanada|Mi hermano en casa|Atención de residuos|Fotos a|Correo de la asociación|Tarjeta del equipo de sonido|Cuota del puesto en|Router de la oficina|-",
    "it": "Idraulico della sala|Contatto della città gemellata|Mio fratello a casa|Servizio rifiuti|Foto da mandare a|Indirizzo dell'associazione|Carta per l'impianto audio|Quota del posto su|Router dell'ufficio|-",
    "nl": "Loodgieter van het buurthuis|Contact in de partnerstad|Mijn broer thuis|Afvalservice|Foto's sturen naar|Adres van de vereniging|Pas voor de geluidsinstallatie|Standgeld overmaken op|Router op kantoor|-",
    "pt": "Encanador do salão|Contato da cidade-irmã|Meu irmão lá em casa|Central de coleta de lixo|Fotos para|E-mail da associação|Cartão do som|Taxa da barraca na conta|Roteador do escritório|-",
}
LABEL_KEYS = ["national", "intl", "own", "other", "email_personal", "email_role", "card", "iban", "ip", "ssn"]
LINE_SHAPES = {
    "colon": "{L}: {V}",
    "equals": "{L} = {V}",
    "fat_arrow": "{L} => {V}",
    "middot": "{V} · {l}",
    "chevron": "{L} » {V}",
    "comma": "{L}, {V}",
    "bullet_colon": "• {L}: {V}",
    "under_colon": "{L}:\n{V}",
}

# labelled hard negatives: key|en|hi|de|fr|es|it|nl|pt (hg uses en)
NEG_LABELLED = """order_no|Online order no.|ऑनलाइन ऑर्डर संख्या|Bestellnummer|N° de commande|N.º de pedido|N. ordine|Bestelnummer|N.º do pedido
tracking|Parcel tracking no.|पार्सल ट्रैकिंग संख्या|Sendungsnummer|N° de suivi du colis|N.º de seguimiento|Codice spedizione|Track-and-trace-nummer|Código de rastreio
invoice|Invoice no.|बिल संख्या|Rechnungsnummer|N° de facture|N.º de factura|N. fattura|Factuurnummer|N.º da nota fiscal
customer|Customer no.|ग्राहक संख्या|Kundennummer|N° client|N.º de cliente|Codice cliente|Klantnummer|Código do cliente
elec_meter|Electricity meter no.|बिजली मीटर संख्या|Stromzählernummer|N° de compteur électrique|N.º de contador de luz|Matricola contatore luce|Elektriciteitsmeter nr.|N.º do medidor de luz
court_case|Court case no.|न्यायालय वाद संख्या|Aktenzeichen|N° de dossier au tribunal|N.º de procedimiento|N. ruolo generale|Zaaknummer rechtbank|N.º do processo
land_parcel|Land registry parcel|भूमि खसरा संख्या|Flurstücknummer|N° de parcelle cadastrale|Referencia catastral|Particella catastale|Kadastraal perceel|Matrícula do imóvel
pupil_no|Pupil no.|छात्र पंजीकरण संख्या|Schülernummer|N° d'élève|N.º de alumno|Matricola alunno|Leerlingnummer|Matrícula do aluno
health_ins|Health insurance member no.|स्वास्थ्य बीमा सदस्य संख्या|Versichertennummer|N° d'adhérent mutuelle|N.º de afiliado|N. tessera sanitaria|Verzekerdennummer|Carteirinha do plano
prescription|Prescription no.|पर्ची संख्या|Rezeptnummer|N° d'ordonnance|N.º de receta|N. ricetta|Receptnummer|N.º da receita
lab_sample|Lab sample no.|जाँच नमूना संख्या|Laborprobe Nr.|N° d'échantillon|N.º de muestra|N. campione|Monsternummer|N.º da amostra
repair_job|Repair job no.|मरम्मत कार्य संख्या|Reparaturauftrag|N° de réparation|N.º de reparación|N. riparazione|Reparatienummer|Ordem de serviço
warranty|Warranty no.|वारंटी संख्या|Garantienummer|N° de garantie|N.º de garantía|N. garanzia|Garantienummer|N.º da garantia
tenancy|Tenancy agreement no.|किरायानामा संख्या|Mietvertragsnummer|N° de bail|N.º de contrato de alquiler|N. contratto d'affitto|Huurcontractnummer|N.º do contrato de aluguel
pallet|Pallet no.|पैलेट संख्या|Palettennummer|N° de palette|N.º de palé|N. bancale|Palletnummer|N.º do palete
seal_no|Container seal no.|कंटेनर सील संख्या|Plombennummer|N° de scellé|N.º de precinto|N. sigillo|Zegelnummer|N.º do lacre
frame_no|Bicycle frame no.|साइकिल फ्रेम संख्या|Rahmennummer|N° de cadre du vélo|N.º de cuadro|N. telaio bici|Framenummer|N.º do quadro da bicicleta
voucher|Voucher code|वाउचर कोड|Gutscheincode|Code du bon d'achat|Código del vale|Codice buono|Waardeboncode|Código do vale
pigeon_ring|Pigeon ring no.|कबूतर छल्ला संख्या|Taubenring Nr.|N° de bague du pigeon|N.º de anilla|N. anello colombo|Duivenringnummer|N.º da anilha
grave_plot|Grave plot no.|समाधि स्थल संख्या|Grabstelle Nr.|N° de concession|N.º de sepultura|N. loculo|Grafnummer|N.º do jazigo
wine_lot|Wine lot no.|वाइन लॉट संख्या|Weinlos Nr.|N° de lot du vin|N.º de lote del vino|N. lotto vino|Wijnlotnummer|N.º do lote do vinho
museum_inv|Museum inventory no.|संग्रहालय सूची संख्या|Inventarnummer|N° d'inventaire|N.º de inventario|N. inventario|Inventarisnummer|N.º de inventário
fishing|Fishing licence no.|मछली पकड़ने का लाइसेंस|Angelschein Nr.|N° de permis de pêche|N.º de licencia de pesca|N. licenza di pesca|Vispasnummer|N.º da licença de pesca
boat_reg|Boat registration no.|नाव पंजीकरण संख्या|Bootskennzeichen|N° d'immatriculation du bateau|Matrícula de la embarcación|N. immatricolazione barca|Bootregistratienummer|Inscrição da embarcação
pitch_booking|Campsite booking no.|कैंप बुकिंग संख्या|Campingbuchung Nr.|N° de réservation camping|N.º de reserva del camping|N. prenotazione campeggio|Campingboeking nr.|N.º da reserva do camping
complaint|Complaint ref.|शिकायत संख्या|Beschwerde-Aktenzeichen|N° de réclamation|N.º de reclamación|N. reclamo|Klachtnummer|Protocolo da reclamação
application|Job application ref.|आवेदन संख्या|Bewerbungsnummer|N° de candidature|N.º de solicitud|N. candidatura|Sollicitatienummer|N.º da candidatura
badge|Conference badge no.|सम्मेलन बैज संख्या|Tagungsausweis Nr.|N° de badge|N.º de acreditación|N. badge|Badgenummer|N.º do crachá
race_entry|Race entry no.|दौड़ पंजीकरण संख्या|Startmeldung Nr.|N° d'inscription à la course|N.º de inscripción|N. iscrizione gara|Inschrijfnummer loop|N.º de inscrição na corrida
meal_order|School meal account|स्कूल भोजन खाता|Essensgeld-Konto|N° de compte cantine|N.º de cuenta del comedor|Codice mensa|Overblijfaccount|Conta da cantina
choir_member|Choir member no.|गायक मंडली सदस्य संख्या|Chormitglied Nr.|N° de choriste|N.º de socio del coro|N. socio del coro|Koorlidnummer|N.º de sócio do coral
stall_permit|Market stall permit|बाज़ार स्टॉल परमिट|Marktstand-Genehmigung|Autorisation d'étal|Licencia de puesto|Permesso bancarella|Marktvergunning|Licença da barraca
key_fob|Key fob no.|चाबी टैग संख्या|Schlüsselchip Nr.|N° de badge d'accès|N.º de llavero|N. chiave elettronica|Sleutelhangernummer|N.º do chaveiro
hall_booking|Hall booking ref.|हॉल बुकिंग संख्या|Saalbuchung Nr.|N° de réservation de salle|N.º de reserva de sala|N. prenotazione sala|Zaalreservering nr.|N.º da reserva do salão
seed_lot|Seed batch no.|बीज बैच संख्या|Saatgutcharge|N° de lot de semences|N.º de lote de semillas|N. lotto sementi|Zaadpartij nr.|N.º do lote de sementes"""
NEG_SHAPES = [
    "0## #### ####",
    "N##.###.####",
    "0#### ######",
    "N#-##-##-##-##",
    "0### ######",
    "N## ### ####",
    "(0##) ### ####",
    "N### ## ## ##",
    "0##-########",
    "N#### #####",
]
NEG_FORMS = {
    "colon_space": "{L}: {V}",
    "equals": "{L} = {V}",
    "value_dash": "{V} – {l}",
    "chevron": "{L} » {V}",
    "colon_below": "{L}:\n{V}",
    "bracket": "{L} [{V}]",
}

# patterned hard negatives: key|en|hi|de|fr|es|it|nl|pt
NEG_PATTERNED = """bowling|Bowling scores|बॉलिंग अंक|Kegelergebnisse|Scores au bowling|Puntuaciones de bolos|Punteggi bowling|Bowlingscores|Pontuação no boliche
recipe|Recipe (g)|नुस्खा (ग्राम)|Rezept (g)|Recette (g)|Receta (g)|Ricetta (g)|Recept (g)|Receita (g)
stitches|Stitches per row|प्रति पंक्ति टाँके|Maschen pro Reihe|Mailles par rang|Puntos por vuelta|Maglie per ferro|Steken per naald|Pontos por carreira
seats|Seats (row / seat)|सीटें (पंक्ति / सीट)|Plätze (Reihe / Platz)|Places (rang / siège)|Asientos (fila / butaca)|Posti (fila / posto)|Stoelen (rij / stoel)|Lugares (fila / poltrona)
village_pop|Village populations|गाँवों की जनसंख्या|Einwohner der Dörfer|Habitants des villages|Habitantes de los pueblos|Abitanti dei paesi|Inwoners van de dorpen|Habitantes das vilas
jam_jars|Jam jars in stock|जैम की बोतलें|Marmeladengläser|Pots de confiture|Tarros de mermelada|Vasetti di marmellata|Potten jam|Potes de geleia
bpm|Song tempos (bpm)|गीतों की गति (bpm)|Liedtempi (bpm)|Tempos des chants (bpm)|Tempos de las canciones (bpm)|Tempi dei brani (bpm)|Tempo's van de liedjes (bpm)|Andamento das músicas (bpm)
golf|Golf strokes per hole|गोल्फ़ स्ट्रोक|Golfschläge pro Loch|Coups de golf par trou|Golpes por hoyo|Colpi per buca|Golfslagen per hole|Tacadas por buraco
shoes|Shoe sizes for the team|जूतों के नाप|Schuhgrößen der Mannschaft|Pointures de l'équipe|Tallas de zapatillas|Numeri di scarpe|Schoenmaten van het team|Números dos calçados
marks|Exam marks|परीक्षा अंक|Prüfungsnoten|Notes d'examen|Notas del examen|Voti dell'esame|Examencijfers|Notas da prova
bingo|Bingo numbers called|बिंगो के नंबर|Gezogene Bingozahlen|Numéros tirés au loto|Números cantados del bingo|Numeri estratti alla tombola|Getrokken bingonummers|Números sorteados no bingo
quiz|Quiz scores by team|प्रश्नोत्तरी अंक|Quizpunkte pro Team|Points du quiz par équipe|Puntos del concurso|Punti del quiz|Quizpunten per team|Pontos do quiz
attendance|Attendance per session|उपस्थिति|Teilnehmer pro Termin|Présences par séance|Asistencia por sesión|Presenze per incontro|Opkomst per avond|Presença por encontro
km_cycled|Kilometres cycled|साइकिल से तय किलोमीटर|Geradelte Kilometer|Kilomètres à vélo|Kilómetros en bici|Chilometri in bici|Gefietste kilometers|Quilômetros pedalados
eggs|Eggs collected|इकट्ठे अंडे|Gesammelte Eier|Œufs ramassés|Huevos recogidos|Uova raccolte|Verzamelde eieren|Ovos recolhidos
kwh|Meter readings (kWh)|मीटर रीडिंग (kWh)|Zählerstände (kWh)|Relevés du compteur (kWh)|Lecturas del contador (kWh)|Letture del contatore (kWh)|Meterstanden (kWh)|Leituras do medidor (kWh)
apples|Apple prices per kg|सेब के दाम प्रति किलो|Apfelpreise pro kg|Prix des pommes au kg|Precio de la manzana por kg|Prezzo delle mele al kg|Appelprijzen per kg|Preço da maçã por kg
screws|Screw sizes (mm)|पेंच के आकार (मिमी)|Schraubengrößen (mm)|Tailles des vis (mm)|Medidas de tornillos (mm)|Misure delle viti (mm)|Schroefmaten (mm)|Medidas dos parafusos (mm)
dog_weights|Dog weights (kg)|कुत्तों का वज़न (किग्रा)|Hundegewichte (kg)|Poids des chiens (kg)|Peso de los perros (kg)|Peso dei cani (kg)|Gewicht van de honden (kg)|Peso dos cães (kg)
hours|Volunteer hours this month|स्वयंसेवा घंटे|Ehrenamtsstunden|Heures de bénévolat|Horas de voluntariado|Ore di volontariato|Vrijwilligersuren|Horas de voluntariado
tickets_sold|Tickets sold per night|प्रति रात बिके टिकट|Verkaufte Karten pro Abend|Billets vendus par soir|Entradas vendidas por noche|Biglietti venduti per sera|Verkochte kaartjes per avond|Ingressos vendidos por noite
days_left|Days left until the fair|मेले तक बचे दिन|Tage bis zum Fest|Jours avant la fête|Días hasta la feria|Giorni alla fiera|Dagen tot de markt|Dias até a feira"""
PAT_FORMS = {"arrow": "{C} → {V}", "equals": "{C} = {V}", "dash": "{C} - {V}", "bracket": "{C} [{V}]"}

# tables: key|lang|title|col1,col2,col3|first-column values (comma)
TABLES = """quiz_night|en|Quiz night results|Team,Round 1,Round 2|Owls,Foxes,Badgers,Hares,Otters,Wrens,Stoats
plant_sale|en|Plant sale stock|Plant,Pots,Price|Tomato,Basil,Lavender,Mint,Chilli,Fern,Ivy
bowling|en|Bowling league|Week,Game 1,Game 2|Week 1,Week 2,Week 3,Week 4,Week 5,Week 6,Week 7
harvest|en|School garden harvest|Crop,kg,Rows|Potatoes,Beans,Onions,Carrots,Leeks,Squash,Peas
quiz_night|hi|प्रश्नोत्तरी परिणाम|टीम,पहला दौर,दूसरा दौर|गंगा,यमुना,नर्मदा,कावेरी,गोदावरी,सतलुज,कृष्णा
harvest|hi|बगीचे की उपज|फसल,किलो,क्यारी|आलू,प्याज़,टमाटर,मटर,गाजर,मूली,पालक
quiz_night|de|Ergebnisse Quizabend|Team,Runde 1,Runde 2|Eulen,Füchse,Dachse,Hasen,Otter,Meisen,Igel
plant_sale|de|Pflanzenverkauf|Pflanze,Töpfe,Preis|Tomate,Basilikum,Lavendel,Minze,Chili,Farn,Efeu
harvest|de|Ernte im Schulgarten|Sorte,kg,Beete|Kartoffeln,Bohnen,Zwiebeln,Möhren,Lauch,Kürbis,Erbsen
quiz_night|fr|Résultats de la soirée quiz|Équipe,Manche 1,Manche 2|Hiboux,Renards,Blaireaux,Lièvres,Loutres,Merles,Hérissons
plant_sale|fr|Vente de plants|Plant,Pots,Prix|Tomate,Basilic,Lavande,Menthe,Piment,Fougère,Lierre
quiz_night|es|Resultados del concurso|Equipo,Ronda 1,Ronda 2|Búhos,Zorros,Tejones,Liebres,Nutrias,Mirlos,Erizos
harvest|es|Cosecha del huerto escolar|Cultivo,kg,Surcos|Patatas,Judías,Cebollas,Zanahorias,Puerros,Calabazas,Guisantes
plant_sale|it|Vendita di piantine|Pianta,Vasi,Prezzo|Pomodoro,Basilico,Lavanda,Menta,Peperoncino,Felce,Edera
bowling|it|Campionato di bowling|Settimana,Partita 1,Partita 2|Sett. 1,Sett. 2,Sett. 3,Sett. 4,Sett. 5,Sett. 6,Sett. 7
quiz_night|nl|Uitslag quizavond|Team,Ronde 1,Ronde 2|Uilen,Vossen,Dassen,Hazen,Otters,Merels,Egels
bowling|nl|Bowlingcompetitie|Week,Spel 1,Spel 2|Week 1,Week 2,Week 3,Week 4,Week 5,Week 6,Week 7
harvest|pt|Colheita da horta escolar|Cultura,kg,Canteiros|Batata,Feijão,Cebola,Cenoura,Alho-poró,Abóbora,Ervilha
plant_sale|pt|Venda de mudas|Muda,Vasos,Preço|Tomate,Manjericão,Lavanda,Hortelã,Pimenta,Samambaia,Hera"""
TABLE_STYLES = ["markdown", "tabs", "double_space"]

# people: first names (comma) | last names (comma) per language; mail domains per locale
PEOPLE = {
    "en": "James,Olivia,Ravi,Grace,Tom,Hannah,Liam,Chloe,Daniel,Megan|Walker,Hughes,Bennett,Murphy,Price,Foster,Kelly,Reid",
    "hg": "Rohit,Neha,Amit,Pooja,Sandeep,Kavya,Vikram,Anjali|Sharma,Verma,Iyer,Gupta,Nair,Joshi,Mehta,Reddy",
    "hi": "राजेश,सुनीता,अनिल,कविता,मनोज,रेखा,दिनेश,पूनम|शर्मा,वर्मा,गुप्ता,मिश्रा,यादव,तिवारी,पांडे,सिंह",
    "de": "Jonas,Lena,Felix,Anna,Lukas,Marie,Tobias,Jana,Matthias|Schneider,Becker,Hoffmann,Schulz,Wagner,Koch,Richter,Wolf",
    "fr": "Camille,Louis,Chloé,Hugo,Manon,Théo,Inès,Julien|Lefèvre,Moreau,Girard,Bonnet,Rousseau,Fontaine,Mercier,Lambert",
    "es": "Lucía,Javier,Marta,Pablo,Elena,Sergio,Nuria,Álvaro|García,Fernández,Ruiz,Moreno,Jiménez,Navarro,Torres,Castillo",
    "it": "Giulia,Marco,Chiara,Luca,Sara,Davide,Elisa,Matteo|Rossi,Bianchi,Esposito,Colombo,Ricci,Marino,Greco,Conti",
    "nl": "Sanne,Daan,Lotte,Bram,Femke,Joost,Iris,Thijs|de Vries,Jansen,Bakker,Visser,Smit,Meijer,Mulder,de Boer",
    "pt": "Ana,João,Beatriz,Lucas,Mariana,Gabriel,Larissa,Thiago|Silva,Santos,Oliveira,Souza,Pereira,Costa,Almeida,Ferreira",
}
HINDI_LATIN = (
    "Rajesh,Sunita,Anil,Kavita,Manoj,Rekha,Dinesh,Poonam|Sharma,Verma,Gupta,Mishra,Yadav,Tiwari,Pandey,Singh"
)
DOMAINS = {
    "en_US": "gmail.com,yahoo.com,outlook.com,comcast.net",
    "en_GB": "btinternet.com,gmail.com,hotmail.co.uk,sky.com",
    "en_IN": "gmail.com,rediffmail.com,yahoo.co.in",
    "en_AU": "bigpond.com,gmail.com,optusnet.com.au",
    "en_IE": "eircom.net,gmail.com,outlook.ie",
    "de_DE": "web.de,gmx.de,t-online.de",
    "de_AT": "gmx.at,aon.at",
    "de_CH": "bluewin.ch,gmx.ch",
    "fr_FR": "orange.fr,free.fr,laposte.net",
    "fr_BE": "skynet.be,telenet.be",
    "fr_CH": "bluewin.ch,hispeed.ch",
    "es_ES": "telefonica.net,hotmail.es,gmail.com",
    "it_IT": "libero.it,virgilio.it,tiscali.it",
    "it_CH": "bluewin.ch,ticino.com",
    "nl_NL": "ziggo.nl,kpnmail.nl,xs4all.nl",
    "nl_BE": "telenet.be,skynet.be",
    "pt_BR": "uol.com.br,bol.com.br,terra.com.br",
}
ROLE_LOCALS = {
    "en": "hello,bookings,secretary",
    "hg": "committee,office,help",
    "hi": "samiti,office,sampark",
    "de": "kontakt,info,schriftfuehrung",
    "fr": "contact,secretariat,bureau",
    "es": "secretaria,contacto,junta",
    "it": "segreteria,info,direttivo",
    "nl": "secretariaat,bestuur,info",
    "pt": "contato,secretaria,diretoria",
}
ROLE_DOMAINS = {
    "en": "oakfield-choir.org,millbrook-pta.org.uk",
    "hg": "greenvalley-society.in,sunrise-apts.in",
    "hi": "shanti-samiti.in,nagar-seva.in",
    "de": "chor-lindenau.de,siedlung-am-hang.de",
    "fr": "chorale-lilas.fr,asso-quartier-nord.fr",
    "es": "coro-delicias.es,vecinos-arganzuela.es",
    "it": "coro-santarita.it,cortile-aperto.it",
    "nl": "buurtkoor-oost.nl,rommelmarkt-zuid.nl",
    "pt": "coral-vilaverde.org.br,bazar-saojose.org.br",
}
