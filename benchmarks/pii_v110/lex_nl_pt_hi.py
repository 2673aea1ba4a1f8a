"""Dutch, Portuguese and Hindi sentences for the v110 set."""

NL = {
    "TITLES": {
        "obsnight": ["Publieksavond sterrenwacht – bevestiging", "Open avond in de koepel"],
        "society": ["Nieuwsbrief van de weer- en sterrenkundevereniging", "Notulen ledenvergadering"],
        "meteor": ["Meteorenzwerm: oproep tot tellen", "Vuurbol gezien – terugkoppeling"],
        "scopeloan": ["Uitleentelescoop – uw uitleenperiode", "Telescoop terug: staat van het materiaal"],
        "darksky": ["Meetnacht donkere hemel – uitkomsten", "Lichthinder: vervolg op uw melding"],
    },
    "BODY": {
        "obsnight": [
            "We kijken naar {ngc} en de dubbelster {hd}; de koepel is open van {timerange}.",
            "De hoofdkijker is een {optics}; Saturnus laten we zien met een oculair van {eyepiece}.",
            "Bij bewolking schuiven we de avond op en blijft uw reservering {booking} geldig.",
        ],
        "society": [
            "De ledenpassen voor {member} en de nieuwe leden komen per post.",
            "Twee leden volgden {supernova} in {ngc}, met een maximum rond {mag}.",
        ],
        "meteor": [
            "Rond het maximum verwachten we een {zhr}; de radiant staat op {ra}, {dec}.",
            "Het logboek noteert alles in {mjd}; de baan wordt vergeleken met {provdes}.",
            "De camera legde de vuurbol vast om {utc}, helderheid ongeveer {mag}.",
        ],
        "scopeloan": [
            "Uw uitleenset is een {optics} Dobson met een oculair van {eyepiece}.",
            "Mooie eerste doelen: {ngc} en de dubbelster {hd}.",
        ],
        "darksky": [
            "De metingen liepen van {sqm} bij het meer tot veel lichter in het dorp.",
            "Elk meetpunt staat met positie ({latlon}) en tijd ({utc}) in de lijst.",
        ],
    },
    "PHONE": [
        "Reservering wijzigen? Bel {P}.",
        "Vragen op de avond zelf: {P}.",
        "Bij slecht weer stuurt de dienstdoende waarnemer een sms vanaf {P}.",
        "De beheerder van het terrein is tot middernacht bereikbaar op {P}.",
    ],
    "PHONE2": ["Secretariaat {P}; op waarneemavonden de koepel: {P2}."],
    "SERVICE": ["Gratis scholenlijn: {P}."],
    "LOCAL1": [
        "Inwoners van {T} bellen de sterrenwacht gewoon op {L1}.",
        "Vanaf een vaste lijn in {T} draait u voor de koepel alleen {L1}.",
        "Clubhuis {T}, zonder kengetal: {L1}.",
    ],
    "LOCAL2": [
        "Binnen {T} belt u de kassa op {L1} en de koepel op {L2}, zonder netnummer.",
        "Lokaal in {T}: aanmelden {L1}, techniek {L2}.",
    ],
    "EMAIL": ["Waarneemverslagen graag naar {E}."],
    "IP": ["De allsky-camera streamt vanaf {IP}.", "Het weerstation publiceert op {IP}."],
    "CARD": ["De aanbetaling is afgeschreven van kaart {C}."],
    "IBAN": ["De contributie wordt geïncasseerd van {IB}.", "Stort de buskosten op {IB}."],
    "SSN": [],
    "HEADS": ["Nummers voor de avond", "Contact sterrenwacht"],
    "LABELS": ["Kassa", "Dienstdoende waarnemer", "Terreinbeheer", "Jeugdclub", "Bestuur"],
}

PT = {
    "TITLES": {
        "obsnight": ["Noite de observação aberta – confirmação", "Observatório aberto ao público"],
        "planetarium": ["Planetário: sessões do mês", "Sessão de cúpula para escolas"],
        "starparty": ["Encontro de astrônomos amadores", "Acampamento astronômico: orientações"],
        "schooltrip": ["Visita escolar ao museu de ciências", "Excursão: observando o Sol com segurança"],
        "eclipse": ["Viagem para o eclipse – roteiro", "Eclipse total: detalhes do ônibus"],
    },
    "BODY": {
        "obsnight": [
            "Vamos observar {ngc} e a estrela dupla {hd}; a cúpula abre {timerange}.",
            "O telescópio principal é um {optics}; para Saturno usamos uma ocular de {eyepiece}.",
            "Com céu nublado a sessão é remarcada e a reserva {booking} continua válida.",
        ],
        "planetarium": [
            "A sessão mostra {exoplanet} e termina com o céu da noite; o grupo fica na {seat}.",
            "Recriamos o céu de {utc} no início da apresentação.",
        ],
        "starparty": [
            "O sítio fica a {elev} de altitude ({latlon}), com céu {bortle}.",
            "Só luz vermelha depois do anoitecer; o medidor marcou {sqm} no ano passado.",
        ],
        "schooltrip": [
            "Os alunos vão ver o Sol com filtro H-alfa em {wave}.",
            "A oficina acontece {timerange}; cada turma passa pelo planetário.",
        ],
        "eclipse": [
            "A totalidade dura cerca de dois minutos; primeiro contato {utc}.",
            "O ônibus sai às 5h30 e montamos tudo em {latlon}, a {elev}.",
        ],
    },
    "PHONE": [
        "Para remarcar, ligue para {P}.",
        "Dúvidas na noite do evento: {P}.",
        "Se o tempo fechar, o plantão avisa por SMS do {P}.",
        "O caseiro do sítio atende no {P} até meia-noite.",
    ],
    "PHONE2": ["Secretaria: {P}; nas noites de observação, cúpula: {P2}."],
    "SERVICE": ["Ligação gratuita para escolas: {P}."],
    "LOCAL1": [
        "Morando em {T}, é só discar {L1} para o observatório.",
        "De telefone fixo em {T}, o planetário atende no {L1}.",
        "Sede do clube em {T} (ligação local): {L1}.",
    ],
    "LOCAL2": [
        "Em {T}, bilheteria no {L1} e cúpula no {L2}, sem o código de área.",
        "Ligações locais de {T}: inscrições {L1}, suporte técnico {L2}.",
    ],
    "EMAIL": ["Mande seus relatórios de observação para {E}."],
    "IP": ["A câmera all-sky transmite a partir de {IP}."],
    "CARD": ["O sinal foi cobrado no cartão {C}."],
    "IBAN": ["A quota é debitada da conta {IB}."],
    "SSN": [],
    "HEADS": ["Contatos da noite", "Telefones do observatório"],
    "LABELS": ["Bilheteria", "Astrônomo de plantão", "Caseiro", "Coordenação", "Monitores"],
}

HI = {
    "TITLES": {
        "obsnight": ["वेधशाला में सार्वजनिक अवलोकन रात्रि", "ओपन नाइट – बुकिंग की पुष्टि"],
        "planetarium": ["तारामंडल शो – इस महीने का कार्यक्रम", "स्कूल समूह के लिए तारामंडल बुकिंग"],
        "meteor": ["उल्का वर्षा देखने का न्योता", "आग के गोले की रिपोर्ट"],
        "eclipse": ["सूर्य ग्रहण यात्रा – कार्यक्रम", "ग्रहण देखने की तैयारी"],
        "schooltrip": ["विज्ञान केंद्र की स्कूल यात्रा", "बच्चों के लिए सूर्य अवलोकन कार्यशाला"],
    },
    "BODY": {
        "obsnight": [
            "आज रात {ngc} और युग्म तारा {hd} दिखाए जाएंगे; गुंबद {timerange} खुला रहेगा।",
            "मुख्य दूरबीन {optics} की है, शनि के लिए {eyepiece} आईपीस लगाते हैं।",
            "बादल होने पर कार्यक्रम आगे बढ़ेगा, आपकी बुकिंग {booking} मान्य रहेगी।",
        ],
        "planetarium": [
            "शो में {exoplanet} की सैर है; आपका समूह {seat} में बैठेगा।",
            "शुरुआत में {utc} का आकाश दिखाया जाएगा।",
        ],
        "meteor": [
            "चरम पर लगभग {zhr} की उम्मीद है; रेडिएंट {ra}, {dec} पर है।",
            "कैमरे ने आग का गोला {utc} पर पकड़ा, चमक लगभग {mag}।",
        ],
        "eclipse": [
            "पूर्णता लगभग दो मिनट की होगी; पहला स्पर्श {utc}।",
            "बस सुबह 5:30 बजे निकलेगी, हम {latlon} पर {elev} ऊंचाई पर रुकेंगे।",
        ],
        "schooltrip": [
            "बच्चे {wave} वाले H-alpha फ़िल्टर से सूर्य देखेंगे।",
            "कार्यशाला {timerange} चलेगी; हर कक्षा तारामंडल भी जाएगी।",
        ],
    },
    "PHONE": [
        "बुकिंग बदलनी हो तो {P} पर फ़ोन करें।",
        "उसी रात कोई सवाल हो तो {P} पर बात करें।",
        "मौसम खराब होने पर {P} से SMS आएगा।",
    ],
    "PHONE2": ["दफ़्तर: {P}; अवलोकन की रात गुंबद में: {P2}।"],
    "SERVICE": ["स्कूलों के लिए टोल-फ़्री नंबर: {P}।"],
    "LOCAL1": [
        "{T} में रहते हैं? वेधशाला का लोकल नंबर {L1} है।",
        "{T} के लैंडलाइन से तारामंडल के लिए सिर्फ़ {L1} मिलाइए।",
        "क्लब का दफ़्तर ({T}, बिना कोड): {L1}।",
    ],
    "LOCAL2": ["{T} शहर के अंदर टिकट खिड़की {L1} और गुंबद {L2} पर, कोड की ज़रूरत नहीं।"],
    "EMAIL": ["अपनी अवलोकन रिपोर्ट {E} पर भेजें।"],
    "IP": ["ऑल-स्काई कैमरा {IP} से स्ट्रीम करता है।"],
    "CARD": ["अग्रिम राशि कार्ड {C} से ली गई।"],
    "IBAN": [],
    "SSN": [],
    "HEADS": ["आज रात के नंबर", "वेधशाला संपर्क"],
    "LABELS": ["टिकट खिड़की", "ड्यूटी खगोलविद", "बस प्रभारी", "स्कूल समन्वयक"],
}
