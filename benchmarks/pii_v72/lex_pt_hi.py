"""Portuguese and Hindi sentences for v72; written fresh for this set."""

PT = {
    "HEADS": {
        "guard": ["Relatório de ronda noturna", "Livro de ocorrências – portaria"],
        "alarm": ["Manutenção do alarme", "Central de monitoramento: aviso"],
        "locksmith": ["Chaveiro – recibo de serviço", "Orçamento de fechaduras"],
        "cleaning": ["Contrato de limpeza – cronograma", "Proposta de limpeza pesada"],
        "cctv": ["Termo de instalação de CFTV", "Manutenção das câmeras"],
    },
    "BODY": {
        "guard": [
            "Rondas feitas às {n:patrol_times}, sem alterações.",
            "Escala {n:shift}; crachás de visitante {n:badge_range} entregues.",
            "Boletim de ocorrência registrado sob o número {n:police_urn}.",
        ],
        "alarm": [
            "A central (série {n:panel_serial}) registrou {n:alarm_zone_event} e normalizou.",
            "O seu código na central de monitoramento é {n:arc_account}.",
        ],
        "locksmith": [
            "Cilindro {n:cylinder} instalado no sistema mestre {n:master_key}.",
            "Três cópias feitas da chave {n:key_number}.",
        ],
        "cleaning": [
            "A limpeza diária cobre {n:floor_area} no térreo e no primeiro andar.",
            "Diluição {n:dilution}, lote {n:chem_lot} anotado na ficha do produto.",
        ],
        "cctv": [
            "Gravador com {n:nvr_storage}; retenção de {n:retention}.",
            "Cada câmera transmite a {n:cam_bitrate} pelo switch PoE de {n:poe_budget}.",
        ],
    },
    "CALL": [
        "Qualquer coisa estranha à noite, a central atende no {nat}.",
        "Dúvidas sobre a visita? Ligue {nat} ou escreva para {email}.",
        "O supervisor de plantão fica com o celular {mob}.",
        "Nossa matriz no exterior: {intl}.",
        "Linha gratuita para disparos de alarme: {oth}.",
        "{name} confirma a data de início – celular {mob}, e-mail {email}.",
    ],
    "LOCAL": [
        "Filial {town}, ligação local:\n{loc}",
        "Nossa base em {town} fica perto: {loc}; de madrugada, {loc2}.",
        "De um fixo de {town}, a portaria atende no {loc}.",
        "A guarita ({town}, sem DDD) é {loc}.",
        'O vigilante avisou: "Se estiver em {town}, é só ligar {loc}."',
        "{loc} é o número local da central em {town}; chaveiro {loc2}.",
        "(Dentro de {town}: {loc}.)",
    ],
    "LIST_HEADS": ["Contatos do local", "Para quem ligar"],
    "LABELS": ["Central", "Supervisor", "Técnico de alarme", "Chaveiro", "Recepção", "Limpeza"],
    "CARD": ["Visita técnica paga no cartão {card}."],
    "IBAN": ["A mensalidade da monitorização é debitada de {iban}."],
    "IP": ["O gravador responde em {ipp}; acesso remoto por {ip}."],
}

HI = {
    "HEADS": {
        "guard": ["रात्रि गश्त रिपोर्ट", "सुरक्षा गार्ड – शिफ्ट हैंडओवर"],
        "alarm": ["अलार्म सिस्टम सर्विस विज़िट", "मॉनिटरिंग सेंटर की सूचना"],
        "cleaning": ["सफ़ाई अनुबंध – साप्ताहिक कार्यक्रम", "डीप क्लीनिंग प्रस्ताव"],
        "cctv": ["सीसीटीवी इंस्टॉलेशन रिपोर्ट", "कैमरा मेंटेनेंस"],
    },
    "BODY": {
        "guard": [
            "गश्त {n:patrol_times} बजे की गई, कोई घटना नहीं।",
            "ड्यूटी {n:shift}; विज़िटर पास {n:badge_range} रिसेप्शन पर दिए गए।",
            "पुलिस में शिकायत दर्ज, संदर्भ {n:police_urn}।",
        ],
        "alarm": [
            "पैनल (सीरियल {n:panel_serial}) ने {n:alarm_zone_event} दर्ज किया और फिर सामान्य हो गया।",
            "मॉनिटरिंग सेंटर में आपका खाता {n:arc_account} है।",
        ],
        "cleaning": [
            "रोज़ की सफ़ाई में {n:floor_area} क्षेत्र शामिल है।",
            "घोल {n:dilution}, बैच {n:chem_lot} सेफ़्टी शीट पर दर्ज है।",
        ],
        "cctv": [
            "रिकॉर्डर में {n:nvr_storage}; फ़ुटेज {n:retention} तक रखी जाती है।",
            "हर कैमरा {n:cam_bitrate} पर PoE स्विच ({n:poe_budget}) से चलता है।",
        ],
    },
    "CALL": [
        "रात में कुछ भी संदिग्ध दिखे तो कंट्रोल रूम को {nat} पर फ़ोन करें।",
        "विज़िट के बारे में सवाल? {nat} पर कॉल करें या {email} पर लिखें।",
        "ड्यूटी सुपरवाइज़र का मोबाइल: {mob}।",
        "विदेश स्थित मुख्यालय: {intl}।",
        "अलार्म के लिए टोल-फ़्री नंबर: {oth}।",
    ],
    "LOCAL": [
        "{town} शाखा, लोकल कॉल के लिए:\n{loc}",
        "{town} में हमारा डिपो पास ही है: {loc}; रात में {loc2}।",
        "{town} के किसी भी लैंडलाइन से गार्ड रूम का नंबर सिर्फ़ {loc} है।",
        'गार्ड ने कहा: "{town} में हो तो सीधे {loc} मिलाइए।"',
        "{loc} – यह {town} कंट्रोल रूम का लोकल नंबर है; ताला-चाबी सेवा {loc2}।",
        "({town} शहर के अंदर: {loc}।)",
    ],
    "LIST_HEADS": ["ज़रूरी संपर्क", "किसे फ़ोन करें"],
    "LABELS": ["कंट्रोल रूम", "सुपरवाइज़र", "अलार्म तकनीशियन", "रिसेप्शन", "सफ़ाई प्रभारी"],
    "CARD": [],
    "IBAN": [],
    "IP": ["रिकॉर्डर {ipp} पर खुलता है; रिमोट एक्सेस {ip} से।"],
}
