"""Dutch, Portuguese and Hindi sentences for v105 (same slots as lex_en)."""

NL = {
    "genres": {
        "visits": {
            "titles": ["Bezoek aanvragen in de PI", "Informatie voor bezoekers"],
            "phone": [
                "Bezoek vraagt u minstens een week vooraf aan via {P}.",
                "Bent u verhinderd? Meld het dan bij de bezoekbalie: {P}.",
                "Familie in het buitenland kan de afdeling bereiken op {I}.",
            ],
            "neg": [
                "Bezoektijd: {N:visit_slot}; kluisje {N:locker}.",
                "Uw bezoekersnummer is {N:visitor_id}.",
            ],
        },
        "probation": {
            "titles": ["Oproep reclassering", "Uw toezicht door de reclassering"],
            "phone": [
                "Uw toezichthouder {NAME} is bereikbaar op {P}.",
                "Kunt u niet komen, bel dan vóór de afspraak naar {P}.",
                "Voor vragen over de enkelband kunt u terecht bij {P}.",
            ],
            "neg": [
                "Parketnummer {N:parketnummer}.",
                "Werkstraf: {N:unpaid_hours} uur uitgevoerd.",
                "De bijzondere voorwaarden gelden tot {N:expiry_date}.",
                "Enkelband {N:tag_serial} is dinsdag geplaatst.",
            ],
        },
        "victim": {
            "titles": ["Slachtofferhulp – uw aanmelding", "Hulp na een misdrijf"],
            "phone": [
                "Slachtofferhulp is gratis bereikbaar op {O}.",
                "Uw casemanager {NAME} belt u terug; zelf bellen kan ook: {P}.",
            ],
            "neg": [
                "De zitting begint om {N:visit_slot} in zaal {N:locker}.",
                "De schadevergoeding bedraagt € {N:fine}.",
            ],
        },
        "yot": {
            "titles": ["Jeugdreclassering", "Informatie voor ouders"],
            "phone": [
                "Ouders kunnen de jeugdreclasseerder {NAME} bellen op {P}.",
                "Het HALT-bureau is te bereiken op {P}.",
            ],
            "neg": ["Wij werken met jongeren van {N:age_band} jaar.", "Gesprek in kamer {N:room_no}."],
        },
    },
    "pii": {
        "E": ["Mailen kan ook: {E}.", "Aanvragen per mail naar {E}."],
        "e": ["Het e-mailadres van {NAME} is {e}."],
        "B": ["Giften zijn welkom op {B}.", "De vergoeding wordt overgemaakt naar {B}."],
        "IP": ["Het videobezoek werd gestart vanaf {IP}."],
        "IPP": ["De zuil bij de ingang heeft adres {IPP}."],
    },
    "local": [
        "Reclassering {T}, lokaal: {L}.",
        "Woont u in {T}? Bel dan zonder netnummer {L}.",
        "Binnen {T} bereikt u Slachtofferhulp op {L} en de balie op {L}.",
        "Vanaf een vaste lijn in {T} kiest u gewoon {L} voor de bezoekbalie.",
        "Het inloopspreekuur in {T} heeft een eigen lokaal nummer: {L}",
        "Geestelijke verzorging ({T}, vast nummer in de stad): {L}",
    ],
    "heads": ["Handige nummers", "Wie belt u?"],
    "labels": ["Bezoekbalie", "Reclassering", "Geestelijke verzorging", "Slachtofferhulp"],
}

PT = {
    "genres": {
        "visits": {
            "titles": ["Agendamento de visitas", "Orientações para visitantes"],
            "phone": [
                "O agendamento das visitas é feito pelo telefone {P}, de segunda a sexta.",
                "Em caso de desistência, avise a portaria: {P}.",
                "Familiares no exterior podem ligar para {I}.",
            ],
            "neg": [
                "Horário da visita: {N:visit_slot}. Armário {N:locker}.",
                "Pavilhão {N:cell_loc}.",
            ],
        },
        "probation": {
            "titles": ["Comparecimento mensal em juízo", "Acompanhamento da pena alternativa"],
            "phone": [
                "A assistente social {NAME} atende no {P}.",
                "Se não puder comparecer, ligue antes para {P}.",
            ],
            "neg": ["Processo nº {N:cnj}.", "Horas de prestação de serviços cumpridas: {N:unpaid_hours}."],
        },
        "victim": {
            "titles": ["Apoio à vítima", "Centro de atendimento às vítimas"],
            "phone": [
                "A linha gratuita de apoio à vítima é {O}.",
                "A sua técnica de apoio, {NAME}, está no {P}.",
            ],
            "neg": ["A audiência está marcada para as {N:visit_slot}, sala {N:locker}."],
        },
        "chaplaincy": {
            "titles": ["Pastoral carcerária", "Capelania prisional – avisos"],
            "phone": [
                "Os voluntários da pastoral podem ser contatados pelo {P}.",
                "O capelão {NAME} atende familiares no {P}.",
            ],
            "neg": ["O grupo de leitura já teve encontros na sala {N:room_no}."],
        },
    },
    "pii": {
        "E": ["Também pode escrever para {E}.", "Pedidos por e-mail: {E}."],
        "e": ["E-mail de {NAME}: {e}."],
        "B": ["Donativos: IBAN {B}."],
        "IP6": ["A visita virtual foi feita a partir de {IP6}."],
    },
    "local": [
        "Para quem liga de {T}, o número da central de visitas é {L}.",
        "Em {T}, ligação local para a defensoria: {L}.",
        "A pastoral carcerária de {T} atende no {L} (fixo da cidade) e no {L}.",
        "Quem está em {T} não precisa do DDD: {L}.",
        "Núcleo de apoio à vítima – {T}, telefone local {L}",
        "Ligue de um fixo de {T} para {L} e fale com o patronato.",
    ],
    "heads": ["Telefones para familiares", "Contatos"],
    "labels": ["Central de visitas", "Serviço social", "Pastoral", "Apoio à vítima"],
}

HI = {
    "genres": {
        "visits": {
            "titles": ["जेल मुलाक़ात की बुकिंग", "परिजनों के लिए सूचना"],
            "phone": [
                "मुलाक़ात की बुकिंग के लिए {P} पर फ़ोन करें।",
                "अगर आप नहीं आ सकते तो कृपया {P} पर पहले सूचना दें।",
            ],
            "neg": ["मुलाक़ात का समय {N:visit_slot} है।", "बंदी की बैरक {N:cell_loc} है।"],
        },
        "victim": {
            "titles": ["पीड़ित सहायता केंद्र", "अपराध के बाद सहायता"],
            "phone": [
                "निःशुल्क हेल्पलाइन {O} पर चौबीसों घंटे बात करें।",
                "आपकी काउंसलर {NAME} से {P} पर संपर्क करें।",
            ],
            "neg": ["एफ़आईआर संख्या {N:fir_no} है।", "सुनवाई {N:visit_slot} बजे है।"],
        },
        "probation": {
            "titles": ["परिवीक्षा अधिकारी का पत्र", "रिहाई के बाद पुनर्वास"],
            "phone": [
                "परिवीक्षा अधिकारी {NAME} से {P} पर बात की जा सकती है।",
                "पुनर्वास संस्था का नंबर {P} है।",
            ],
            "neg": ["रिहाई की तारीख़ {N:expiry_date} है।", "कमरा नंबर {N:room_no} में आएँ।"],
        },
    },
    "pii": {
        "E": ["आप {E} पर ईमेल भी कर सकते हैं।"],
        "e": ["{NAME} का ईमेल {e} है।"],
    },
    "local": [
        "{T} शहर के लैंडलाइन से जेल का नंबर {L} मिलाएँ।",
        "{T} में लोकल कॉल: परिवीक्षा कार्यालय {L}।",
        "{T} के भीतर पीड़ित सहायता डेस्क {L} पर और काउंसलर {L} पर मिलेंगे।",
        "मुलाक़ात काउंटर ({T}, बिना एसटीडी कोड): {L}",
        "{T} वाले परिवार सीधे {L} डायल करें।",
    ],
    "heads": ["काम के नंबर", "किसे फ़ोन करें"],
    "labels": ["मुलाक़ात", "परिवीक्षा", "पीड़ित सहायता", "कल्याण अधिकारी"],
}
