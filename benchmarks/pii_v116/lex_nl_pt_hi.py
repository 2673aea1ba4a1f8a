"""Dutch, Portuguese and Hindi sentences for v116 (same placeholders as lex_en)."""

NL = {
    "skischool": (
        ["Skischool – bevestiging van je les", "Privéles op de piste", "Kinderskiweek: wat neem je mee"],
        [
            "We verzamelen bij de oefenhelling om {n:lift_hours}.",
            "Je skileraar {name} (diploma {n:instructor_licence}) belt je op {mob} als de les verschuift.",
            "Cursus {n:course_code} zit vol; voor de wachtlijst bel je {ph}.",
            (
                "Geef lengte en gewicht van je kind door ({n:height_weight}) zodat we de bindingen kunnen "
                "afstellen."
            ),
            "Het lesgeld is afgeschreven van kaart {card}.",
            "Vragen over de kinderclub? Mail {mail}.",
        ],
    ),
    "liftpass": (
        ["Skipas – aankoopbewijs", "Seizoenskaart verlengd", "Je skipas is opgewaardeerd"],
        [
            "De skipas met chip {n:wtp_chip} is opgewaardeerd voor zes dagen.",
            "Pas kwijt? Laat hem blokkeren via {ph}; een nieuwe kost {n:price}.",
            "De termijnen worden geïncasseerd van {iban}.",
            "Liften draaien van {n:lift_hours}; seizoen {n:season_dates}.",
            "Groepstarieven via {free}.",
        ],
    ),
    "rental": (
        ["Skiverhuur – huurcontract", "Afhaalbon verhuur", "Je materiaal ligt klaar"],
        [
            (
                "Ski's {n:ski_length}, schoenen {n:mondopoint}, zoollengte {n:boot_sole}, instelling "
                "{n:din_setting}."
            ),
            "Huurcontract {n:rental_contract} loopt tot sluitingstijd op je laatste dag.",
            "Op {card} is een borg gereserveerd.",
            "Knellen de schoenen? Kom langs of bel de werkplaats: {ph}.",
            "Je kluisje bij het dalstation opent met code {n:locker_code}.",
        ],
    ),
    "chalet": (
        ["Boekingsbevestiging chalet", "Welkom in het chalet", "Aankomstinformatie"],
        [
            "Je gastvrouw {name} ontvangt je; haar mobiel is {mob}.",
            "Boeking {n:booking_ref}: zes personen, halfpension, kamer {n:room}.",
            "Het restbedrag maak je over naar {iban}.",
            "Wifi loopt via de router op {ip}.",
            "Skibus vanaf de halte om {n:bus_times}. Adres voor de navigatie: {n:postcode}.",
        ],
    ),
    "shuttle": (
        ["Transferbevestiging", "Pendelbus naar het skigebied", "Je transfer naar de bergen"],
        [
            "De chauffeur wacht in de aankomsthal na vlucht {n:flight}.",
            "Met de trein? Trein {n:train} sluit aan op ons busje.",
            "Vertraging? Stuur een bericht naar {mob}.",
            "Wijzigingen op de dag zelf: {ph}.",
            "De rit is betaald met {card}.",
        ],
    ),
}

PT = {
    "skischool": (
        ["Escola de esqui – confirmação", "A sua aula particular", "Semana de neve das crianças"],
        [
            "O ponto de encontro é a pista de iniciação às {n:lift_hours}.",
            "O instrutor {name} (licença {n:instructor_licence}) avisa pelo {mob} se a aula mudar.",
            "A turma {n:course_code} está cheia; a lista de espera é pelo {ph}.",
            "Informe altura e peso da criança ({n:height_weight}) para regular as fixações.",
            "As aulas foram cobradas no cartão {card}.",
            "Dúvidas sobre o clube infantil: {mail}.",
        ],
    ),
    "liftpass": (
        ["Bilheteira dos teleféricos – recibo", "Renovação do passe de temporada", "Passe recarregado"],
        [
            "O passe com chip {n:wtp_chip} foi recarregado para seis dias.",
            "Perdeu o passe? Bloqueie-o pelo {ph}; a segunda via custa {n:price}.",
            "As prestações serão debitadas em {iban}.",
            "Horário dos meios mecânicos: {n:lift_hours}. Temporada {n:season_dates}.",
            "Preços de grupo pelo {free}.",
        ],
    ),
    "snowreport": (
        ["Boletim de neve", "Estado das pistas", "Previsão para o fim de semana"],
        [
            "Durante a noite caíram {n:new_snow}; no topo há {n:snow_depth} de neve.",
            "No cume, {n:temperature} às sete, com rajadas de {n:wind_gusts}.",
            "Gravação com o boletim: {ph}.",
            "O chefe de pistas atende no {mob}.",
        ],
    ),
    "rental": (
        ["Aluguer de equipamento – contrato", "Levantamento do material", "Reserva na loja de aluguel"],
        [
            "Esquis de {n:ski_length}, botas {n:mondopoint}, sola {n:boot_sole}, regulação {n:din_setting}.",
            "Contrato {n:rental_contract}, válido até o fecho do último dia.",
            "Foi feita uma pré-autorização de caução no cartão {card}.",
            "Botas apertadas? Ligue para a oficina: {ph}.",
            "Recibos enviados por {mail}.",
        ],
    ),
    "chalet": (
        ["Confirmação de reserva – chalé", "Bem-vindo ao chalé", "Informações de chegada"],
        [
            "A sua anfitriã {name} recebe-o à porta; o celular dela é {mob}.",
            "Reserva {n:booking_ref}: seis hóspedes, meia pensão, quarto {n:room}.",
            "O restante deve ser transferido para {iban}.",
            "Autocarro para as pistas: {n:bus_times}.",
            "Urgências à noite: {ph}.",
        ],
    ),
}

HI = {
    "skischool": (
        ["स्की स्कूल – क्लास की पुष्टि", "आपकी प्राइवेट स्की क्लास"],
        [
            "मिलने की जगह बेबी स्लोप के पास है, समय {n:lift_hours}.",
            "आपके इंस्ट्रक्टर {name} (लाइसेंस {n:instructor_licence}) बदलाव होने पर {mob} से कॉल करेंगे।",
            "कोर्स {n:course_code} भर गया है; वेटिंग लिस्ट के लिए {ph} पर फ़ोन करें।",
            "बच्चे की लंबाई और वज़न ({n:height_weight}) बताइए ताकि बाइंडिंग सेट हो सके।",
            "फ़ीस कार्ड {card} से ली गई है।",
            "सवाल हों तो {mail} पर लिखें।",
        ],
    ),
    "liftpass": (
        ["लिफ़्ट पास – रसीद", "सीज़न पास का नवीनीकरण"],
        [
            "चिप नंबर {n:wtp_chip} वाला पास छह दिन के लिए रिचार्ज हो गया है।",
            "पास खो गया? {ph} पर ब्लॉक कराएँ; नया पास {n:price} का है।",
            "लिफ़्ट का समय {n:lift_hours} है।",
            "ग्रुप रेट के लिए {free} पर कॉल करें।",
        ],
    ),
    "snowreport": (
        ["सुबह की बर्फ़ रिपोर्ट", "ढलानों की स्थिति"],
        [
            "रात में {n:new_snow} बर्फ़ गिरी; ऊपर {n:snow_depth} जमी है।",
            "चोटी पर सुबह सात बजे {n:temperature}, हवा के झोंके {n:wind_gusts}.",
            "रिकॉर्ड की गई रिपोर्ट सुनने के लिए {ph} डायल करें।",
            "ढलान प्रबंधक {mob} पर मिलेंगे।",
        ],
    ),
    "rental": (
        ["स्की किराया – अनुबंध", "उपकरण पिक-अप पर्ची"],
        [
            "स्की {n:ski_length}, बूट {n:mondopoint}, सोल {n:boot_sole}, सेटिंग {n:din_setting}.",
            "अनुबंध {n:rental_contract} आख़िरी दिन शाम तक मान्य है।",
            "जमा राशि कार्ड {card} पर रोकी गई है।",
            "बूट तंग हैं? वर्कशॉप को {ph} पर फ़ोन करें।",
        ],
    ),
    "chalet": (
        ["कॉटेज बुकिंग की पुष्टि", "होमस्टे में आपका स्वागत"],
        [
            "आपके मेज़बान {name} का मोबाइल {mob} है।",
            "बुकिंग {n:booking_ref}: छह मेहमान, कमरा {n:room}.",
            "वाई-फ़ाई राउटर {ip} पर है।",
            "रात में किसी ज़रूरत पर {ph} पर कॉल करें।",
        ],
    ),
}

LOCAL_NL = [
    "Woon je in {town}? Dan bel je de skihal gewoon op {loc}, zonder netnummer.",
    "Skiverhuur {town}, lokaal: {loc}; skischool {loc}.",
    "Vanuit {town} zelf bereik je de balie op {loc}.",
    "Binnen {town} is de clubkantine te bellen op {loc}.",
    "Al in {town}? Kort nummer van de receptie: {loc}.",
]
LOCAL_PT = [
    "Quem já está em {town} liga para a escola de esqui no {loc}, sem o DDD.",
    "Loja de aluguel em {town} (ligação local): {loc}.",
    "De um fixo de {town}, a recepção do hotel atende no {loc} e o traslado no {loc}.",
    "Em {town}, o balcão de passeios na neve é o {loc}.",
    "Morador de {town}? Disque só {loc} para a pousada.",
]
LOCAL_HI = [
    "{town} में हैं तो स्की डेस्क का लोकल नंबर {loc} है, STD कोड की ज़रूरत नहीं।",
    "{town} शहर के लैंडलाइन से किराये की दुकान: {loc}.",
    "{town} के अंदर होटल रिसेप्शन {loc} और टैक्सी स्टैंड {loc} पर मिलेंगे।",
    "{town} के मेहमान पिक-अप पॉइंट को सीधे {loc} पर कॉल करें।",
]
HEADS = {
    "nl": ["Nummers in het skigebied", "Contact op de berg"],
    "pt": ["Contactos da estância", "Telefones na neve"],
    "hi": ["रिसॉर्ट के नंबर", "पहाड़ पर संपर्क"],
}
LABELS = {
    "nl": ["Skischool", "Kassa", "Verhuur", "Pistedienst", "Chalet", "Transfer"],
    "pt": ["Escola de esqui", "Bilheteira", "Aluguel", "Patrulha", "Chalé", "Traslado"],
    "hi": ["स्की स्कूल", "टिकट काउंटर", "किराया", "पेट्रोल", "कॉटेज", "टैक्सी"],
}
