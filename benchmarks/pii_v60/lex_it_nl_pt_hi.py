"""Italian, Dutch, Portuguese and Hindi sentences of v60, written fresh for this set."""

IT = {
    "TITLES": {
        "lab": ["Laboratorio di biologia molecolare – avvisi"],
        "conf": ["Convegno – programma aggiornato"],
        "grant": ["Ufficio ricerca – finanziamento assegnato"],
        "seminar": ["Seminario di dipartimento"],
    },
    "POS": {
        "lab": [
            "Per guasti allo strumento chiamare {X} al {P}.",
            "Reperibilità sicurezza: {M}.",
            "Il PC dello spettrometro è su {IP}; richieste a {E}.",
        ],
        "conf": [
            "La segreteria organizzativa risponde al {P} e a {E}.",
            "La quota di iscrizione ({N:fee}) è stata addebitata sulla carta {C}.",
        ],
        "grant": [
            "Il contributo sarà accreditato sull'IBAN {B}.",
            "Referente amministrativa: {X}, tel. {P}.",
        ],
        "seminar": [
            "Interviene {X}, aula {N:room}; info {EP} oppure {P}.",
            "Diretta streaming da {I4}; assistenza al {P}.",
        ],
    },
    "NEG": {
        "lab": ["Centrifugare a {N:rcf}, conservare a {N:freezer}."],
        "conf": ["Poster {N:poster}, sessione {N:session}."],
        "grant": ["Budget approvato: {N:budget}; protocollo etico {N:ethics_ref}."],
        "seminar": ["Riferimento: {N:doi}, pp. {N:pages}."],
    },
}

NL = {
    "TITLES": {
        "lab": ["Labinstructie nieuwe promovendi", "Storing massaspectrometer"],
        "conf": ["Congresprogramma – wijzigingen", "Praktische informatie symposium"],
        "grant": ["Subsidiebureau – toekenning", "Interne deadline NWO-ronde"],
        "union": ["Nieuwsbrief studentenvakbond"],
        "field": ["Veldstation – aankomstinformatie"],
        "seminar": ["Vakgroepseminar donderdag"],
    },
    "POS": {
        "lab": [
            "Bij storingen buiten kantoortijd {X} bellen op {P}.",
            "Calamiteitennummer labbeheer: {M}.",
            "De meet-pc staat op {IP}; accounts aanvragen via {E}.",
        ],
        "conf": [
            "De congresbalie is bereikbaar op {P}; facturen via {E}.",
            "Het inschrijfgeld ({N:fee}) is afgeschreven van kaart {C}.",
        ],
        "grant": [
            "Het subsidiebedrag wordt overgemaakt op {B}.",
            "Uw contactpersoon bij het subsidiebureau is {X}, {P}.",
        ],
        "union": [
            "Het spreekuur van de vakbond is op {P} of via {E}.",
            "Verenigingssubsidies gaan naar {B}.",
        ],
        "field": ["De sleutel haal je op bij beheerder {X}, {M}.", "De boot reserveren kan via {P} of {EP}."],
        "seminar": ["Spreker deze week: {X}, zaal {N:room}; vragen naar {E} of {P}."],
    },
    "NEG": {
        "lab": ["Centrifugeren op {N:rcf}, bewaren bij {N:freezer}."],
        "conf": ["Abstract {N:paper_no} staat nu in sessie {N:session}."],
        "grant": ["Begroting {N:budget}, projectcode {N:grant_ref}."],
        "union": ["Het vak {N:course} levert {N:ects} op."],
        "field": ["Proefvlak {N:plot}, monster {N:sample_id}."],
        "seminar": ["Leesstof: {N:doi}, blz. {N:pages}."],
    },
    "LOCAL": [
        "Vanuit {T} bel je het secretariaat op {L}.",
        "Lokaal nummer van de bibliotheek in {T}: {L}, de uitleenbalie {L}.",
        "Woon je in {T}? De huisvestingsbalie van de universiteit neemt op via {L}.",
        '"Bel maar gewoon {L}, dat is hier in {T} het nummer van de receptie," zei de coördinator.',
        "Faculteitsbureau (binnen {T}):\n{L}",
        "Studenten in {T} kunnen de studieadviseur bereiken op {L}.",
    ],
}

PT = {
    "TITLES": {
        "lab": ["Laboratório de genética – avisos", "Agendamento do microscópio"],
        "conf": ["Congresso – programação atualizada"],
        "grant": ["Escritório de projetos – concessão aprovada"],
        "union": ["Boletim do DCE"],
        "field": ["Estação de campo – chegada"],
    },
    "POS": {
        "lab": [
            "Problemas com o sequenciador: ligue para {X} no {P}.",
            "Plantão de segurança: {M}.",
            "O computador do equipamento está em {IP}; pedidos de acesso para {E}.",
        ],
        "conf": [
            "A secretaria do congresso atende no {P} e pelo {E}.",
            "A taxa de inscrição ({N:fee}) foi cobrada no cartão {C}.",
        ],
        "grant": [
            "Os recursos serão depositados na conta {B}.",
            "Sua contato no escritório de projetos é {X}, {P}.",
        ],
        "union": ["O DCE atende pelo {P} ou pelo {E}.", "Linha de apoio ao estudante: {O}."],
        "field": ["Pegue a chave com o caseiro, {X}, {M}.", "Reservas do barco: {P} ou {EP}."],
    },
    "NEG": {
        "lab": ["Centrifugar a {N:rcf} e guardar a {N:freezer}."],
        "conf": ["O trabalho {N:paper_no} foi para a sessão {N:session}."],
        "grant": ["Orçamento aprovado: {N:budget}."],
        "union": ["A disciplina {N:course} vale {N:ects}."],
        "field": ["A parcela {N:plot} fica a {N:elevation}."],
    },
    "LOCAL": [
        "Quem liga de {T} fala com a secretaria da pós pelo {L}.",
        "Em {T}, a portaria do campus atende no {L} e a biblioteca no {L}.",
        "Ligação local ({T}): moradia estudantil {L}.",
        '"É só ligar {L}, aqui em {T} todo mundo conhece", disse a coordenadora.',
        "Laboratório – telefone fixo de {T}:\n{L}",
        "Para quem está em {T}, o restaurante universitário atende no {L}.",
    ],
}

HI = {
    "TITLES": {
        "lab": ["प्रयोगशाला सूचना", "उपकरण बुकिंग"],
        "union": ["छात्र संघ सूचना"],
        "conf": ["सम्मेलन कार्यक्रम"],
        "field": ["फ़ील्ड स्टेशन – आगमन जानकारी"],
    },
    "POS": {
        "lab": [
            "उपकरण ख़राब होने पर {X} को {P} पर फ़ोन करें।",
            "सुरक्षा अधिकारी का मोबाइल: {M}।",
            "कंप्यूटर का पता {IP} है; एक्सेस के लिए {E} पर लिखें।",
        ],
        "union": ["छात्र संघ कार्यालय: {P}, ईमेल {E}।", "हेल्पलाइन: {O}।"],
        "conf": ["पंजीकरण डेस्क {P} पर उपलब्ध है; बिल के लिए {E}।", "स्लाइड {EP} पर भेजें या {M} पर संदेश दें।"],
        "field": ["चाबी के लिए केयरटेकर {X} से {M} पर संपर्क करें।"],
    },
    "NEG": {
        "lab": ["नमूना {N:sample_id} को {N:freezer} पर रखें।"],
        "union": ["कोर्स {N:course}, {N:ects}।"],
        "conf": ["पोस्टर {N:poster}, सत्र {N:session}।"],
        "field": ["प्लॉट {N:plot} की ऊँचाई {N:elevation} है।"],
    },
    "LOCAL": [
        "{T} शहर के अंदर से संस्थान के गेस्ट हाउस का नंबर {L} है।",
        "छात्रावास वार्डन ({T}, लोकल कॉल): {L}",
        "{T} में रहने वाले छात्र प्लेसमेंट सेल को {L} पर और लेखा विभाग को {L} पर फ़ोन कर सकते हैं।",
        "रजिस्ट्रार कार्यालय – {T} का लैंडलाइन:\n{L}",
    ],
}
