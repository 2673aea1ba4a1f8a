"""Portuguese and Hindi sentences of the v90 set (energy and home improvement), written fresh for it."""

PT = {
    "solar": {
        "title": [
            "Orçamento de energia solar",
            "Vistoria técnica – placas solares",
            "Homologação do seu sistema",
        ],
        "pos": [
            "Vamos instalar {k:panels} ({k:kwp}) com inclinação e orientação {k:roof}. Dúvidas sobre o "
            "projeto? Fale com {name} pelo {nat}.",
            "O inversor fica acessível em {ip} dentro da sua rede Wi-Fi.",
            "O sinal será debitado na conta {iban}.",
            "No dia da montagem o encarregado liga do {mob}.",
            "Garantia e assistência: {email} ou {free}.",
        ],
        "neg": [
            "Arranjo: {k:panels}, strings {k:strings}, geração estimada {k:yield}.",
            "Módulo de {k:panel_size}; economia estimada de {k:co2} por ano.",
        ],
    },
    "heatpump": {
        "title": ["Instalação de bomba de calor", "Aquecimento de água – proposta"],
        "pos": [
            "A carga térmica é de {k:heat_loss}, com ida a {k:flow_temp}. O técnico {name} atende no {nat}.",
            "O restante foi pago com o cartão {card}.",
            "Para o incentivo, envie a fatura para {email}.",
        ],
        "neg": [
            "Equipamento: {k:heat_loss}, {k:scop}, refrigerante {k:refrigerant}.",
            "Ruído {k:sound}; reservatório {k:cylinder}.",
        ],
    },
    "evcharger": {
        "title": ["Instalação do carregador veicular", "Wallbox – termo de entrega"],
        "pos": [
            "Vamos instalar um carregador de {k:charge_kw}, com {k:breaker} e cabo {k:cable}. O eletricista "
            "avisa antes pelo {mob}.",
            "Problemas com o carregador: {free} ou {email}.",
        ],
        "neg": [
            "Ponto de recarga {k:evse_id}, potência {k:charge_kw}.",
            "Circuito {k:cable}; proteção {k:breaker}.",
        ],
    },
    "smartmeter": {
        "title": ["Troca do medidor – agendamento", "Novo medidor inteligente"],
        "pos": [
            "O técnico chega entre {k:window}. Se não puder receber, ligue para {nat}.",
            "Dúvidas sobre a leitura: {email}.",
        ],
        "neg": [
            "Leitura de retirada {k:reading}; janela {k:window}.",
            "Disjuntor geral {k:fuse}.",
        ],
    },
}

PT_ANNOUNCE = [
    "Quem liga de um fixo de {town} fala com a equipe de instalação no {loc}.",
    "Loja {town} – ligação local: {loc}",
    "Em {town}, a vistoria é agendada pelo {loc} e a homologação pelo {loc}.",
    "“É só discar {loc} daqui de {town}”, disse o instalador.",
    "Atendimento local para clientes de {town}:\n{loc}",
]

HI = {
    "solar": {
        "title": ["रूफटॉप सोलर – कोटेशन", "सोलर पैनल सर्वे रिपोर्ट"],
        "pos": [
            "आपकी छत पर {k:panels} ({k:kwp}) लगाने का प्रस्ताव है। लेआउट पर सवाल हों तो {name} से {nat} पर बात करें।",
            "इंस्टॉलेशन वाले दिन टीम लीडर {mob} से फ़ोन करेंगे।",
            "सब्सिडी से जुड़े दस्तावेज़ {email} पर भेजें, या टोल-फ़्री {free} पर कॉल करें।",
            "इन्वर्टर का लोकल पेज आपके वाई-फ़ाई पर {ip} पर खुलेगा।",
        ],
        "neg": [
            "पैनल: {k:panels}, स्ट्रिंग {k:strings}, अनुमानित उत्पादन {k:yield}।",
            "पैनल का आकार {k:panel_size}; सालाना बचत लगभग {k:co2}।",
        ],
    },
    "evcharger": {
        "title": ["ईवी चार्जर इंस्टॉलेशन", "होम चार्जर – सर्वे"],
        "pos": [
            "गैराज में {k:charge_kw} का चार्जर लगेगा, {k:breaker} के साथ। इलेक्ट्रीशियन पहले {mob} से कॉल करेंगे।",
            "बाक़ी भुगतान आपके कार्ड {card} से लिया गया है।",
        ],
        "neg": [
            "चार्जर {k:evse_id}, क्षमता {k:charge_kw}, केबल {k:cable}।",
        ],
    },
    "advice": {
        "title": ["बिजली बचत सलाह – सारांश", "ऊर्जा सलाह कॉल के नोट्स"],
        "pos": [
            "आज बात करके अच्छा लगा। हमारे सलाहकार {name} शुक्रवार तक {nat} पर मिलेंगे।",
            "मीटर की फ़ोटो {email} पर भेज दें।",
        ],
        "neg": [
            "पिछली रीडिंग {k:reading}; यूनिट दर {k:rate}।",
        ],
    },
    "smartmeter": {
        "title": ["स्मार्ट मीटर लगाने की तारीख़", "मीटर बदलने की सूचना"],
        "pos": [
            "हमारे तकनीशियन {k:window} के बीच आएँगे। समय बदलना हो तो {nat} पर कॉल करें।",
            "स्मार्ट मीटर ऐप में दिक़्क़त हो तो {free} पर संपर्क करें।",
        ],
        "neg": [
            "मेन फ़्यूज़ {k:fuse}; समय {k:window}।",
        ],
    },
}

HI_ANNOUNCE = [
    "{town} शहर के लैंडलाइन से सोलर डेस्क का नंबर सिर्फ़ {loc} है।",
    "{town} ऑफ़िस (लोकल कॉल): {loc}",
    "{town} में सर्वे के लिए {loc} और सब्सिडी के लिए {loc} मिलाएँ।",
    "इंस्टॉलर ने कहा, “{town} से बस {loc} डायल कीजिए।”",
]

LIST_HEADS = {
    "pt": ["Seus contatos na obra", "Telefones para o dia da instalação"],
    "hi": ["इंस्टॉलेशन संपर्क", "काम के नंबर"],
}
LIST_LABELS = {
    "pt": ["Encarregado", "Eletricista", "Andaime", "Incentivos", "Pós-venda", "Agendamento"],
    "hi": ["प्रोजेक्ट मैनेजर", "इलेक्ट्रीशियन", "सब्सिडी डेस्क", "सर्विस", "सर्वे टीम"],
}
