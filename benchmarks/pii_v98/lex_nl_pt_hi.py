"""Dutch, Portuguese and Hindi sentences for salons, barbers, piercing studios, spas and home visits."""

NL = {
    "HEAD": {
        "salon": ["Je kleurafspraak", "Herinnering van de kapsalon"],
        "barber": ["Barbershop: mededeling", "Knippen en baard"],
        "piercing": ["Nazorg na je piercing", "Sieraad wisselen"],
        "spa": ["Je wellnessdag", "Sauna en thermen geboekt"],
        "mobile": ["Kapper aan huis bevestigd", "Proefkapsel bruid"],
        "nails": ["Nagelstudio: bevestiging", "Tijd voor opvullen"],
    },
    "POS": {
        "salon": [
            "Wordt het blond binnen twee weken geel, bel {NAME} op {P} voor een toner.",
            "Ben je later? Even bellen naar {P}, dan schuiven we de volgende klant door.",
            "Je knipbeurt is verzet naar donderdag; past dat niet, app ons op {M}.",
        ],
        "barber": [
            "Zaterdag is het druk: app je naam naar {M}, dan laten we weten wanneer de stoel vrij is.",
            "Scheren met hete handdoek kan weer, boek via {P}.",
        ],
        "piercing": [
            "Zwelling, bultje of scheve staaf? Bel eerst {P} voordat je zelf iets uitdraait.",
            "Een korter staafje zetten is gratis binnen acht weken; afspraak via {M}.",
        ],
        "spa": [
            "Badjas en slippers liggen klaar; een hotstone-massage boek je erbij via {P}.",
            "Bij de slagboom even {P} bellen, dan doen we open.",
        ],
        "mobile": [
            "Ik sta rond tien uur voor de deur; verzetten kan via {M}.",
            "Geen bereik op de boerderij? Spreek in op {P}, ik luister tussen klanten door.",
        ],
        "nails": [
            "Laat de gel binnen vijf dagen los, bel {P}: herstel is gratis.",
            "Je nagelstyliste {NAME} is ziek; haar vervanger is bereikbaar op {M}.",
        ],
    },
    "OTHER": ["Vragen over producten: gratis lijn van het merk, {O}.", "Saldo van cadeaubonnen via {O}."],
    "NEG": [
        "Recept: {n.shade_code} met {n.developer}, inwerktijd {n.duration}.",
        "Boekingscode {n.booking_ref}.",
        "Cadeaubon {n.voucher_code} heeft nog {n.gift_balance} tegoed.",
        "Staafje titanium, {n.gauge}, lengte {n.jewel_dim}.",
        "Afspraak op {n.date}, {n.time_slot}, behandelkamer {n.cabin}.",
        "Sterilisatiecyclus {n.autoclave_cycle} geslaagd; vergunning {n.licence_no}.",
        "Nazorgspray ({n.volume_ml}, {n.ph_value}, EAN {n.ean13}).",
        "Pinautomaat {n.terminal_id}, bon {n.receipt_no}, spaarkaart {n.loyalty_card}.",
    ],
    "EMAIL": ["Stuur inspiratiefoto's naar {ER}.", "{NAME} wil het draaiboek graag op {EP}."],
    "CARD": ["De aanbetaling is afgeschreven van kaart {C}."],
    "IBAN": ["Stoelhuur maandelijks overmaken naar {IB}.", "Cadeaubonnen op factuur: betalen op {IB}."],
    "IP": ["De boekingstablet heeft op de salonwifi het adres {IP}."],
    "LIST_HEADS": ["Zo bereik je ons", "Telefoonnummers salon"],
    "LABELS": ["Balie", "Afspraken", "Eigenaar", "Studio-mobiel", "Wellness"],
    "LOCAL": [
        "Bel je vanuit {TOWN}? Dan is het gewoon {L}, zonder netnummer.",
        "Vaste lijn in {TOWN} (lokaal): {L} voor de salon, {L2} voor de nagelstudio.",
        '"Vanuit de stad draai je {L}," zei de eigenaar van de {TOWN}se zaak.',
        "Klanten uit {TOWN} bellen de receptie op {L}.",
        "Binnen {TOWN}:\n{L}",
        "{L} is ons nummer voor wie in {TOWN} woont; het netnummer mag je weglaten.",
    ],
}

PT = {
    "HEAD": {
        "salon": ["Sua hora de coloração", "Lembrete do salão"],
        "barber": ["Barbearia: aviso", "Corte e barba"],
        "nails": ["Manicure: confirmação", "Hora da manutenção"],
        "tattoo": ["Sinal recebido", "Cuidados com a tatuagem"],
        "spa": ["Seu dia de spa", "Circuito de águas reservado"],
        "therapist": ["Depilação: agendamento", "Design de sobrancelhas"],
    },
    "POS": {
        "salon": [
            "Se as luzes amarelarem em duas semanas, ligue para {NAME} no {P} e fazemos a tonalização.",
            "Vai atrasar? Um toque no {P} e passamos a cliente seguinte à frente.",
            "Sua escova passou para quinta; se não der, chame no celular {M}.",
        ],
        "barber": [
            "Sábado tem fila: mande seu nome no {M} e avisamos quando a cadeira vagar.",
            "Voltou a barba com toalha quente; marque no {P} ou apareça.",
        ],
        "nails": [
            "Se o gel descolar em cinco dias, ligue {P}: o retoque é por nossa conta.",
            "Sua manicure {NAME} está de atestado; a substituta atende no {M}.",
        ],
        "tattoo": [
            "Vermelhidão depois do terceiro dia: mande foto e ligue para o estúdio, {P}.",
            "O artista convidado tira dúvidas do desenho no {X}.",
        ],
        "spa": [
            "Roupão e chinelos esperam por você; para incluir massagem com pedras, ligue {P}.",
            "Na cancela, ligue {P} que abrimos.",
        ],
        "therapist": [
            "O teste de alergia é 48 horas antes: passe aqui ou ligue {P}.",
            "Depois do laser, nada de sauna; se formar bolha, ligue para a clínica no {P}.",
        ],
    },
    "OTHER": ["Dúvidas sobre produtos: central gratuita da marca, {O}.", "Saldo do vale-presente pelo {O}."],
    "NEG": [
        "Fórmula: {n.shade_code} com {n.developer}, pausa de {n.duration}.",
        "Código da reserva {n.booking_ref}.",
        "O vale {n.voucher_code} ainda tem {n.gift_balance}.",
        "Pomada cicatrizante (EAN {n.ean13}, {n.lot_number}, validade {n.expiry}).",
        "Seu horário em {n.date}: {n.time_slot}, sala {n.cabin}.",
        "Agulhas {n.needle_config}, tamanho aproximado {n.tattoo_size}.",
        "Esmalte cor {n.polish_no}, cabine {n.cure_time}; tamanhos das tips: {n.tip_sizes}.",
        "Maquininha {n.terminal_id}, autorização {n.auth_code}, cartão fidelidade {n.membership_no}.",
    ],
    "EMAIL": ["Mande fotos de referência para {ER}.", "{NAME} pediu o cronograma no {EP}."],
    "CARD": ["O sinal foi cobrado no cartão {C}."],
    "IBAN": ["Renda da cadeira a transferir para {IB}."],
    "IP": ["O tablet da agenda fica no IP {IP} do wi-fi do salão."],
    "LIST_HEADS": ["Fale com a gente", "Telefones do salão"],
    "LABELS": ["Recepção", "Agendamento", "Dona", "Celular do estúdio", "Spa"],
    "LOCAL": [
        "De telefone fixo de {TOWN}, é só discar {L}, sem DDD.",
        "Quem é de {TOWN} marca horário pelo {L}; para a manicure, {L2}.",
        '"Daqui de {TOWN} você liga direto no {L}", explicou a recepcionista.',
        "Fixo da unidade {TOWN} (ligação local): {L}",
        "{L} – esse é o número do salão para quem liga de dentro de {TOWN}.",
        "Clientes de {TOWN}, o spa atende no {L} e a barbearia no {L2}, sem código de área.",
    ],
}

HI = {
    "HEAD": {
        "salon": ["आपकी हेयर कलर अपॉइंटमेंट", "सैलून से रिमाइंडर"],
        "barber": ["नाई की दुकान: सूचना", "कटिंग और दाढ़ी"],
        "spa": ["आपका स्पा डे", "स्टीम और मसाज बुक"],
        "therapist": ["वैक्सिंग अपॉइंटमेंट", "आइब्रो और थ्रेडिंग"],
        "mobile": ["घर पर ब्राइडल मेकअप", "होम विज़िट कन्फ़र्म"],
    },
    "POS": {
        "salon": [
            "अगर दो हफ़्ते में रंग पीला पड़ जाए तो {NAME} को {P} पर फ़ोन करें।",
            "देर हो रही है? {P} पर एक कॉल कर दें, हम अगली ग्राहक को पहले ले लेंगे।",
            "आपकी कटिंग गुरुवार को कर दी है; दिक्कत हो तो {M} पर व्हाट्सऐप करें।",
        ],
        "barber": [
            "शनिवार को भीड़ रहती है, अपना नाम {M} पर भेज दें, कुर्सी खाली होते ही बताएँगे।",
            "गर्म तौलिये वाली शेव फिर शुरू है, {P} पर बुक करें।",
        ],
        "spa": [
            "तौलिया और चप्पल तैयार हैं; हॉट-स्टोन मसाज जोड़नी हो तो {P} पर कॉल करें।",
            "गेट पर पहुँचकर {P} पर फ़ोन करें, हम बैरियर खोल देंगे।",
        ],
        "therapist": [
            "टिंट से 48 घंटे पहले पैच टेस्ट ज़रूरी है, {P} पर समय लें।",
            "लेज़र के बाद छाले हों तो तुरंत क्लिनिक को {P} पर फ़ोन करें।",
        ],
        "mobile": [
            "मैं दस बजे तक पहुँच जाऊँगी; समय बदलना हो तो {M} पर बताएँ।",
            "दुल्हन की सहेलियाँ रात को बाल धोकर सुखा लें। कोई सवाल हो तो {M} पर।",
        ],
    },
    "OTHER": ["प्रोडक्ट से जुड़े सवाल ब्रांड की मुफ़्त हेल्पलाइन {O} पर पूछें।", "गिफ़्ट कार्ड का बैलेंस {O} पर पता करें।"],
    "NEG": [
        "कलर फ़ॉर्मूला: {n.shade_code}, डेवलपर {n.developer}, समय {n.duration}।",
        "बुकिंग कोड {n.booking_ref} संभाल कर रखें।",
        "गिफ़्ट वाउचर {n.voucher_code} में अभी {n.gift_balance} बाकी हैं।",
        "आपका स्लॉट {n.date} को {n.time_slot} है, कमरा {n.cabin}।",
        "वैक्स का तापमान {n.temperature}; {n.cancel_window} से कम समय में रद्द करने पर पूरा पैसा लगेगा।",
        "लॉयल्टी कार्ड {n.loyalty_card} पर {n.discount} की छूट।",
        "कार्ड मशीन {n.terminal_id}, ऑथ कोड {n.auth_code}, रसीद {n.receipt_no}।",
    ],
    "EMAIL": ["रेफ़रेंस फ़ोटो {ER} पर भेजें।", "{NAME} चाहती हैं कि शादी का शेड्यूल {EP} पर आए।"],
    "CARD": ["एडवांस कार्ड {C} से लिया गया।"],
    "IBAN": [],
    "IP": ["बुकिंग टैबलेट का सैलून वाई-फ़ाई पर पता {IP} है।"],
    "LIST_HEADS": ["संपर्क करें", "सैलून के नंबर"],
    "LABELS": ["रिसेप्शन", "बुकिंग", "मालकिन", "स्टूडियो मोबाइल", "स्पा"],
    "LOCAL": [
        "{TOWN} के लैंडलाइन से सैलून का नंबर सिर्फ़ {L} है।",
        "शहर ({TOWN}) के अंदर से {L} मिलाइए, कोड की ज़रूरत नहीं; थ्रेडिंग के लिए {L2}।",
        '"{TOWN} से हो तो सीधे {L} डायल करो," पार्लर वाली दीदी ने कहा।',
        "लोकल कॉल ({TOWN}):\n{L}",
        "{L} – यह {TOWN} वाले स्पा का लोकल नंबर है।",
    ],
}
