"""Dutch, Portuguese and Hindi sentences for v43 (written fresh); slots as in lex_en."""

NL = {
    "genres": {
        "union": {
            "title": ["Studievereniging: introductieweek", "Studentenvereniging: algemene ledenvergadering"],
            "neg": [
                "De informatiemarkt begint om {N:start_time} in zaal {N:room}.",
                "Lidmaatschap: {N:price} per jaar, geldig voor {N:semester}.",
                "Op je ledenpas staat een nummer als {N:member_no}.",
            ],
            "phone": [
                "Vragen over de introductie? Bel het bestuur op {P}.",
                "Onze penningmeester is bereikbaar op {P} (liefst appen).",
            ],
        },
        "sport": {
            "title": [
                "Hockeyclub: programma en inschrijfformulier",
                "Korfbalvereniging: uitslagen van zaterdag",
            ],
            "neg": [
                "Onze {N:age_group} won zaterdag met {N:match_score}.",
                "Stand na acht wedstrijden: {N:league}.",
                "De contributie bedraagt {N:price}; je lidnummer is {N:member_no}.",
                "Snelste tijd op de clubloop: {N:race_time}.",
            ],
            "phone": [
                "Wedstrijdwijzigingen worden bevestigd door de wedstrijdsecretaris, {P}.",
                "Het clubhuis is op trainingsavonden bereikbaar via {P}.",
            ],
        },
        "scouts": {
            "title": [
                "Scouting: brief aan de ouders over het zomerkamp",
                "Jeugdclub: programma voor het najaar",
            ],
            "neg": [
                "Het kamp kost {N:price} per kind, inclusief bus en insignes.",
                "We beginnen op zaterdag om {N:start_time}; de groep {N:age_group} start eerder.",
                "Vul op het medisch formulier het lidnummer {N:member_no} in.",
            ],
            "phone": [
                "Tijdens het kamp is de leiding alleen in noodgevallen bereikbaar op {P}.",
                "De groepsbegeleider neemt 's avonds op via {P}.",
            ],
        },
        "forum": {
            "title": ["Forum moestuin: wanneer tomaten voorzaaien?", "Re: modelspoor, schaduwstation bouwen"],
            "neg": [
                "Ik zaai bij {N:sow_temp} en plant uit op {N:spacing}.",
                "Winterhard tot {N:hardiness}, volgens het zakje ({N:seed_cat}).",
                "Ik rijd {N:scale} met kleinste boog {N:track_radius}.",
            ],
            "phone": [
                "Wie de overgebleven zaailingen wil, bel me na zessen op {P}.",
                "De volkstuinvereniging zegt: bel {P} voor een proefperceel.",
            ],
        },
        "music": {
            "title": ["Muziekschool: lesrooster voor het nieuwe seizoen", "Dansschool: cursussen"],
            "neg": [
                "Theorieles begint om {N:start_time} in lokaal {N:room}.",
                "Voorspeelavond: Schubert {N:opus}, maat {N:bars}.",
                "Een cursus van {N:sessions} kost {N:price}.",
            ],
            "phone": [
                "De administratie is 's middags bereikbaar op {P}.",
                "Proefles aanvragen? Bel onze coördinator op {P}.",
            ],
        },
    },
    "local1": [
        "Binnen {T} draait u gewoon {L}.",
        "Clubhuis (netnummer {T}): {L}.",
        "Vanuit {T} zonder netnummer: {L}.",
        "Woont u in {T}? Bel dan {L}.",
    ],
    "local2": ["In {T}: secretariaat {L}, kantine {L}.", "Vanuit {T} belt u {L} of {L}."],
    "service": ["Gratis informatielijn: {S}.", "Inschrijven kan ook telefonisch via {S}."],
    "list_head": ["Telefoonlijst:", "Contactpersonen:", "Handige nummers:"],
    "list_labels": ["Secretariaat", "Penningmeester", "Trainer", "Ledenadministratie", "Kantine", "Docent"],
    "email": ["Stuur je aanmelding naar {E}.", "Vragen? Mail {E}."],
    "card": ["Betaald met creditcard {C}."],
    "iban": ["Contributie overmaken naar {I}."],
    "ip": ["Je laatste login op de leeromgeving kwam van {IP}."],
    "ssn": [],
    "domains": ["student.uu.nl", "hockeyclub.nl", "ziggo.nl", "kpnmail.nl", "gmail.com", "scouting-groep.nl"],
    "roles": ["secretariaat", "info", "ledenadministratie", "bestuur", "aanmelden"],
}

PT = {
    "genres": {
        "course": {
            "title": ["Plano de ensino: Introdução à Sociologia", "Página da disciplina: Cálculo II"],
            "neg": [
                "A disciplina {N:module_code} vale {N:ects} créditos e é oferecida em {N:semester}.",
                "Bibliografia básica: ISBN {N:isbn}.",
                "As aulas começam às {N:start_time} na sala {N:room}.",
            ],
            "phone": [
                "A secretaria do departamento atende pelo {P}.",
                "Dúvidas sobre a matrícula: coordenação do curso, {P}.",
            ],
        },
        "library": {
            "title": ["Biblioteca e museu: programação do mês", "Museu: dia de estudos"],
            "neg": [
                "A palestra apresenta a peça {N:inventory} do acervo têxtil.",
                "O livro do mês está na cota {N:shelfmark}; a revista tem ISSN {N:issn}.",
                "Ingresso {N:price}; o código da reserva é do tipo {N:ticket}.",
            ],
            "phone": [
                "Inscrições no serviço educativo pelo {P}.",
                "Para acessibilidade, ligue para a recepção: {P}.",
            ],
        },
        "sport": {
            "title": ["Clube: tabela de jogos e ficha de sócio", "Associação de futsal: resultados"],
            "neg": [
                "O nosso {N:age_group} venceu por {N:match_score} no sábado.",
                "Classificação: {N:league}.",
                "A mensalidade é {N:price}; número de sócio {N:member_no}.",
            ],
            "phone": [
                "Alterações de horário confirmadas pelo diretor técnico no {P}.",
                "Secretaria do clube: {P}.",
            ],
        },
        "choir": {
            "title": ["Coral: plano de ensaios", "Grupo de teatro amador: calendário de ensaios"],
            "neg": [
                "Terça: Haydn {N:opus}, compassos {N:bars}, depois só os tenores.",
                "Mantemos o andamento em {N:metronome} por enquanto.",
                "Na missa de domingo cantamos o hino {N:hymn} na entrada.",
                "Os voluntários da recepção ficam na {N:seat}.",
            ],
            "phone": [
                "Faltas devem ser avisadas à secretária do coral pelo {P}.",
                "Prova de figurinos: falar com a Dona Célia no {P}.",
            ],
        },
        "scouts": {
            "title": [
                "Grupo escoteiro: carta aos pais sobre o acampamento",
                "Agrupamento de escuteiros: atividades",
            ],
            "neg": [
                "O acampamento custa {N:price} por criança, com transporte.",
                "Reunimos aos sábados às {N:start_time}; o ramo {N:age_group} começa mais cedo.",
                "Indique na ficha o número de associado {N:member_no}.",
            ],
            "phone": [
                "Durante o acampamento, o celular dos chefes é {P}, só para emergências.",
                "O chefe de grupo atende à noite pelo {P}.",
            ],
        },
    },
    "local1": [
        "De {T}, disque só {L}.",
        "Secretaria (fixo de {T}): {L}.",
        "Quem liga de {T} usa apenas {L}.",
        "Em {T}, sem DDD: {L}.",
    ],
    "local2": ["Em {T}: secretaria {L}, quadra {L}.", "De {T}, ligue {L} ou {L}."],
    "service": ["Central gratuita: {S}.", "Informações pela linha {S}."],
    "list_head": ["Telefones úteis:", "Contatos:", "Quem procurar:"],
    "list_labels": ["Secretaria", "Tesouraria", "Coordenação", "Treinador", "Bilheteria", "Direção"],
    "email": ["Envie a ficha para {E}.", "Dúvidas: {E}."],
    "card": ["Pagamento com cartão {C} aprovado."],
    "iban": ["Transferência da quota para o IBAN {I}."],
    "ip": ["O último acesso ao ambiente virtual veio de {IP}."],
    "ssn": [],
    "domains": ["unicamp.br", "ufsc.br", "clubeatletico.com.br", "uol.com.br", "sapo.pt", "gmail.com"],
    "roles": ["secretaria", "contato", "inscricoes", "coordenacao", "clube"],
}

HI = {
    "genres": {
        "exam": {
            "title": ["परीक्षा सूचना: सेमेस्टर परीक्षाएँ", "परीक्षा समय-सारणी और निर्देश"],
            "neg": [
                "{N:module_code} का पेपर {N:start_time} बजे कक्ष {N:room} में होगा।",
                "अपना पहचान पत्र (नंबर {N:student_id}) साथ लाएँ।",
                "उत्तीर्ण होने के लिए {N:score} अंक चाहिए; {N:semester} के पुनः परीक्षार्थी भी इसी सत्र में बैठेंगे।",
            ],
            "phone": [
                "बीमार होने पर परीक्षा शुरू होने से पहले परीक्षा विभाग को {P} पर फ़ोन करें।",
                "अतिरिक्त समय के लिए छात्र सहायता केंद्र से {P} पर संपर्क करें।",
            ],
        },
        "course": {
            "title": ["पाठ्यक्रम पृष्ठ: भारतीय इतिहास (प्रथम वर्ष)", "कोर्स विवरण: सांख्यिकी"],
            "neg": [
                "{N:module_code} के {N:ects} क्रेडिट हैं और कक्षाएँ {N:start_time} बजे से हैं।",
                "पाठ्यपुस्तक: ISBN {N:isbn}।",
                "पिछले साल के औसत अंक {N:score} थे।",
            ],
            "phone": ["विभाग कार्यालय से {P} पर बात करें।", "प्रवेश संबंधी प्रश्नों के लिए समन्वयक का नंबर {P} है।"],
        },
        "sport": {
            "title": ["क्लब की सूचना: मैच कार्यक्रम और सदस्यता", "क्रिकेट क्लब: इस सप्ताह के मैच"],
            "neg": [
                "हमारी {N:age_group} टीम ने {N:cricket} बनाए।",
                "सदस्यता शुल्क {N:price} है; आपका सदस्य नंबर {N:member_no} है।",
                "10 किमी दौड़ में सबसे अच्छा समय {N:race_time} रहा।",
            ],
            "phone": ["मैच में बदलाव की जानकारी सचिव {P} पर देंगे।", "क्लब कार्यालय: {P}।"],
        },
        "music": {
            "title": ["संगीत विद्यालय: साप्ताहिक कक्षाएँ", "नृत्य अकादमी: नया सत्र"],
            "neg": [
                "तबला कक्षा {N:start_time} बजे कक्ष {N:room} में है।",
                "{N:sessions} का कोर्स {N:price} में है।",
                "आयु वर्ग {N:age_group} के लिए अलग बैच है।",
            ],
            "phone": [
                "अभिभावक दोपहर में कार्यालय से {P} पर संपर्क कर सकते हैं।",
                "ट्रायल क्लास के लिए गुरुजी को {P} पर फ़ोन करें।",
            ],
        },
    },
    "local1": ["{T} शहर से सीधे {L} मिलाएँ।", "कार्यालय ({T} लैंडलाइन): {L}।", "{T} में रहने वाले बस {L} पर कॉल करें।"],
    "local2": ["{T} में: कार्यालय {L}, छात्रावास {L}।"],
    "service": ["निःशुल्क हेल्पलाइन: {S}।", "जानकारी के लिए टोल-फ़्री नंबर {S} पर कॉल करें।"],
    "list_head": ["ज़रूरी नंबर:", "संपर्क सूची:"],
    "list_labels": ["कार्यालय", "सचिव", "कोषाध्यक्ष", "कोच", "प्रधानाचार्य", "छात्रावास"],
    "email": ["अपना फ़ॉर्म {E} पर भेजें।", "प्रश्न हों तो {E} पर लिखें।"],
    "card": ["शुल्क कार्ड {C} से जमा हुआ।"],
    "iban": ["शुल्क IBAN {I} में भेजें।"],
    "ip": ["पोर्टल पर आपका पिछला लॉगिन {IP} से था।"],
    "ssn": [],
    "domains": ["du.ac.in", "sangeet-academy.in", "gmail.com", "rediffmail.com", "yahoo.co.in"],
    "roles": ["office", "exams", "admissions", "secretary", "info"],
}
