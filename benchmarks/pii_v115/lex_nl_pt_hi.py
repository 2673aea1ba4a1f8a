"""Dutch, Portuguese and Hindi sentences (same slots as lex_en)."""

NL = {
    "titles": {
        "panel": ["Welkom bij het huishoudpanel", "Uw panelaccount"],
        "focus": ["Groepsdiscussie – bevestiging", "Uitnodiging focusgroep"],
        "mystery": ["Mystery shop-rapport", "Opdracht mystery guest"],
        "poll": ["Peiling – veldwerknotitie", "Verantwoording onderzoek"],
        "cati": ["Overdracht belstudio", "CATI-dienstlog"],
    },
    "pos": {
        "panel": [
            "Lukt inloggen niet? De panelservice helpt u via <nat>.",
            "Als mobiel nummer staat <mob> genoteerd.",
            "Vragen over punten gaan naar <role>.",
            "Gratis bellen kan met <oth>, op werkdagen.",
            "Uw beloning wordt overgemaakt naar <iban>.",
            "Panellid <name> gebruikt voortaan <mail>.",
        ],
        "focus": [
            "Later? Stuur de werver even een sms op <mob>.",
            "De receptie van de onderzoekslocatie is bereikbaar op <nat>.",
            "Gespreksleider is <name>; de opdrachtgever kijkt mee achter de spiegel.",
            "Waarnemers in het buitenland bellen in via <intl>.",
        ],
        "mystery": [
            "De filiaalmanager gaf zijn directe nummer, <nat>, voor een afspraak.",
            "Betaald met de opdrachtkaart <card>.",
            "De verkoper bood aan terug te bellen op <mob>.",
        ],
        "poll": [
            "Pers kan de woordvoerder bellen op <nat>.",
            "De volledige tabellen zijn op te vragen bij <role>.",
            "Veldleider Noord: <name>, mobiel <mob>.",
        ],
        "cati": [
            "Respondent wil na vieren teruggebeld worden op haar werk: <nat>.",
            "De dienstdoende supervisor is bereikbaar op <mob>.",
            "De werkplekken melden zich aan bij de dialer op <ip>; uitwijklocatie: <intl>.",
            "Ter controle van het onderzoek kreeg zij het nummer <oth>.",
        ],
    },
    "neu": {
        "panel": ["Saldo: <n:points> punten; de vragenlijst van ronde <n:wave> sluit vrijdag."],
        "focus": ["Start <n:visit_time> in zaal <n:room>, project <n:job_number>."],
        "mystery": ["Bezoek aan winkel <n:store_number>, bon <n:till_receipt>, artikel <n:ean13>."],
        "poll": ["Veldwerk weken <n:field_weeks>, <n:sample_size>, marge <n:margin_error> procentpunt."],
        "cati": [
            "Interviewer <n:interviewer_id>, werkplek <n:cati_station>, gemiddelde duur <n:handle_time>."
        ],
    },
    "local": [
        "Doet u mee aan de proefsessie in <town>? Vanuit de stad belt u gewoon <loc>.",
        "Onderzoekslocatie <town>, lokaal te bereiken op <loc>; de werving zit op <loc>.",
        "Wie in <town> woont, draait voor het veldkantoor alleen <loc>.",
        "Mystery shoppers regio <town> melden zich op <loc> (zonder kengetal).",
    ],
    "heads": ["Contactpersonen veldwerk"],
    "labels": ["Werving", "Locatie", "Veldleider", "Panelservice"],
}

PT = {
    "titles": {
        "panel": ["Bem-vindo ao painel", "Sua conta de painelista"],
        "focus": ["Grupo focal – confirmação", "Convite para discussão em grupo"],
        "mystery": ["Relatório de cliente oculto", "Visita de cliente oculto"],
        "poll": ["Pesquisa eleitoral – nota de campo", "Ficha técnica da pesquisa"],
        "cati": ["Passagem de turno – central telefônica", "Registro de campanha CATI"],
    },
    "pos": {
        "panel": [
            "Se não conseguir entrar, o suporte do painel atende no <nat>.",
            "O celular cadastrado é <mob>.",
            "Dúvidas sobre pontos: <role>.",
            "Ligação gratuita: <oth>.",
            "O prêmio será depositado na conta <iban>.",
            "A painelista <name> passou a usar <mail>.",
        ],
        "focus": [
            "Se atrasar, mande uma mensagem para a recrutadora no <mob>.",
            "A recepção da sala de espelho atende no <nat>.",
            "Quem modera é <name>; o cliente acompanha atrás do espelho.",
        ],
        "mystery": [
            "O gerente deixou o telefone direto, <nat>, para agendar retorno.",
            "Compra paga com o cartão da missão <card>.",
            "O vendedor ofereceu retornar a ligação no <mob>.",
        ],
        "poll": [
            "Imprensa: assessoria no <nat>.",
            "Tabelas completas a pedido em <role>.",
            "Coordenadora de campo: <name>, celular <mob>.",
        ],
        "cati": [
            "A entrevistada pede retorno no trabalho, <nat>, depois das 16h.",
            "O supervisor de plantão atende no <mob>.",
            "As posições se conectam ao discador <ip>; central reserva: <intl>.",
            "Para confirmar a pesquisa, passamos o <oth>.",
        ],
    },
    "neu": {
        "panel": ["Saldo: <n:points> pontos; a onda <n:wave> fecha na sexta."],
        "focus": ["Início às <n:visit_time>, sala <n:room>, job <n:job_number>."],
        "mystery": ["Visita à loja <n:store_number>, cupom <n:till_receipt>, produto <n:ean13>."],
        "poll": ["Campo nas semanas <n:field_weeks>, <n:sample_size>, margem de <n:margin_error> pontos."],
        "cati": ["Entrevistador <n:interviewer_id>, posição <n:cati_station>, tempo médio <n:handle_time>."],
    },
    "local": [
        "Vai participar da degustação em <town>? De telefone fixo da cidade, ligue só <loc>.",
        "Sala de espelho de <town>: ligação local no <loc>; recrutamento no <loc>.",
        "Quem está em <town> fala com o escritório de campo pelo <loc>.",
        "Clientes ocultos de <town> confirmam a visita no <loc>, sem o código de área.",
    ],
    "heads": ["Contatos do campo"],
    "labels": ["Recrutamento", "Sala", "Coordenação", "Suporte painel"],
}

HI = {
    "titles": {
        "panel": ["घरेलू पैनल में आपका स्वागत है", "पैनल प्रोफ़ाइल अपडेट"],
        "focus": ["फ़ोकस ग्रुप – पुष्टि", "ग्रुप चर्चा का निमंत्रण"],
        "mystery": ["मिस्ट्री शॉपिंग रिपोर्ट", "स्टोर विज़िट मूल्यांकन"],
        "poll": ["चुनावी सर्वे – फ़ील्ड नोट", "ओपिनियन पोल की पद्धति"],
    },
    "pos": {
        "panel": [
            "लॉग-इन न हो तो पैनल हेल्पडेस्क <nat> पर मदद करेगा।",
            "आपका मोबाइल नंबर <mob> दर्ज है।",
            "पॉइंट्स से जुड़े सवाल <role> पर भेजें।",
            "टोल-फ़्री नंबर <oth> सोमवार से शनिवार चालू है।",
        ],
        "focus": [
            "देर हो जाए तो रिक्रूटर को <mob> पर SMS कर दें।",
            "वेन्यू का रिसेप्शन <nat> पर है।",
            "चर्चा <name> संचालित करेंगी।",
            "सहमति फ़ॉर्म <mail> पर भेज दें।",
        ],
        "mystery": [
            "स्टोर मैनेजर ने अपॉइंटमेंट के लिए सीधा नंबर <nat> दिया।",
            "सेल्समैन ने <mob> पर वापस कॉल करने की बात कही।",
            "रिपोर्ट पर सवाल हों तो <role> पर लिखें।",
        ],
        "poll": [
            "पत्रकार प्रेस ऑफ़िस से <nat> पर बात कर सकते हैं।",
            "फ़ील्ड सुपरवाइज़र: <name>, मोबाइल <mob>।",
        ],
    },
    "neu": {
        "panel": ["आपके <n:points> पॉइंट्स हैं; वेव <n:wave> का सर्वे शुक्रवार तक खुला है।"],
        "focus": ["सत्र <n:visit_time> बजे, कमरा <n:room>, प्रोजेक्ट <n:job_number>।"],
        "mystery": ["स्टोर <n:store_number> में विज़िट, बिल <n:till_receipt>, बारकोड <n:ean13>।"],
        "poll": ["फ़ील्डवर्क सप्ताह <n:field_weeks>, सैंपल <n:sample_size>, त्रुटि सीमा <n:margin_error> अंक।"],
    },
    "local": [
        "<town> में टेस्टिंग सेशन के लिए शहर के लैंडलाइन से सिर्फ़ <loc> मिलाएँ।",
        "<town> फ़ील्ड ऑफ़िस (लोकल कॉल): <loc>",
        "<town> के रेस्पॉन्डेंट रिक्रूटर से <loc> पर और वेन्यू से <loc> पर बात करें।",
        "<town> शहर के अंदर पोल टीम का नंबर बस <loc> है।",
    ],
    "heads": ["फ़ील्ड संपर्क"],
    "labels": ["रिक्रूटर", "वेन्यू", "सुपरवाइज़र", "पैनल हेल्पडेस्क"],
}
