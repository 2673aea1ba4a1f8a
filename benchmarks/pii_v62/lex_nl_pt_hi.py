"""Dutch, Portuguese and Hindi sentences: health and care genres."""

NL = {
    "gp": {
        "title": ["Herinnering afspraak", "Bericht van uw huisartsenpraktijk", "Uitslag bloedonderzoek"],
        "pos": [
            "Dokter {name} wil de uitslag graag met u bespreken. Belt u de assistente op {fixed}, liefst na "
            "10.30 uur.",
            "We konden u niet bereiken op {mobile}. Niets dringends, maar belt u deze week even terug?",
            "Herhaalrecepten kunt u mailen naar {role}; ze liggen na twee werkdagen klaar.",
            "Buiten praktijktijden vertelt het bandje op {fixed} welke huisartsenpost dienst heeft.",
        ],
        "neg": [
            "Bloeddruk vandaag {n:bp} mmHg, hartslag {n:pulse}.",
            "Uw BSN staat bij ons als {n:bsn}; klopt dat niet, meld het dan aan de balie.",
            "Volgende controle: {n:appt}. Nuchter komen.",
            "Verwijzing door huisarts met BIG-nummer {n:big}.",
        ],
    },
    "dentist": {
        "title": ["Uw behandelplan", "Tandartspraktijk: periodieke controle"],
        "pos": [
            "Bij pijn in het weekend belt u de spoedlijn {mobile}; voor al het andere de balie op {fixed}.",
            "Het eigen risico kunt u overmaken naar {iban} onder vermelding van uw geboortedatum.",
            "Vragen over de begroting? Mail {name} via {email}.",
        ],
        "neg": [
            "Vandaag zijn de elementen {n:teeth} behandeld.",
            "Na de verdoving twee uur niet eten; zo nodig {n:dose} paracetamol.",
        ],
    },
    "pharmacy": {
        "title": ["Uw medicijnen liggen klaar", "Apotheek: bezorging"],
        "pos": [
            "Uw medicijnen liggen klaar. Haalt iemand anders ze op, laat het ons weten via {fixed}.",
            "De bezorger komt vanmiddag; niemand thuis? Stuur dan een appje naar {mobile}.",
            "De afhaalkluis bij de ingang hangt op het netwerk als {ipp}.",
        ],
        "neg": [
            "Gebruik: tweemaal daags {n:dose}, bij het eten.",
            "Batchnummer van het vaccin: {n:lot}.",
        ],
    },
    "physio": {
        "title": ["Uw oefenprogramma", "Fysiotherapie: intake"],
        "pos": [
            "Neemt de pijn toe voor de volgende afspraak? Bel de praktijk op {fixed} en vraag naar {name}.",
            "De oefenfilmpjes sturen we naar {email}.",
            "Afzeggen kan tot 24 uur van tevoren via {mobile}.",
        ],
        "neg": [
            "Kniebuiging vandaag {n:rom}, pijnscore {n:pain}.",
            "Bruggetje {n:reps}, twee keer per dag.",
        ],
    },
    "homecare": {
        "title": ["Thuiszorg: uw zorgplan", "Wijkverpleging: bezoekrooster"],
        "pos": [
            "Loopt de zorgverlener uit, dan belt de planning u vanaf {mobile}.",
            "Wijzigingen doorgeven kan op kantoor via {fixed}; na 17 uur bij de dienstdoende "
            "wijkverpleegkundige, {mobile}.",
            "Hulpmiddelen zoals een tillift bestelt u gratis via {tf}.",
        ],
        "neg": [
            "Sleutelkluiscode {n:keysafe}; wijzigen na het laatste bezoek.",
            "INR vandaag {n:inr}, dosering ongewijzigd.",
            "Bloedsuiker voor de lunch {n:gluc}.",
        ],
    },
}

NL_LOCAL = [
    "Woont u in {town}? Dan is de praktijk gewoon bereikbaar op {local}, zonder netnummer.",
    "Apotheek {town}, lokaal: {local}",
    "Binnen {town} belt u de wijkverpleging op {local}; de teamleider op {local2}.",
    "Vanuit een vaste lijn in {town}:\n{local}",
    '"In {town} hoeft u alleen {local} te draaien," zei de assistente.',
    "Fysiotherapie {town} is lokaal te bellen op {local} (het netnummer kunt u weglaten).",
    "Het verpleeghuis in {town} heeft voor familie uit de stad het nummer {local}.",
    "Tandarts in {town} met spoed nodig? Vanaf een vast toestel in de stad: {local}.",
    "Opticien {town} – bellen binnen de stad via {local}, de werkplaats via {local2}.",
]

NL_LIST = {
    "head": ["Zo bereikt u ons", "Contactgegevens praktijk"],
    "label": ["Assistente", "Spoedlijn", "Receptenlijn", "Wijkteam", "Planning", "Apotheek"],
}

PT = {
    "gp": {
        "title": ["Lembrete de consulta", "Mensagem da sua clínica", "Resultados de exames"],
        "pos": [
            "A doutora {fname} gostaria de rever os exames com você. Ligue para a recepção no {fixed} depois "
            "das 9h.",
            "Não conseguimos falar com você no {mobile}; por favor, retorne a ligação esta semana.",
            "Receitas de uso contínuo podem ser pedidas por e-mail: {role}.",
            "Fora do horário, a central gratuita {tf} informa o pronto-atendimento mais próximo.",
        ],
        "neg": [
            "Pressão hoje {n:bp} mmHg, frequência cardíaca {n:pulse}.",
            "@BR CPF cadastrado: {n:cpf}; cartão SUS {n:cns}.",
            "Próxima consulta: {n:appt}, em jejum.",
            "@BR Médico responsável: CRM {n:crm}.",
        ],
    },
    "pharmacy": {
        "title": ["Seu pedido está pronto", "Farmácia: entrega em casa"],
        "pos": [
            "O seu medicamento chegou. Se outra pessoa vier buscar, avise pelo {fixed}.",
            "O entregador passa à tarde; se não houver ninguém, mande mensagem para {mobile}.",
            "Dúvidas sobre efeitos colaterais: fale com a farmacêutica {fname} pelo {fixed} ou por {email}.",
            "O pagamento foi feito com o cartão {card}.",
        ],
        "neg": [
            "Posologia: {n:dose} de 12 em 12 horas, após as refeições.",
            "Lote da vacina: {n:lot}.",
        ],
    },
    "physio": {
        "title": ["Seu programa de exercícios", "Clínica de fisioterapia"],
        "pos": [
            "Se a dor piorar antes da próxima sessão, ligue para {fixed} e peça para falar com {name}.",
            "Vamos enviar os vídeos dos exercícios para {email}.",
            "Para desmarcar, mande mensagem para {mobile} com um dia de antecedência.",
        ],
        "neg": [
            "Flexão do joelho hoje: {n:rom}; dor {n:pain}.",
            "Ponte {n:reps}, duas vezes ao dia.",
        ],
    },
    "carehome": {
        "title": ["Carta às famílias", "Notícias do lar de idosos"],
        "pos": [
            "As visitas voltam a partir das 15h; avise antes o posto de enfermagem pelo {fixed}.",
            "A cuidadora de referência da sua mãe é {fname}, no {mobile} durante o turno.",
            "@PT A mensalidade pode ser paga por transferência para {iban}.",
        ],
        "neg": [
            "O seu pai está no quarto {n:room}; ingestão de líquidos ontem: {n:fluid}.",
            "Sinais vitais: temperatura {n:temp}, saturação {n:spo2}.",
        ],
    },
    "optician": {
        "title": ["Seus óculos estão prontos", "Revisão das lentes de contato"],
        "pos": [
            "Os óculos novos estão prontos; ligue para a ótica no {fixed} para o ajuste.",
            "Alterações no pedido de lentes pela linha gratuita {tf}.",
        ],
        "neg": [
            "Olho direito {n:lensrx}, olho esquerdo {n:lensrx}.",
            "Distância pupilar {n:pd}; acuidade {n:va}.",
        ],
    },
}

PT_LOCAL = [
    "Para quem mora em {town}, o posto de saúde atende no {local} – ligação local, sem o DDD.",
    "Farmácia do centro ({town}), de telefone fixo da cidade: {local}",
    "Em {town}, a clínica de fisioterapia atende no {local}; o setor de agendamento no {local2}.",
    "De um fixo de {town}, basta discar:\n{local}",
    '"Daqui de {town} é só ligar {local}", explicou a atendente.',
    "Lar de idosos em {town} – familiares da cidade ligam para {local}.",
    "Dentista de plantão em {town}: {local} (ligação local).",
    "Ótica em {town}? Do telefone fixo da cidade, {local}; a oficina fica no {local2}.",
]

PT_LIST = {
    "head": ["Contatos da clínica", "Fale conosco", "Telefones para guardar"],
    "label": ["Recepção", "Enfermagem", "Plantão", "Agendamento", "Farmácia"],
}

HI = {
    "gp": {
        "title": ["अपॉइंटमेंट की याद", "क्लिनिक से संदेश", "जाँच रिपोर्ट तैयार है"],
        "pos": [
            "डॉ. {name} आपसे रिपोर्ट पर बात करना चाहते हैं। कृपया सुबह 10 बजे के बाद {fixed} पर फ़ोन करें।",
            "हम आपसे {mobile} पर संपर्क नहीं कर पाए। कृपया इस हफ़्ते वापस कॉल करें।",
            "दवा की पर्ची दोबारा चाहिए तो {role} पर अपना नाम लिखकर ईमेल करें।",
            "क्लिनिक बंद होने पर टोल-फ़्री नंबर {tf} पर सलाह मिलती है।",
        ],
        "neg": [
            "आज का ब्लड प्रेशर {n:bp} mmHg, नब्ज़ {n:pulse}।",
            "आपका ABHA नंबर {n:abha} रिकॉर्ड में दर्ज है।",
            "अगली जाँच {n:appt} को, खाली पेट आएँ।",
        ],
    },
    "pharmacy": {
        "title": ["आपकी दवाएँ तैयार हैं", "फ़ार्मेसी: होम डिलीवरी"],
        "pos": [
            "आपकी दवा आ गई है। कोई और लेने आए तो {fixed} पर बता दें।",
            "डिलीवरी शाम को होगी; घर पर कोई न हो तो {mobile} पर मैसेज करें।",
            "दवा के बारे में सवाल हों तो फ़ार्मासिस्ट {name} से {fixed} पर बात करें।",
        ],
        "neg": [
            "खुराक: {n:dose} सुबह-शाम, खाने के बाद।",
            "टीके का बैच {n:lot} था।",
        ],
    },
    "physio": {
        "title": ["आपका व्यायाम कार्यक्रम", "फ़िज़ियोथेरेपी सेंटर"],
        "pos": [
            "अगले सेशन से पहले दर्द बढ़े तो {fixed} पर कॉल करें और {name} से बात करें।",
            "व्यायाम के वीडियो हम {email} पर भेजेंगे।",
            "सेशन रद्द करना हो तो एक दिन पहले {mobile} पर मैसेज करें।",
        ],
        "neg": [
            "घुटना आज {n:rom} तक मुड़ा, दर्द {n:pain}।",
            "ब्रिज व्यायाम {n:reps}, दिन में दो बार।",
        ],
    },
    "homecare": {
        "title": ["होम नर्सिंग: विज़िट योजना", "घर पर देखभाल"],
        "pos": [
            "नर्स को देर हो तो कोऑर्डिनेटर {mobile} से फ़ोन करेंगे।",
            "विज़िट बदलने के लिए ऑफ़िस {fixed} पर कॉल करें; शाम 6 बजे के बाद {mobile}।",
        ],
        "neg": [
            "आज शुगर खाने से पहले {n:gluc}, वज़न {n:wt}।",
            "INR आज {n:inr}, दवा की मात्रा वही रहेगी।",
        ],
    },
}

HI_LOCAL = [
    "{town} शहर के लैंडलाइन से क्लिनिक का नंबर सीधे {local} है।",
    "{town} में रहने वाले मरीज़ बिना कोड के {local} मिलाएँ।",
    "फ़ार्मेसी ({town}, लोकल कॉल): {local}",
    "{town} के अंदर से फ़िज़ियो सेंटर {local} पर, और रिसेप्शन {local2} पर मिलता है।",
    '"{town} से हैं तो बस {local} मिलाइए," रिसेप्शन पर बताया गया।',
    "होम नर्सिंग टीम, {town} – शहर के फ़ोन से: {local}",
    "{town} में नेत्र क्लिनिक का लोकल नंबर:\n{local}",
]

HI_LIST = {"head": ["संपर्क सूत्र", "हमसे बात करें"], "label": ["रिसेप्शन", "नर्सिंग", "इमरजेंसी", "अपॉइंटमेंट", "फ़ार्मेसी"]}
