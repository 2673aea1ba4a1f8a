"""Spanish, Italian, Dutch, Portuguese and Hindi sentences (outdoors genres), written fresh for v71."""

ES = {
    "ranger": {
        "titles": ["Aviso de los agentes forestales", "Parque natural – información al visitante"],
        "phone": [
            "Si un excursionista no ha vuelto, avise al puesto de guardería en el {ph}.",
            "El agente {name} atiende en el {mob} durante las rondas.",
            "Incendio a la vista: llame gratis al {oth}.",
        ],
        "neg": [
            "La pasarela está cortada en {n:gps_decimal}; desvío por la senda {n:trail_number}.",
            "El centro de visitantes abre de {n:opening_hours}.",
            "Índice de riesgo de incendio: {n:fire_index}.",
        ],
        "extra": ["Fotos de desperfectos a {role}."],
    },
    "hut": {
        "titles": ["Confirmación de reserva – refugio", "Nota del guarda del refugio"],
        "phone": [
            "El guarda, {name}, contesta en el {mob}; la cobertura es mala, mejor un mensaje.",
            "Cancelaciones con 48 horas de antelación en el {ph}.",
            "La federación del otro lado del Pirineo gestiona su refugio en el {intl}.",
        ],
        "neg": [
            "Localizador de la reserva: {n:hut_booking_ref}.",
            "El refugio está a {n:summit_altitude}, con {n:bed_count} plazas.",
            "Desnivel desde el aparcamiento: {n:ascent_hm}.",
        ],
        "extra": ["La señal se cargó en la tarjeta {card}.", "Resto por transferencia a {iban}."],
    },
    "wildlife": {
        "titles": ["Centro de recuperación de fauna", "Ficha de ingreso – fauna silvestre"],
        "phone": [
            "¿Ha encontrado un animal herido? Llame al {ph} y le indicaremos qué hacer.",
            "De noche está de guardia {name}, en el {mob}.",
        ],
        "neg": [
            "Expediente {n:rescue_case}: búho real liberado en {n:gps_dms}.",
            "El perro llevaba microchip {n:microchip}.",
            "Anilla {n:bird_ring} leída antes de la suelta.",
        ],
        "extra": ["Gracias por su donativo con tarjeta ({card})."],
    },
    "angling": {
        "titles": ["Sociedad de pescadores – circular", "Normas del coto de pesca"],
        "phone": [
            "Los permisos del día los vende el guarda, {name}, en el {mob}.",
            "Vertidos o peces muertos: avise al {ph}.",
        ],
        "neg": [
            "Su número de socio es {n:angling_member}.",
            "Talla mínima de la trucha {n:catch_size}; cupo {n:bag_limit}.",
            "Temporada {n:season_dates} según la orden de vedas.",
        ],
        "extra": ["Cuotas por domiciliación en {iban}."],
    },
}

IT = {
    "ranger": {
        "titles": ["Avviso dei guardiaparco", "Parco nazionale – notizie per i visitatori"],
        "phone": [
            "Escursionisti dispersi: chiamate subito il posto di guardia al {ph}.",
            "Il guardiaparco {name} risponde al {mob} durante i giri di controllo.",
            "Il parco svizzero confinante risponde al {intl}.",
            "Avvistamento di un incendio: numero verde {oth}.",
        ],
        "neg": [
            "Il ponticello è chiuso a {n:gps_decimal}; deviazione sul sentiero {n:trail_number}.",
            "Il centro visite è aperto {n:opening_hours}.",
        ],
        "extra": ["Segnalazioni con foto a {role}."],
    },
    "hut": {
        "titles": ["Conferma di prenotazione – rifugio", "Il gestore del rifugio informa"],
        "phone": [
            "Il gestore, {name}, è raggiungibile al {mob}: meglio un SMS, il segnale è debole.",
            "Disdette entro 48 ore al {ph}.",
        ],
        "neg": [
            "Codice prenotazione {n:hut_booking_ref}.",
            "Il rifugio si trova a {n:summit_altitude} e ha {n:bed_count} posti letto.",
            "Carta {n:map_sheet}, scala {n:map_scale}.",
        ],
        "extra": ["La caparra è stata addebitata sulla carta {card}.", "Saldo con bonifico su {iban}."],
    },
    "trail": {
        "titles": ["Bollettino valanghe", "Condizioni dei sentieri"],
        "phone": [
            "In caso di incidente, soccorso alpino al {oth} o stazione locale al {ph}.",
            "Bollettino curato dalla guida {name}; domande al {mob}.",
        ],
        "neg": [
            "Pericolo valanghe {n:avalanche_level}, neve al suolo {n:snow_depth}.",
            "Vento in cresta {n:wind_speed}, stazione {n:wmo_station}.",
            "Alba e tramonto: {n:sun_times}.",
        ],
        "extra": ["La stazione meteo trasmette da {ip}."],
    },
    "angling": {
        "titles": ["Associazione pescatori – circolare ai soci", "Regolamento di pesca"],
        "phone": [
            "I permessi giornalieri si comprano dal guardiapesca {name}, al {mob}.",
            "Moria di pesci o scarichi: chiamate il {ph}.",
        ],
        "neg": [
            "Numero di tessera: {n:angling_member}.",
            "Misura minima della trota {n:catch_size}, limite {n:bag_limit}.",
            "Temperatura dell'acqua {n:water_temp}.",
        ],
        "extra": ["Quote sociali con bonifico su {iban}."],
    },
}

NL = {
    "reserve": {
        "titles": ["Natuurgebied – bezoekersinformatie", "Boswachter meldt", "Update van de boswachterij"],
        "phone": [
            "Schoolexcursies plant u via de educatiemedewerker op {ph}.",
            "Een gewonde zeehond gezien? Bel boswachter {name} op {mob}.",
            "De Duitse partner in het grensgebied is bereikbaar via {intl}.",
            "Natuurbrand? Bel gratis {oth}.",
        ],
        "neg": [
            "De vogelkijkhut staat op {n:gps_dms}.",
            "Het gebied beslaat {n:hectares} rietland en kwelder.",
            "Hoogwater zaterdag: {n:tide}; het pad overstroomt.",
            "Blijf tussen paal {n:pitch_range} op het vlonderpad in het broedseizoen.",
            "Kleurring {n:bird_ring} is dinsdag hier afgelezen.",
        ],
        "extra": ["Waarnemingen graag naar {role}.", "Giften zijn welkom op {iban}."],
    },
    "angling": {
        "titles": ["Hengelsportvereniging – ledenbrief", "Visreglement"],
        "phone": [
            "Dagvergunningen koop je bij controleur {name}, {mob}.",
            "Vissterfte of vervuiling meteen melden op {ph}.",
        ],
        "neg": [
            "Je lidnummer is {n:angling_member}.",
            "Vergunning {n:fishing_permit} geldt vanaf {n:river_km} stroomafwaarts.",
            "Minimummaat snoekbaars {n:catch_size}, meeneemlimiet {n:bag_limit}.",
        ],
        "extra": ["Contributie via automatische incasso van {iban}.", "Wedstrijduitslagen naar {role}."],
    },
    "wildlife": {
        "titles": ["Vogelopvang – opnameverslag", "Egelopvang: nieuws", "Dierenambulance"],
        "phone": [
            "Gewond dier gevonden? Bel onze meldlijn, {ph}.",
            "'s Nachts heeft {name} dienst: {mob}.",
            "Besmeurde zeevogels gaan naar de opvang aan de kust: {intl}.",
        ],
        "neg": [
            "Dossier {n:rescue_case}: buizerd vrijgelaten op {n:gps_decimal}.",
            "De hond was gechipt ({n:microchip}).",
            "Het lam had oormerk {n:ear_tag}.",
        ],
        "extra": ["Bedankt voor uw gift per kaart ({card}).", "Roosterwissels via {role}."],
    },
    "centre": {
        "titles": ["Buitensportcentrum – deelnemersinformatie", "Kanoweek: wat neem je mee"],
        "phone": [
            "Op de dag zelf is instructeur {name} bereikbaar op {mob}.",
            "De receptie is bereikbaar op {ph} vanaf acht uur.",
        ],
        "neg": [
            "Verzamelen bij de botenloods, {n:gps_decimal}.",
            "Watertemperatuur gisteren {n:water_temp}; wetsuits liggen klaar.",
            "Windverwachting: windstoten tot {n:wind_speed}.",
            "Poortcode klimhal voor groepen: {n:gate_code}.",
        ],
        "extra": [
            "Het restant is afgeschreven van kaart {card}.",
            "Gastnetwerk deelt adressen uit vanaf {ip}.",
        ],
    },
}

PT = {
    "ranger": {
        "titles": ["Aviso dos guarda-parques", "Parque nacional – informação ao visitante"],
        "phone": [
            "Trilheiro atrasado? Avise a base dos guarda-parques pelo {ph}.",
            "O guarda-parque {name} atende no {mob} durante as rondas.",
            "Viu fumaça? Ligue grátis para {oth}.",
        ],
        "neg": [
            "A ponte está interditada em {n:gps_decimal}; desvio pela trilha {n:trail_number}.",
            "O centro de visitantes abre das {n:opening_hours}.",
            "Recebemos {n:visitor_count} visitantes na última temporada.",
        ],
        "extra": ["Fotos de estragos para {role}."],
    },
    "wildlife": {
        "titles": ["Centro de reabilitação de animais silvestres", "Ficha de entrada – fauna"],
        "phone": [
            "Encontrou um animal ferido? Ligue para o nosso plantão, {ph}.",
            "À noite, quem está de sobreaviso é {name}: {mob}.",
            "Aves oleadas seguem para o centro costeiro: {intl}.",
        ],
        "neg": [
            "Ficha {n:rescue_case}: tamanduá solto em {n:gps_dms}.",
            "O cão tinha microchip {n:microchip}.",
            "Anilha {n:bird_ring} lida antes da soltura.",
        ],
        "extra": ["Obrigado pela doação no cartão ({card}).", "Escala de voluntários: {role}."],
    },
    "angling": {
        "titles": ["Clube de pesca – carta aos sócios", "Regulamento da pesca esportiva"],
        "phone": [
            "Licenças diárias com o fiscal, {name}, no {mob}.",
            "Peixes mortos ou poluição: ligue para {ph}.",
        ],
        "neg": [
            "Seu número de sócio: {n:angling_member}.",
            "Tamanho mínimo do tucunaré {n:catch_size}; cota {n:bag_limit}.",
            "Temperatura da água: {n:water_temp}.",
        ],
        "extra": ["Mensalidades por débito na conta {iban}.", "Resultados dos torneios para {role}."],
    },
    "centre": {
        "titles": ["Centro de ecoturismo – instruções da reserva", "Rapel e canoagem: o que levar"],
        "phone": [
            "No dia, o instrutor {name} atende no {mob}.",
            "A recepção atende no {ph} a partir das oito.",
        ],
        "neg": [
            "Encontro no píer, {n:gps_decimal}.",
            "A cachoeira tem {n:summit_altitude} de altitude na base.",
            "Vento previsto: rajadas de {n:wind_speed}.",
        ],
        "extra": [
            "O sinal foi cobrado no cartão {card}.",
            "A rede de visitantes distribui endereços a partir de {ip}.",
        ],
    },
}

HI = {
    "ranger": {
        "titles": ["वन विभाग – पर्यटकों के लिए सूचना", "रेंजर चौकी की सूचना"],
        "phone": [
            "कोई ट्रेकर समय पर न लौटे तो रेंजर चौकी को {ph} पर तुरंत बताएं।",
            "रेंजर {name} गश्त के दौरान {mob} पर मिलेंगे।",
            "जंगल में आग दिखे तो निःशुल्क {oth} पर कॉल करें।",
        ],
        "neg": [
            "पुल {n:gps_decimal} पर बंद है; रास्ता {n:trail_number} से जाएं।",
            "विज़िटर सेंटर {n:opening_hours} खुला रहता है।",
            "पिछले सीज़न में {n:visitor_count} पर्यटक आए।",
        ],
        "extra": ["नुकसान की तस्वीरें {role} पर भेजें।"],
    },
    "wildlife": {
        "titles": ["वन्यजीव बचाव केंद्र – भर्ती रिपोर्ट", "घायल पक्षी हेल्पलाइन"],
        "phone": [
            "घायल जानवर मिला है? हमारी हेल्पलाइन {ph} पर फ़ोन करें।",
            "रात में {name} ड्यूटी पर हैं: {mob}।",
        ],
        "neg": [
            "केस {n:rescue_case}: उल्लू को {n:gps_dms} पर छोड़ा गया।",
            "कुत्ते में माइक्रोचिप {n:microchip} लगी थी।",
            "छल्ला {n:bird_ring} छोड़ने से पहले पढ़ा गया।",
        ],
        "extra": ["कार्ड ({card}) से दान के लिए धन्यवाद।"],
    },
    "trail": {
        "titles": ["ट्रेक और मौसम की स्थिति", "हिमस्खलन चेतावनी"],
        "phone": [
            "दुर्घटना होने पर स्थानीय बचाव दल को {ph} पर फ़ोन करें।",
            "गाइड {name} रोज़ रिपोर्ट अपडेट करते हैं; सवाल {mob} पर।",
        ],
        "neg": [
            "हिमस्खलन ख़तरा {n:avalanche_level}, बर्फ़ की गहराई {n:snow_depth}।",
            "रिज पर हवा {n:wind_speed}।",
            "सूर्योदय और सूर्यास्त: {n:sun_times}।",
        ],
        "extra": ["मौसम स्टेशन {ip} से डेटा भेजता है।"],
    },
    "camp": {
        "titles": ["कैंपसाइट बुकिंग की पुष्टि", "नेचर कैंप – ज़रूरी जानकारी"],
        "phone": [
            "कैंप मैनेजर {name} से {mob} पर बात करें।",
            "बुकिंग रद्द करनी हो तो 48 घंटे पहले {ph} पर बताएं।",
        ],
        "neg": [
            "आपका बुकिंग नंबर {n:hut_booking_ref} है।",
            "कैंप {n:summit_altitude} की ऊंचाई पर है, {n:bed_count} टेंट हैं।",
            "टेंट नंबर {n:pitch_range} नदी के पास हैं।",
        ],
        "extra": ["अग्रिम राशि कार्ड {card} से ली गई।"],
    },
}

NL_LOCAL = [
    "Binnen {town} bel je de boswachterij gewoon op {loc}.",
    "Vanaf een vaste lijn in {town}: {loc} voor de vogelopvang.",
    "De botenverhuur in {town} heeft {loc}; na zessen {loc2}.",
    "Woonachtig in {town}? Het bezoekerscentrum is {loc}, netnummer kun je weglaten.",
    "„Bel maar {loc}, je zit toch in {town}”, zei de boswachter.",
    "Hengelsportvereniging {town} – controleur (lokaal):\n{loc}",
    "Dierenambulance {town}, voor bellers uit de stad zelf: {loc}.",
    "Lokaal nummer excursies {town}: {loc}, vraag naar {name}.",
    "Wie in {town} belt, kiest {loc} voor de kanoverhuur.",
    "In {town} staat de egelopvang in de gids onder {loc}.",
]

PT_LOCAL = [
    "De telefone fixo em {town}, a base do parque é {loc}.",
    "Para quem liga de {town} mesmo: {loc} (centro de visitantes).",
    "O aluguel de caiaques em {town} atende no {loc}; depois das 18h, {loc2}.",
    "Mora em {town}? Então é só discar {loc} para o resgate de fauna.",
    '"Liga no {loc}, você está em {town}", disse o guia.',
    "Clube de pesca de {town} – fiscal (ligação local):\n{loc}",
    "Pousada ecológica em {town}, telefone da cidade: {loc}, falar com {name}.",
    "Dentro de {town}, o plantão dos bombeiros florestais é {loc}.",
    "Na lista telefônica de {town}, o viveiro aparece como {loc}.",
    "Trilhas guiadas em {town}: {loc} para quem liga de fixo local.",
]

HI_LOCAL = [
    "{town} शहर के अंदर से रेंजर चौकी का नंबर {loc} है।",
    "{town} के लैंडलाइन से वन्यजीव हेल्पलाइन: {loc}।",
    "अगर आप {town} में ही हैं, तो कैंप ऑफ़िस को {loc} मिलाएं; रात में {loc2}।",
    '"बस {loc} लगाइए, आप तो {town} में हैं", गाइड ने कहा।',
    "{town} ट्रेकिंग दफ़्तर (स्थानीय कॉल):\n{loc}",
    "{town} में रहने वाले {loc} पर {name} से बात कर सकते हैं।",
    "नेचर कैंप, {town} – शहर के फ़ोन से {loc}।",
    "{town} की डायरेक्टरी में पक्षी अस्पताल का नंबर {loc} दर्ज है।",
]

LISTS = {
    "es": (["Teléfonos de interés", "Para llevar encima"], ["Guardería", "Refugio", "Guarda", "Emergencias"]),
    "it": (
        ["Recapiti utili", "Da tenere a portata di mano"],
        ["Guardiaparco", "Rifugio", "Guardiapesca", "Soccorso"],
    ),
    "nl": (
        ["Handige nummers", "Bereikbaarheid", "Bellen bij"],
        ["Boswachter", "Meldlijn", "Controleur", "Receptie"],
    ),
    "pt": (
        ["Contatos importantes", "Para levar na mochila"],
        ["Guarda-parque", "Plantão", "Fiscal", "Recepção"],
    ),
    "hi": (["काम के नंबर", "संपर्क"], ["रेंजर चौकी", "हेल्पलाइन", "कैंप मैनेजर", "बचाव दल"]),
}
NEG_TITLES = {
    "es": ["Cuaderno de campo", "Resumen de temporada"],
    "it": ["Diario di escursione", "Resoconto di stagione"],
    "nl": ["Veldnotities", "Seizoensoverzicht", "Routekaart"],
    "pt": ["Caderno de campo", "Resumo da temporada"],
    "hi": ["फ़ील्ड नोट्स", "सीज़न का सार"],
}
