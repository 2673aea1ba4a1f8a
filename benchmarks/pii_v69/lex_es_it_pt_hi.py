"""Spanish, Italian, Portuguese and Hindi sentences for v69 (weddings and private events), written fresh."""

ES = {
    "titles": {
        "photo": ["Reportaje de boda – confirmación de reserva", "Preboda: cómo lo organizamos"],
        "catering": ["Menú de boda y prueba de menú", "Catering: número final de invitados"],
        "venue": ["Alquiler de la finca – lo esencial", "Visita a la masía: notas"],
    },
    "pos": {
        "photo": [
            "El día de la boda estaré en el {M}.",
            "Para copias y álbumes, escribid a {R}.",
            "La señal se cobró en la tarjeta {C}.",
            "El resto podéis transferirlo a {I}.",
            "Mi segunda fotógrafa, {name}, atiende en el {P}.",
        ],
        "catering": [
            "El jefe de cocina, {name}, resuelve dudas de alergias en el {P}.",
            "Confirmad el número final de invitados a {R}.",
            "Cobramos la prueba de menú en la tarjeta {C}.",
            "Teléfono gratuito para pedidos de barra libre: {T}.",
        ],
        "venue": [
            "La oficina de eventos atiende en el {P}.",
            "El día del evento, la coordinadora {name} lleva el {M}.",
            "La fianza se ingresa en {I}.",
            "Enviad la lista de proveedores a {E}.",
        ],
    },
    "neg": {
        "photo": [
            "Vuestra referencia de reserva es {n:booking_ref}.",
            "Calculad unas {n:photo_range} fotos editadas.",
        ],
        "catering": [
            "Menús especiales hasta ahora: {n:dietary}.",
            "El menú sale a {n:price_head} € por persona.",
            "La tarta lleva tres pisos, {n:cake_tiers}.",
        ],
        "venue": [
            "El salón admite {n:capacity} invitados.",
            "Coordenadas para el GPS: {n:gps}.",
            "Horario acordado: {n:run_sheet}.",
        ],
    },
    "heads": ["Contactos del gran día", "Proveedores de la boda"],
    "labels": ["Fotógrafa", "Catering", "Finca", "Padrino", "Florista"],
}

IT = {
    "titles": {
        "florist": ["Fiori per il matrimonio – riepilogo ordine", "Preventivo centrotavola"],
        "venue": ["Affitto della villa – punti principali", "Sopralluogo in cascina: appunti"],
        "catering": ["Menù di nozze e degustazione", "Catering: numero definitivo degli ospiti"],
    },
    "pos": {
        "florist": [
            "Consegneremo i bouquet in albergo; il testimone ci ha lasciato il {M}.",
            "L'acconto va versato su {I}; la ricevuta inviatela a {R}.",
            "Se cambiate idea sulle peonie, chiamate il negozio al {P}.",
            "Ordine pagato con la carta {C}.",
        ],
        "venue": [
            "L'ufficio eventi risponde al {P} dal martedì al sabato.",
            "Il giorno del ricevimento la responsabile {name} avrà il {M}.",
            "Numero verde per le navette: {T}.",
            "La lista dei fornitori va mandata a {E}.",
        ],
        "catering": [
            "Lo chef {name} risponde alle domande sulle allergie al {P}.",
            "Il numero definitivo degli ospiti va comunicato a {R}.",
            "Il saldo si paga con bonifico su {I}.",
            "Il responsabile del bar sarà al {M}.",
        ],
    },
    "neg": {
        "florist": [
            "L'arco richiede circa {n:stems} steli di violacciocca bianca.",
            "Il vostro numero d'ordine è {n:flower_order}.",
            "I vasi alti misurano {n:vase_dims}.",
        ],
        "venue": [
            "La limonaia misura {n:room_dims}.",
            "Coordinate per il navigatore: {n:gps}.",
            "La sala ospita {n:capacity} persone.",
        ],
        "catering": [
            "Menù speciali finora: {n:dietary}.",
            "Il menù costa {n:price_head} € a persona.",
            "Totale del preventivo: {n:fee} €.",
        ],
    },
    "heads": ["Fornitori del matrimonio", "Contatti del giorno delle nozze"],
    "labels": ["Fiorista", "Villa", "Catering", "Testimone", "Fotografo"],
}

PT = {
    "titles": {
        "photo": ["Fotografia de casamento – confirmação", "Ensaio pré-wedding: o plano"],
        "dj": ["DJ da festa – últimos detalhes", "Música e equipamento"],
        "venue": ["Aluguel do espaço – pontos principais", "Visita à quinta: anotações"],
        "catering": ["Cardápio do casamento e degustação", "Buffet: número final de convidados"],
    },
    "pos": {
        "photo": [
            "No dia do casamento estou no {M}.",
            "Dúvidas sobre impressões e álbuns: {R}.",
            "O sinal foi cobrado no cartão {C}.",
            "Meu segundo fotógrafo, {name}, atende no {P}.",
        ],
        "dj": [
            "Pedidos de música podem ir para {R} ou direto para mim: {E}.",
            "Na noite da festa me liga no {M}.",
            "A mesa de luz recebe o endereço fixo {IP} na rede do salão.",
            "O técnico do espaço, {name}, atende no {P}.",
        ],
        "venue": [
            "O escritório de eventos atende no {P}.",
            "No dia, a cerimonialista {name} fica com o {M}.",
            "A caução é transferida para {I}.",
            "Central gratuita de reservas do hotel: {T}.",
        ],
        "catering": [
            "O chef {name} tira dúvidas sobre alergias no {P}.",
            "Número final de convidados para {R}, por favor.",
            "A degustação foi cobrada no cartão {C}.",
            "O gerente do bar estará no {M}.",
        ],
    },
    "neg": {
        "photo": [
            "Sua referência de reserva é {n:booking_ref}.",
            "Contem com cerca de {n:photo_range} fotos editadas.",
        ],
        "dj": [
            "Horário do som: {n:set_times}.",
            "Energia no palco: {n:power}.",
            "O salão tem limitador de som em {n:db_limit}.",
        ],
        "venue": [
            "O salão comporta {n:capacity} convidados.",
            "Coordenadas para o GPS: {n:gps}.",
            "Cronograma combinado: {n:run_sheet}.",
        ],
        "catering": ["Pratos especiais até agora: {n:dietary}.", "O bolo tem três andares, {n:cake_tiers}."],
    },
    "local": [
        "Quem já está em {town} liga para a recepção do sítio no {L}, sem o {cw}.",
        "{L} – fixo de {town}; de dentro da cidade não precisa do {cw}.",
        "Doceria (ligação local em {town}):\n{L}",
        "A van dos convidados é de {town}: de um fixo local basta discar {L}.",
        '"Liga no {L}," disse a dona da pousada, "é daqui mesmo de {town}."',
        "Floricultura em {town}: {L} (loja) e {L} (ateliê), sem {cw}.",
        "Obs.: {L} é o nosso fixo em {town}, sem o {cw}.",
    ],
    "cw": "DDD",
    "heads": ["Fornecedores do casamento", "Contatos do grande dia"],
    "labels": ["Fotógrafo", "DJ", "Espaço", "Buffet", "Padrinho", "Cerimonialista"],
}

HI = {
    "titles": {
        "photo": ["शादी की फ़ोटोग्राफ़ी – बुकिंग की पुष्टि", "प्री-वेडिंग शूट की योजना"],
        "venue": ["बैंक्वेट हॉल बुकिंग – ज़रूरी बातें", "फ़ार्महाउस विज़िट के नोट्स"],
        "catering": ["शादी का मेन्यू और टेस्टिंग", "कैटरिंग: मेहमानों की अंतिम संख्या"],
    },
    "pos": {
        "photo": [
            "शादी वाले दिन मुझसे {M} पर बात करें।",
            "एल्बम और प्रिंट के बारे में {R} पर लिखें।",
            "एडवांस आपके कार्ड {C} से लिया गया है।",
            "मेरे दूसरे फ़ोटोग्राफ़र {name} का नंबर {P} है।",
        ],
        "venue": [
            "इवेंट ऑफ़िस {P} पर मंगलवार से शनिवार तक खुला रहता है।",
            "समारोह के दिन मैनेजर {name} के पास {M} रहेगा।",
            "मेहमानों के कमरे {R} से बुक करें।",
            "होटल की टोल-फ़्री बुकिंग लाइन: {T}।",
        ],
        "catering": [
            "एलर्जी से जुड़े सवालों के लिए शेफ़ {name} को {P} पर फ़ोन करें।",
            "मेहमानों की अंतिम संख्या {R} पर भेजें।",
            "बार मैनेजर का नंबर {M} है।",
            "टेस्टिंग का शुल्क कार्ड {C} से लिया गया।",
        ],
    },
    "neg": {
        "photo": ["आपका बुकिंग रेफ़रेंस {n:booking_ref} है।", "लगभग {n:photo_range} एडिट की हुई तस्वीरें मिलेंगी।"],
        "venue": ["हॉल में {n:capacity} मेहमान आ सकते हैं।", "GPS के लिए: {n:gps}।", "तय कार्यक्रम: {n:run_sheet}।"],
        "catering": ["अब तक की ख़ास थालियाँ: {n:dietary}।", "मेन्यू प्रति व्यक्ति ₹{n:price_head} का है।"],
    },
    "local": [
        "अगर आप {town} में ही हैं तो मंडप वालों को सीधे {L} पर फ़ोन करें, {cw} की ज़रूरत नहीं।",
        "{L} – यह {town} का लैंडलाइन है, शहर के अंदर से {cw} मत लगाइए।",
        "हलवाई (लोकल कॉल, {town}):\n{L}",
        "मेहमानों की बस {town} की है; वहाँ के लैंडलाइन से बस {L} मिलाइए।",
        '"बस {L} मिला लीजिए," होटल वाले ने कहा, "यह {town} का ही नंबर है।"',
        "फूल वाले की दुकान ({town}, बिना {cw}): {L}, गोदाम: {L}।",
        "ध्यान दें: {L} हमारा {town} वाला नंबर है, {cw} के बिना।",
    ],
    "cw": "STD कोड",
    "heads": ["शादी के दिन के संपर्क", "विक्रेताओं की सूची"],
    "labels": ["फ़ोटोग्राफ़र", "हॉल", "कैटरर", "डीजे", "सजावट"],
}
