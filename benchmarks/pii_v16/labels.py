"""Labels and line shapes of v16's value lines (national, international, service numbers, e-mails, cards,
IBANs, SSNs, IPs). Labels are in the document's language, in the order en|hg|hi|de|fr|es|it|nl|pt."""

ORDER = ["en", "hg", "hi", "de", "fr", "es", "it", "nl", "pt"]

SHAPES = {
    "double_chevron": "{l} >> {v}",
    "double_bar": "{v} ‖ {l}",
    "triangle": "{l} ▸ {v}",
    "value_in_brackets": "{l} ({v})",
    "tab": "{l}\t{v}",
    "tilde": "{v} ~ {l}",
    "double_arrow": "{l} ⇒ {v}",
    "comma": "{l}, {v}",
}

_LABELS = {
    "national": [
        "piano tuner|piano wale uncle|पियानो ठीक करने वाले|Klavierstimmer|accordeur de piano|"
        "afinador de pianos|"
        "accordatore|pianostemmer|afinador de piano",
        "the vet|vet clinic|पशु चिकित्सक|Tierarztpraxis|le vétérinaire|el veterinario|il veterinario|"
        "de dierenarts|"
        "o veterinário",
        "chimney sweep|plumber bhaiya|प्लंबर|Schornsteinfeger|le ramoneur|el fontanero|lo spazzacamino|"
        "de schoorsteenveger|o encanador",
        "taxi firm|auto stand|ऑटो स्टैंड|Taxiruf am Ort|les taxis du coin|la parada de taxis|il radiotaxi|"
        "de taxicentrale|o ponto de táxi",
        "the garden club secretary|society secretary|सोसाइटी सचिव|Schriftführerin Gartenverein|"
        "la secrétaire de "
        "l'asso|la secretaria de la peña|la segretaria della Pro Loco|de secretaris van de volkstuin|"
        "a secretária da associação",
    ],
    "intl": [
        "our exchange family|exchange family|विदेश वाला परिवार|die Austauschfamilie|la famille d'échange|"
        "la familia de intercambio|la famiglia dello scambio|het uitwisselingsgezin|a família do intercâmbio",
        "the holiday flat|holiday homestay|छुट्टियों वाला घर|die Ferienwohnung|la location de vacances|"
        "el apartamento de vacaciones|l'appartamento delle vacanze|het vakantiehuisje|"
        "o apartamento das férias",
        "cousin abroad|cousin bahar wala|विदेश वाले भैया|Cousine im Ausland|le cousin à l'étranger|"
        "la prima en el extranjero|il cugino all'estero|neef in het buitenland|o primo no exterior",
        "coach driver for the trip|trip ka driver|यात्रा के ड्राइवर|Busfahrer für die Reise|le chauffeur du car|"
        "el conductor del autocar|l'autista del pullman|de buschauffeur|o motorista do ônibus",
    ],
    "own": [
        "Gran back home|Nani ghar pe|घर पर नानी|Oma daheim|Mamie au pays|la abuela en casa|la nonna a casa|"
        "oma thuis|a vovó em casa",
        "our old neighbours at home|purane padosi|पुराने पड़ोसी|die alten Nachbarn daheim|les anciens voisins|"
        "los vecinos de allí|i vecchi vicini|de oude buren thuis|os vizinhos de lá",
    ],
    "other": [
        "boiler breakdown line|gas cylinder booking|गैस सिलेंडर बुकिंग|Heizungsnotdienst|dépannage chaudière|"
        "averías de la caldera|guasti caldaia|storingsdienst cv-ketel|assistência do aquecedor",
        "coach company bookings|bus booking line|बस बुकिंग|Busreisen Buchung|réservations autocars|"
        "reservas de autocares|prenotazioni pullman|boekingen busreizen|reservas de ônibus",
        "lottery results line|railway enquiry|रेल पूछताछ|Gewinnspiel-Hotline|jeu-concours|línea del sorteo|"
        "linea del concorso|winactie-lijn|linha do sorteio",
        "hall hire enquiries|hall booking helpline|हॉल बुकिंग सहायता|Saalvermietung Service|location de salles|"
        "alquiler de salones|affitto sale|zaalverhuur|aluguel de salão",
    ],
    "email_personal": [
        "menu choices to|menu choice bhejo|मेनू की पसंद भेजें|Menüwünsche an|choix du menu à|elección de menú a|"
        "scelte del menù a|menukeuze naar|escolha do cardápio para",
        "carpool list|carpool list|कारपूल सूची|Fahrgemeinschaften|covoiturage|coches compartidos|passaggi auto|"
        "carpoolen|caronas",
        "lost property|khoya-paaya|खोया-पाया|Fundsachen|objets trouvés|objetos perdidos|oggetti smarriti|"
        "gevonden voorwerpen|achados e perdidos",
    ],
    "email_role": [
        "volunteer forms|volunteer form|स्वयंसेवक फ़ॉर्म|Helferformulare|fiches bénévoles|fichas de voluntarios|"
        "moduli volontari|vrijwilligersformulieren|fichas de voluntários",
        "committee|committee|समिति|Vorstand|bureau|junta|direttivo|bestuur|diretoria",
        "stall bookings|stall booking|स्टॉल बुकिंग|Standanmeldung|réservation des stands|reserva de puestos|"
        "prenotazione bancarelle|kraamhuur|reserva de barracas",
    ],
    "card": [
        "card used for the venue booking|venue booking wala card|हॉल बुकिंग वाला कार्ड|"
        "Karte für die Saalbuchung|"
        "carte utilisée pour la salle|tarjeta de la reserva del local|carta usata per la sala|"
        "kaart voor de zaalhuur|cartão usado na reserva do salão",
        "club card for the online order|online order ka card|ऑनलाइन ऑर्डर का कार्ड|"
        "Vereinskarte Onlinebestellung|"
        "carte de l'asso pour la commande|tarjeta de la peña para el pedido|carta del circolo per l'ordine|"
        "clubkaart voor de bestelling|cartão da associação para o pedido",
    ],
    "iban": [
        "trip money to|trip ke paise|यात्रा का पैसा|Fahrtgeld an|argent du voyage sur|dinero del viaje a|"
        "soldi della gita su|reisgeld naar|dinheiro da viagem para",
        "annual subs|saal ka chanda|वार्षिक चंदा|Jahresbeitrag|cotisation annuelle|cuota anual|quota annuale|"
        "jaarcontributie|anuidade",
    ],
    "ip": [
        "scoreboard controller|scoreboard PC|स्कोरबोर्ड कंप्यूटर|Anzeigetafel-Steuerung|tableau de score|"
        "marcador electrónico|tabellone segnapunti|scorebord|placar eletrônico",
        "door camera|gate camera|गेट कैमरा|Türkamera|caméra de l'entrée|cámara de la puerta|"
        "telecamera ingresso|"
        "deurcamera|câmera do portão",
        "sound desk|DJ console|साउंड सिस्टम|Mischpult|table de mixage|mesa de sonido|mixer audio|mengpaneel|"
        "mesa de som",
    ],
    "ssn": ["SSN for the background check form", "SSN (volunteer screening)"],
}


def labels(key, lang):
    out = []
    for entry in _LABELS[key]:
        parts = entry.split("|")
        out.append(parts[ORDER.index(lang)] if len(parts) == len(ORDER) else entry)
    return out


def label_count():
    return {k: len(v) for k, v in _LABELS.items()}
