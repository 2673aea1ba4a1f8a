"""Portuguese and Hindi sentences: military life and veterans, with local-number announcements."""

PT = {
    "family": {
        "title": [
            "Apoio às famílias – avisos do quartel",
            "Carta às famílias durante a missão",
            "Seção de assistência social: informações",
        ],
        "pos": [
            "Durante a missão, o apoio às famílias atende no {MOB}.",
            "Familiares podem escrever para {EMR} para receber notícias do contingente.",
            "Para a creche do quartel, falem com {NAME} pelo {NAT}.",
            "A linha gratuita para famílias é {FREE}.",
            "Do exterior, liguem para {INTL}.",
        ],
        "neg": [
            "As encomendas não podem passar de {N:kit_weight}.",
            "O dia da família começa às {N:mil_time} em frente ao pavilhão {N:room}.",
        ],
    },
    "veterans": {
        "title": [
            "Associação de veteranos – boletim",
            "Liga dos Combatentes: núcleo local",
            "Encontro anual de ex-combatentes",
        ],
        "pos": [
            "O secretário, {NAME}, atende à noite pelo {NAT}.",
            "A quota paga-se por transferência para {IBAN}.",
            "Inscrições para o almoço em {EMR} ou pelo {MOB}.",
            "As fotos do encontro estão com {EMP}.",
        ],
        "neg": [
            "O cartão de sócio n.º {N:member_no} foi anulado.",
            "O nosso sócio mais antigo, nascido a {N:dob}, serviu em {N:war_years}.",
            "A rifa rendeu {N:amount}.",
        ],
    },
    "museum": {
        "title": [
            "Museu Militar – informação ao visitante",
            "Pedido ao arquivo do museu",
            "Amigos do Museu do Regimento",
        ],
        "pos": [
            "Visitas de grupo são marcadas pelo {NAT}.",
            "Pesquisas sobre militares devem ser enviadas para {EMR}.",
            "O contador de visitantes da entrada está em {IP4P}.",
            "O ingresso foi pago com o cartão {CARD}.",
        ],
        "neg": [
            "A peça {N:accession} voltou à exposição depois do restauro.",
            "O catálogo (ISBN {N:isbn}) custa {N:amount}.",
            "No pátio está um {N:vehicle_type}; a sala 3 cobre os anos {N:war_years}.",
        ],
    },
}

LOC_PT = [
    "Quem mora em {TOWN} fala com a assistência social no {LOC}.",
    "Dentro de {TOWN}, o museu atende no {LOC} e a reserva de grupos no {LOC2}.",
    "Telefone local da associação de veteranos em {TOWN}: {LOC}",
    "Ligando de um fixo de {TOWN}, a portaria do quartel é {LOC}.",
    '"É só ligar {LOC}", disse o sargento {NAME}, "estou em {TOWN} a semana toda."',
    "Núcleo {TOWN} (ligação local): {LOC}",
]

HI = {
    "veterans": {
        "title": ["पूर्व सैनिक संघ – सूचना", "ज़िला सैनिक बोर्ड: पूर्व सैनिकों के लिए जानकारी", "भूतपूर्व सैनिक सम्मेलन"],
        "pos": [
            "संघ के सचिव {NAME} से शाम को {NAT} पर बात की जा सकती है।",
            "पेंशन से जुड़े सवालों के लिए {FREE} पर कॉल करें।",
            "सम्मेलन में आने के लिए {EMR} पर नाम भेजें या {MOB} पर फ़ोन करें।",
            "विदेश में रहने वाले सदस्य {INTL} पर संपर्क करें।",
        ],
        "neg": [
            "हमारे सबसे बुज़ुर्ग सदस्य का जन्म {N:dob} को हुआ था।",
            "सदस्यता संख्या {N:member_no} दोबारा जारी हो गई थी, उसे रद्द कर दिया गया है।",
            "मेले से {N:amount} इकट्ठा हुए।",
        ],
    },
    "cadets": {
        "title": ["एनसीसी यूनिट – अभिभावकों के लिए पत्र", "एनसीसी शिविर: सामान की सूची", "कैडेटों के लिए परेड सूचना"],
        "pos": [
            "शिविर से जुड़े सवाल {NAME} से {MOB} पर पूछें।",
            "सहमति पत्र {EMR} पर भेजें।",
            "बीमार होने पर परेड से पहले {NAT} पर सूचना दें।",
        ],
        "neg": [
            "कैडेट {N:kit_weight} से ज़्यादा सामान न लाएँ।",
            "परेड {N:mil_time} बजे शुरू होगी।",
        ],
    },
    "remembrance": {
        "title": ["कारगिल विजय दिवस – कार्यक्रम", "शहीद स्मारक पर श्रद्धांजलि सभा", "सशस्त्र सेना झंडा दिवस"],
        "pos": [
            "पुष्पचक्र के लिए {NAME} से {NAT} पर संपर्क करें।",
            "मीडिया के लिए: {EMP}, {MOB}।",
        ],
        "neg": [
            "दो मिनट का मौन {N:silence} बजे रखा जाएगा।",
            "नए नाम पट्टिका {N:panel} पर लिखे गए हैं।",
        ],
    },
    "family": {
        "title": ["परिवार कल्याण केंद्र – सूचना", "तैनाती के दौरान परिवारों के लिए पत्र"],
        "pos": [
            "तैनाती के दौरान परिवार कल्याण केंद्र {MOB} पर चौबीसों घंटे उपलब्ध है।",
            "डाक से जुड़े सवाल {EMR} पर भेजें।",
            "बच्चों की देखभाल के लिए {NAME} से {NAT} पर बात करें।",
        ],
        "neg": [
            "पार्सल {N:kit_weight} से भारी न हो।",
            "परिवार दिवस {N:mil_time} बजे भवन {N:room} के सामने शुरू होगा।",
        ],
    },
}

LOC_HI = [
    "{TOWN} में रहने वाले पूर्व सैनिक सैनिक बोर्ड से {LOC} पर बात कर सकते हैं।",
    "{TOWN} शहर के लैंडलाइन से ईसीएचएस पॉलीक्लिनिक का नंबर {LOC} है, दवा काउंटर {LOC2}।",
    "{TOWN} कैंटीन (स्थानीय नंबर): {LOC}",
    '"बस {LOC} मिला दीजिए," सूबेदार {NAME} ने कहा, "मैं पूरे हफ़्ते {TOWN} में हूँ।"',
    "{TOWN} के अंदर से एनसीसी दफ़्तर के लिए {LOC} डायल करें।",
]

LIST_PT = {
    "heads": ["Contatos úteis", "Para quem ligar"],
    "labels": ["Apoio às famílias", "Oficial de dia", "Capelão", "Secretaria", "Tesouraria"],
}
LIST_HI = {
    "heads": ["ज़रूरी संपर्क", "किसे फ़ोन करें"],
    "labels": ["कल्याण केंद्र", "ड्यूटी अधिकारी", "सचिव", "कैंटीन", "एनसीसी दफ़्तर"],
}
