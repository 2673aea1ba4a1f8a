"""Dutch, Portuguese and Hindi sentences for v118 (radio clubs, repair cafés, maker spaces)."""

NL = {
    "repeater": {
        "titles": ["Repeaterinfo van de afdeling", "Nieuws over de repeater", "Technische fiche repeater"],
        "pos": [
            "Blijft de repeater hangen, bel dan de beheerder op {P}.",
            "De besturing is bereikbaar via {IP}, alleen vanaf het HamNet.",
            "Dekkingsrapporten graag naar {E}.",
        ],
        "neg": [
            "Uitgang {n:repeater-frequency}, shift {n:offset-and-tone}.",
            "Antenne op {n:elevation}, locatie {n:coordinates}.",
        ],
    },
    "repaircafe": {
        "titles": [
            "Repair Café – aannamebriefje",
            "Repair Café in het buurthuis",
            "Verslag van de reparaties",
        ],
        "pos": [
            "Uw broodrooster wacht op een onderdeel; we bellen u op {P} zodra het binnen is.",
            "Een gift voor onderdelen kan op {IBAN} o.v.v. Repair Café.",
            "Voor grote apparaten graag vooraf een afspraak via {P}.",
            "Vrijwillige reparateurs melden zich bij {name}: {E}.",
        ],
        "neg": [
            "Wasmachine {n:appliance-e-nr}: element gemeten {n:resistance-reading}.",
            "Veiligheidstest: {n:mains-reading}.",
        ],
    },
    "hackerspace": {
        "titles": ["Welkom in de hackerspace", "Lasersnijder reserveren", "Ledeninfo"],
        "pos": [
            "Tag kwijt? De deurbeheerder is bereikbaar op {P}.",
            "De contributie wordt geïncasseerd; rekening van de vereniging {IBAN}.",
            "Vragen over de werkplaats naar {E}.",
        ],
        "neg": [
            "Lid {n:member-number}, tag {n:rfid-fob}.",
            "PLA-profiel: {n:print-settings}.",
        ],
    },
    "surplus": {
        "titles": ["Restpartij elektronica", "Orderbevestiging", "Kraam op de radiomarkt"],
        "pos": [
            "Betaald met kaart {CARD}; de track-and-trace sturen we naar {P}.",
            "Ophalen in het magazijn na een belletje naar {P}.",
            "Offertes voor grote aantallen: {E}.",
        ],
        "neg": [
            "{n:part-number}, datumcode {n:date-code}, {n:price-quantity} euro.",
            "Pakket: {n:parcel-dimensions}.",
        ],
    },
    "clubnet": {
        "titles": ["Ronde-schema van de afdeling", "Dinsdagavondronde", "Rondes deze maand"],
        "pos": [
            "Rondeleider deze week is {name}; valt de verbinding weg, bel dan {P}.",
            "Inmelders die de rondeleider niet horen kunnen {P} bellen.",
            "Berichten voor de ronde naar {E}.",
        ],
        "neg": [
            "We zitten op {n:repeater-frequency} en DMR {n:talkgroup}.",
            "APRS-baken tijdens de ronde: {n:aprs-path}.",
        ],
    },
    "qsl": {
        "titles": ["QSL-bureau mededeling", "Kaarten versturen", "Nieuws van de QSL-manager"],
        "pos": [
            "Vragen over ontbrekende kaarten aan {name} via {E} of {P}.",
            "Het bureau is op woensdag telefonisch bereikbaar op {P}.",
        ],
        "neg": [
            "Deze zending bevat {n:iota-reference} en {n:park-summit-reference}.",
            "Stand: {n:dxcc-tally}.",
        ],
    },
}

PT = {
    "repeater": {
        "titles": ["Repetidora do radioclube", "Ficha técnica da repetidora", "Aviso sobre a repetidora"],
        "pos": [
            "Se a repetidora travar, avise o responsável pelo {P}.",
            "O painel de controle fica em {IP}, só pela rede do clube.",
            "Relatórios de cobertura para {E}.",
        ],
        "neg": [
            "Saída {n:repeater-frequency}, desvio {n:offset-and-tone}.",
            "Antena a {n:elevation}, {n:coordinates}.",
        ],
    },
    "contest": {
        "titles": ["Resultado do concurso", "Envio de logs", "Relato do concurso"],
        "pos": [
            "Dúvidas do verificador de logs: falar com o coordenador no {P}.",
            "Quem quiser um turno de madrugada fala com {name} pelo {P}.",
            "Fotos e relatos para {E}.",
        ],
        "neg": [
            "Pontuação: {n:contest-score}; troca {n:contest-exchange}.",
            "De {n:grid-locator}, {n:cq-itu-zones}.",
        ],
    },
    "repaircafe": {
        "titles": ["Café de reparos", "Ficha de entrada", "Próximo mutirão de consertos"],
        "pos": [
            "Sua torradeira aguarda uma peça; ligaremos para {P} quando chegar.",
            "Para aparelhos grandes, agende pelo {P}.",
            "Voluntários falam com {name}: {E}.",
        ],
        "neg": [
            "Máquina de lavar {n:appliance-e-nr}: resistência {n:resistance-reading}.",
            "Teste de segurança: {n:mains-reading}.",
        ],
    },
    "hackerspace": {
        "titles": ["Bem-vindo ao hackerspace", "Reserva da cortadora a laser", "Guia do associado"],
        "pos": [
            "Perdeu o chaveiro? O administrador da porta atende no {P}.",
            "A wiki e a fila da impressora 3D rodam em {IP}.",
            "Dúvidas sobre a oficina: {E}.",
        ],
        "neg": [
            "Associado {n:member-number}, chaveiro {n:rfid-fob}.",
            "Perfil PLA: {n:print-settings}.",
        ],
    },
    "surplus": {
        "titles": ["Sucata eletrônica", "Confirmação de pedido", "Banca na feira de rádio"],
        "pos": [
            "Pago com cartão {CARD}; o rastreio vai por SMS para {P}.",
            "Retirada no galpão com ligação antes para {P}.",
            "Orçamentos em quantidade: {E}.",
        ],
        "neg": [
            "{n:part-number}, código de data {n:date-code}, {n:price-quantity}.",
            "Volume: {n:parcel-dimensions}.",
        ],
    },
    "emcomm": {
        "titles": ["Rede de emergência", "Simulado de comunicações", "Lista de acionamento"],
        "pos": [
            "Se for acionado, confirme com o coordenador no {P} em até 30 minutos.",
            "A central do simulado atende no {P}.",
            "Relatórios do exercício para {E}.",
        ],
        "neg": [
            "Ponto de encontro {n:coordinates}; packet a {n:baud-settings}.",
            "Frequência principal {n:repeater-frequency}.",
        ],
    },
}

HI = {
    "repeater": {
        "titles": ["रिपीटर सूचना", "क्लब रिपीटर की जानकारी"],
        "pos": [
            "रिपीटर अटक जाए तो प्रभारी को {P} पर फ़ोन करें।",
            "कवरेज रिपोर्ट {E} पर भेजें।",
            "साइट पर जाने से पहले {name} से {P} पर बात कर लें।",
        ],
        "neg": [
            "आउटपुट {n:repeater-frequency}, ऑफ़सेट {n:offset-and-tone}।",
            "एंटीना {n:elevation} पर, {n:coordinates}।",
        ],
    },
    "repaircafe": {
        "titles": ["रिपेयर कैफ़े पर्ची", "इस महीने का रिपेयर कैफ़े"],
        "pos": [
            "आपका मिक्सर पुर्ज़े का इंतज़ार कर रहा है; पुर्ज़ा आते ही हम {P} पर फ़ोन करेंगे।",
            "बड़े उपकरणों के लिए पहले {P} पर समय लें।",
            "स्वयंसेवक {name} से {E} पर संपर्क करें।",
        ],
        "neg": [
            "वॉशिंग मशीन {n:appliance-e-nr}: हीटर {n:resistance-reading}।",
            "सुरक्षा जाँच: {n:mains-reading}।",
        ],
    },
    "hackerspace": {
        "titles": ["मेकर स्पेस में स्वागत है", "लेज़र कटर बुकिंग"],
        "pos": [
            "कार्ड खो गया? दरवाज़े के एडमिन को {P} पर फ़ोन करें।",
            "विकी और 3D प्रिंटर की कतार {IP} पर चलती है।",
            "वर्कशॉप के सवाल {E} पर भेजें।",
        ],
        "neg": [
            "सदस्य {n:member-number}, कार्ड {n:rfid-fob}।",
            "PLA प्रोफ़ाइल: {n:print-settings}।",
        ],
    },
    "surplus": {
        "titles": ["इलेक्ट्रॉनिक्स सरप्लस सूची", "ऑर्डर की पुष्टि"],
        "pos": [
            "कार्ड {CARD} से भुगतान हुआ; ट्रैकिंग {P} पर SMS से आएगी।",
            "गोदाम से सामान लेने से पहले {P} पर फ़ोन करें।",
            "थोक पूछताछ: {E}।",
        ],
        "neg": [
            "{n:part-number}, डेट कोड {n:date-code}, {n:price-quantity}।",
            "पार्सल: {n:parcel-dimensions}।",
        ],
    },
    "emcomm": {
        "titles": ["आपदा संचार अभ्यास", "हैम आपात सूची"],
        "pos": [
            "बुलावा आने पर 30 मिनट में समन्वयक को {P} पर पुष्टि करें।",
            "अभ्यास की रिपोर्ट {E} पर भेजें।",
            "नियंत्रण कक्ष अभ्यास के दौरान {P} पर उपलब्ध है।",
        ],
        "neg": [
            "मिलन स्थल {n:coordinates}; पैकेट {n:baud-settings}।",
            "मुख्य फ़्रीक्वेंसी {n:repeater-frequency}।",
        ],
    },
}

LOCAL_NL = [
    "Binnen {town} belt u het clubhuis gewoon op {L1}, zonder kengetal.",
    "Vanuit het netnummergebied {town}: werkplaats {L1}, voorzitter {L2}.",
    "Woont u in de regio {town}? Toets dan alleen {L1}.",
]
LOCAL_PT = [
    "Em {town}, de telefone fixo da cidade, o clube atende no {L1}.",
    "Para quem liga de dentro de {town}: oficina {L1}, secretaria {L2}.",
    "Ligando de {town} mesmo? É só discar {L1}.",
]
LOCAL_HI = [
    "{town} शहर के अंदर से क्लब स्टेशन का नंबर सिर्फ़ {L1} है, STD कोड की ज़रूरत नहीं।",
    "{town} के सदस्यों के लिए वर्कशॉप {L1} और सचिव {L2}।",
]
HEADS2 = {
    "nl": ["Telefoonlijst vereniging", "Zo bereikt u ons"],
    "pt": ["Contatos do radioclube", "Fale com a gente"],
    "hi": ["क्लब संपर्क", "फ़ोन सूची"],
}
LABELS2 = {
    "nl": ["Voorzitter", "Repeaterbeheerder", "Penningmeester", "Werkplaats", "QSL-manager"],
    "pt": ["Presidente", "Responsável pela repetidora", "Tesouraria", "Oficina", "Coordenação"],
    "hi": ["अध्यक्ष", "रिपीटर प्रभारी", "कोषाध्यक्ष", "वर्कशॉप", "सचिव"],
}
