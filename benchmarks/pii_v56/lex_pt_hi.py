"""Portuguese and Hindi sentences for v56 (tourism and hospitality), written fresh."""

PT = {
    "hotel": {
        "title": ["Confirmação da sua reserva", "Antes da sua chegada", "Dúvida sobre a conta"],
        "pii": [
            "Se chegar depois da meia-noite, avise o recepcionista noturno pelo {ph}.",
            "Central de reservas, ligação gratuita: {free}.",
            "Portal do Wi-Fi: {ip}.",
            "A confirmação também foi enviada para {email}.",
            "O cartão {card} foi pré-autorizado como garantia.",
            "Pedidos de grupo: {role}.",
        ],
        "plain": [
            "Reserva {n:booking_ref}, quarto {n:room_no}, check-in {n:checkin_window}.",
            "A diária de {n:nightly_rate} não inclui a taxa turística de {n:tourist_tax}.",
            "Cancelamento grátis até {n:cancel_deadline}.",
        ],
    },
    "bnb": {
        "title": ["Bem-vindos à nossa pousada", "Um recado dos anfitriões"],
        "pii": [
            "Moramos nos fundos; se ninguém atender, ligue para {mob}.",
            "Pedidos de café da manhã por mensagem para {mob} até as 21h.",
            "O sinal foi cobrado no cartão {card}.",
        ],
        "plain": [
            "O portão abre com o código {n:door_code}.",
            "O seu quarto {n:room_no} tem cama de {n:bed_size}.",
            "Silêncio das {n:quiet_hours}.",
        ],
    },
    "campsite": {
        "title": ["Camping – informações de chegada", "Bem-vindos ao parque de campismo"],
        "pii": [
            "O caseiro atende à noite no {mob}.",
            "Dúvidas sobre a reserva: {role}.",
            "A diária do lote foi paga com o cartão {card}.",
        ],
        "plain": [
            "O seu lote: {n:pitch}.",
            "Coordenadas para o GPS: {n:gps_dd}.",
            "Lavandaria: {n:laundry}.",
        ],
    },
    "holidaylet": {
        "title": ["Manual da casa de temporada", "Informações de chegada do alojamento"],
        "pii": [
            "Se o aquecedor der problema, ligue para o {name} no {mob}.",
            "A caução será devolvida para {iban} após a saída.",
            "Envie o contrato assinado para {email}.",
            "A empresa de limpeza atende no {ph}.",
        ],
        "plain": [
            "O cofre de chaves abre com {n:keysafe}.",
            "Registo de alojamento local: {n:pt_al}.",
            "Maré alta amanhã: {n:tide}.",
        ],
    },
    "tourguide": {
        "title": ["O seu passeio guiado", "Confirmação da trilha com guia"],
        "pii": [
            "O seu guia, {name}, atende no dia pelo {mob}.",
            "As faturas saem de {role}.",
            "Se perder o grupo, ligue para a agência: {ph}.",
            "O nosso parceiro em Lisboa continua o roteiro: {intl}.",
        ],
        "plain": [
            "Ponto de encontro: {n:gps_dms}.",
            "Trilha {n:trail}.",
            "Grupo: {n:group_ages}.",
        ],
    },
    "transfer": {
        "title": ["Voucher de transfer do aeroporto", "Confirmação do seu traslado"],
        "pii": [
            "O motorista manda mensagem do {mob} quando estiver no desembarque.",
            "Atrasos ou mudanças: central 24 horas no {ph}.",
            "O transfer foi pago com o cartão {card}.",
        ],
        "plain": [
            "Voo {n:flight_no}, chegada às 14h35.",
            "Veículo: van branca, placa {n:plate}.",
            "Etiqueta da mala: {n:bag_tag}.",
            "Endereço da pousada para o GPS: {n:postcode_house}.",
        ],
    },
}

HI = {
    "hotel": {
        "title": ["आपकी बुकिंग कन्फ़र्म है", "आगमन से पहले ज़रूरी जानकारी"],
        "pii": [
            "आधी रात के बाद पहुँचें तो नाइट मैनेजर को {ph} पर बता दें।",
            "टोल-फ़्री बुकिंग लाइन: {free}।",
            "कन्फ़र्मेशन {email} पर भी भेजा गया है।",
            "ग्रुप बुकिंग के लिए {role} पर लिखें।",
            "गारंटी के लिए कार्ड {card} प्री-ऑथराइज़ किया गया है।",
        ],
        "plain": [
            "बुकिंग नंबर {n:booking_ref}, कमरा {n:room_no}, चेक-इन {n:checkin_window}।",
            "एक रात का किराया {n:nightly_rate} है, टैक्स अलग।",
            "मुफ़्त कैंसिलेशन {n:cancel_deadline} तक।",
        ],
    },
    "holidaylet": {
        "title": ["होमस्टे में आपका स्वागत है", "होमस्टे की ज़रूरी बातें"],
        "pii": [
            "गीज़र में दिक्कत हो तो {name} को {mob} पर फ़ोन करें।",
            "सफ़ाई वाली दीदी का नंबर {mob} है।",
            "बुकिंग की रसीद {email} पर भेजी गई है।",
        ],
        "plain": [
            "मुख्य दरवाज़े का कोड {n:door_code} है।",
            "बिजली मीटर की रीडिंग आते समय {n:meter} थी।",
            "बिस्तर का साइज़ {n:bed_size} है।",
        ],
    },
    "tourguide": {
        "title": ["आपका गाइडेड टूर", "हेरिटेज वॉक की पुष्टि"],
        "pii": [
            "टूर वाले दिन आपके गाइड {name} से {mob} पर बात हो सकती है।",
            "ग्रुप से बिछड़ जाएँ तो ऑफ़िस को {ph} पर कॉल करें।",
            "बिल {role} से आएगा।",
        ],
        "plain": [
            "मिलने की जगह: {n:gps_dd}।",
            "ग्रुप: {n:group_ages}।",
            "क़िला {n:altitude} की ऊँचाई पर है।",
        ],
    },
    "hostelboard": {
        "title": ["नोटिस बोर्ड", "हॉस्टल के नियम"],
        "pii": [
            "रविवार को ऋषिकेश कौन चल रहा है? {mob} पर मैसेज करें।",
            "किसी को नीला बैग मिला? {email} पर लिखें।",
            "रात 2 बजे के बाद रिसेप्शन बंद – इमरजेंसी नंबर {ph}।",
        ],
        "plain": [
            "आपका बेड और लॉकर: {n:bunk_locker}।",
            "शांति का समय {n:quiet_hours}।",
            "बस का समय: {n:bus_times}।",
        ],
    },
    "transfer": {
        "title": ["एयरपोर्ट ट्रांसफ़र वाउचर", "पिकअप की पुष्टि"],
        "pii": [
            "ड्राइवर अराइवल पर पहुँचकर {mob} से मैसेज करेगा।",
            "देरी या बदलाव के लिए 24 घंटे डेस्क: {ph}।",
            "ट्रांसफ़र का भुगतान कार्ड {card} से हुआ है।",
        ],
        "plain": [
            "फ़्लाइट {n:flight_no}, लैंडिंग दोपहर 2:35 बजे।",
            "गाड़ी का नंबर {n:plate} है।",
            "ट्रेन: {n:train_seat}।",
        ],
    },
}

LOCAL = {
    "BR": [
        "Quem já está em {town} liga para a recepção direto no {loc}.",
        "Central de passeios – {town} (ligação local):\n{loc}",
        "De um fixo em {town}, o táxi da pousada é {loc} e a locadora de bicicletas {loc2}.",
        '"É só discar {loc}", disse a dona da pousada, "é número de {town}, sem código de área."',
        "{loc} – telefone da pousada para quem liga de dentro de {town}.",
        "Bilheteria do parque em {town}, sem DDD: {loc}",
        "Reservas de mesa em {town}? Disque {loc} de qualquer telefone fixo da cidade.",
    ],
    "IN-hi": [
        "{town} शहर के अंदर से होमस्टे का नंबर सिर्फ़ {loc} है।",
        "ट्रैवल डेस्क, {town} लैंडलाइन:\n{loc}",
        "{town} के लोकल फ़ोन से टूर ऑफ़िस {loc} और टैक्सी स्टैंड {loc2} पर मिलेगा।",
        'ड्राइवर ने कहा, "{loc} मिला लीजिए, ये {town} का ही नंबर है, कोड नहीं लगेगा।"',
        "{loc} – {town} में होटल का लोकल नंबर (बिना STD कोड)।",
        "हेरिटेज वॉक बुकिंग ({town} के अंदर से): {loc}",
    ],
}

LIST = {
    "pt": {
        "heads": ["Telefones úteis para a sua estadia", "Durante a sua estadia"],
        "labels": ["Recepção", "Porteiro noturno", "Limpeza", "Táxi", "Guia", "Proprietário"],
        "tel": "tel.",
    },
    "hi": {
        "heads": ["रुकने के दौरान काम के नंबर", "ठहरने के दौरान"],
        "labels": ["रिसेप्शन", "नाइट मैनेजर", "हाउसकीपिंग", "टैक्सी", "गाइड", "मालिक"],
        "tel": "फ़ोन",
    },
}
