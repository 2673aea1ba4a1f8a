"""Dutch, Portuguese and Hindi sentences."""

NL = {
    "GENRES": ["nursery", "childminder", "wraparound", "toddler", "forum", "aupair"],
    "TITLES": {
        "nursery": ["Kinderdagverblijf De Boomhut – ouderbrief", "Wennen: de eerste twee weken"],
        "childminder": ["Gastouderopvang – afspraken", "Bericht van je gastouder"],
        "wraparound": ["BSO De Speelvogel – vakantieprogramma", "Wijziging opvangdagen BSO"],
        "toddler": ["Peuterochtend in het buurthuis", "Babymassage: nieuwe reeks"],
        "forum": ["Forum › Kinderopvang", "Re: wachtlijst kinderdagverblijf, tips?"],
        "aupair": ["Bevestiging plaatsing au pair", "Aankomst van jullie au pair"],
    },
    "BODY": {
        "nursery": [
            "Is je kind ziek? Meld het vóór 8.30 uur telefonisch op {P}.",
            "De groep Vlinders heeft een eigen mobiel: {M}.",
            "Vragen over de facturen? Mail {E}, dan belt {NAME} je terug.",
            "De maandfactuur wordt afgeschreven van {B}.",
            "De ouder-app zag een inlog vanaf {IP4}.",
        ],
        "childminder": [
            "Ik ben overdag het best bereikbaar op {M}.",
            "Het gastouderbureau is bereikbaar op {P} of via {E}.",
            "Bij ziekte vangt {NAME} op ({M}).",
        ],
        "wraparound": [
            "Ruilen van dagen kan via de planning: {P}.",
            "Bij calamiteiten: de BSO-telefoon {M}.",
            "Gratis informatielijn kinderopvangtoeslag: {O}.",
        ],
        "toddler": ["Aanmelden bij {NAME}: {M}.", "Het buurthuis neemt op via {P}."],
        "forum": [
            "Wij hebben gewoon de locatie gebeld ({P}) en stonden binnen een maand op de lijst.",
            "Stuur me een berichtje via {EP}.",
        ],
        "aupair": [
            "Jullie contactpersoon is {NAME}: {P}, {E}.",
            "Tot de aankomst is ze bereikbaar op {I}.",
            "Bemiddelingskosten betaald met kaart {C}.",
        ],
    },
    "NEGS": {
        "nursery": [
            "LRK-nummer van deze locatie: {N:lrk_number}.",
            "Openingstijden {N:session_times}; groep {N:age_band} maanden.",
            "Uurtarief {N:hourly_rate}; reservekleding maat {N:clothing_size}.",
        ],
        "childminder": [
            "Registratie LRK {N:lrk_number}, uurprijs {N:hourly_rate}.",
            "Geboortedatum: {N:child_dob}.",
        ],
        "wraparound": ["Vakantieopvang {N:session_times}, schooljaar {N:school_year}."],
        "toddler": ["Voor kinderen van {N:age_band} maanden."],
        "forum": ["Wij betalen {N:fee_amount} per maand na toeslag.", "Koorts {N:temperature} en hangerig."],
        "aupair": ["Zakgeld {N:fee_amount} per kwartaal."],
    },
    "LOCAL": [
        "Bel je vanuit {TOWN} zelf, dan volstaat {L} voor de groep.",
        "Kantoor {TOWN} (lokaal nummer): {L}",
        "Voor ouders in {TOWN}: {L}, of {L2} voor de keuken.",
        "Binnen {TOWN} hoef je het netnummer niet te draaien: {L}.",
        "De gastouder gaf ons haar vaste nummer in {TOWN}: {L}.",
        "Buurthuis {TOWN}, vaste lijn zonder kengetal: {L}",
        '"In {TOWN} bel je gewoon {L}," zei de leidster.',
    ],
    "LIST_HEADS": ["Noodnummers", "Voor de oppas", "Bellen bij nood"],
    "LIST_LABELS": [
        "Mama mobiel",
        "Papa werk",
        "Oma",
        "Kinderdagverblijf",
        "Gastouder",
        "Huisarts",
        "Buurvrouw",
    ],
    "ORGS": ["De Boomhut", "Kinderopvang Het Vlindernest", "BSO De Speelvogel"],
    "EMAIL_ROLES": ["planning", "info", "administratie", "locatie"],
}

PT = {
    "GENRES": ["nursery", "nanny", "schoolrun", "forum", "aupair", "babysit"],
    "TITLES": {
        "nursery": ["Creche Pequenos Passos – aviso aos pais", "Período de adaptação"],
        "nanny": ["Procura-se babá / ama para as tardes", "Recados para a babá"],
        "schoolrun": ["Escala da carona / boleia para a escola", "Quem busca as crianças sexta?"],
        "forum": ["Fórum de mães e pais › Creches", "Re: quanto vocês pagam de creche?"],
        "aupair": ["Confirmação da família anfitriã", "Chegada da vossa au pair"],
        "babysit": ["Recados para a babysitter", "Precisa-se de babysitter sábado à noite"],
    },
    "BODY": {
        "nursery": [
            "Se a criança estiver doente, avise a secretaria pelo {P} até as 8h.",
            "A coordenadora, {NAME}, responde pelo {E}.",
            "A mensalidade é debitada na conta {B}.",
            "Linha gratuita de apoio às famílias: {O}.",
        ],
        "nanny": [
            "Interessadas, mandem mensagem para {M}.",
            "O pai está a trabalhar em Madrid; o telemóvel dele é {I}.",
            "Currículo para {EP}.",
        ],
        "schoolrun": ["Segunda leva a {NAME} ({M}).", "Atrasos: ligar para a escola no {P}."],
        "forum": ["Liguei para a prefeitura ({P}) e consegui vaga.", "Moderação: conta duplicada, IP {IP4}."],
        "aupair": ["A vossa coordenadora é {NAME}: {P}, {E}.", "Taxa da agência paga com o cartão {C}."],
        "babysit": ["Estamos no jantar; o meu número é {M}.", "Se algo correr mal, ligue à vizinha: {P}."],
    },
    "NEGS": {
        "nursery": [
            "Horário: {N:session_times}; turma de {N:age_band} meses.",
            "Matrícula n.º {N:enrolment_no}.",
        ],
        "nanny": ["Pagamos {N:hourly_rate}.", "Se passar de {N:temperature}, ligue-nos."],
        "schoolrun": ["Entrada {N:session_times}."],
        "forum": ["Pagamos {N:fee_amount} por trimestre.", "Vacina ontem, lote {N:vaccine_lot}."],
        "aupair": ["Data de nascimento das crianças: {N:child_dob}."],
        "babysit": ["Leite: {N:feed_volume} antes de dormir."],
    },
    "LOCAL": [
        "Quem liga de um fixo de {TOWN} disca só {L} para a creche.",
        "Secretaria (ligação local em {TOWN}): {L}",
        "Para as famílias de {TOWN}: {L} ou {L2}, sem o DDD.",
        "Em {TOWN}, o telefone da escolinha é {L}.",
        "A babá deixou o fixo da casa dela em {TOWN}: {L}.",
        "Dentro de {TOWN} não precisa do código de área: {L}.",
        '"É só discar {L} aqui em {TOWN}", explicou a diretora.',
    ],
    "LIST_HEADS": ["Contatos de emergência", "Para a babá", "Telefones da família"],
    "LIST_LABELS": ["Mãe (celular)", "Pai (trabalho)", "Avó", "Creche", "Pediatra", "Vizinha"],
    "ORGS": ["Pequenos Passos", "Creche Arco-Íris", "Escolinha Pingo de Gente"],
    "EMAIL_ROLES": ["secretaria", "coordenacao", "contato", "financeiro"],
}

HI = {
    "GENRES": ["nursery", "nanny", "schoolrun", "forum", "toddler"],
    "TITLES": {
        "nursery": ["प्ले स्कूल – अभिभावकों के लिए सूचना", "डेकेयर में पहले दो हफ़्ते"],
        "nanny": ["आया की ज़रूरत (सुबह की शिफ़्ट)", "आया के लिए निर्देश"],
        "schoolrun": ["स्कूल वैन – नया समय", "शुक्रवार को बच्चों को कौन लाएगा?"],
        "forum": ["पेरेंटिंग फ़ोरम › डेकेयर", "Re: अच्छा डेकेयर कैसे ढूँढें?"],
        "toddler": ["छोटे बच्चों का खेल समूह", "माँ और शिशु कक्षा – नया बैच"],
    },
    "BODY": {
        "nursery": [
            "बच्चा बीमार हो तो सुबह 9 बजे से पहले {P} पर बताएँ।",
            "प्रिंसिपल {NAME} से {E} पर संपर्क करें।",
            "फ़ीस से जुड़े सवालों के लिए टोल-फ़्री नंबर {O} है।",
        ],
        "nanny": ["इच्छुक लोग {M} पर व्हाट्सऐप करें।", "बच्चों के पापा दुबई में हैं, उनका नंबर {I} है।"],
        "schoolrun": ["वैन ड्राइवर {NAME} का नंबर {M} है।", "देर हो तो स्कूल ऑफ़िस {P} पर फ़ोन करें।"],
        "forum": ["हमने सीधे {P} पर फ़ोन किया और अगले हफ़्ते दाख़िला हो गया।", "मुझे {EP} पर लिखिए।"],
        "toddler": ["रजिस्ट्रेशन के लिए {NAME} को {M} पर कॉल करें।"],
    },
    "NEGS": {
        "nursery": [
            "स्कूल का UDISE कोड {N:udise_code} है।",
            "समय: {N:session_times}; फ़ीस {N:fee_amount} प्रति तिमाही।",
        ],
        "nanny": ["बुख़ार {N:temperature} से ऊपर हो तो फ़ोन करें।"],
        "schoolrun": ["वैन का समय {N:session_times}।"],
        "forum": ["जन्म के समय वज़न {N:birth_weight} था।", "आंगनवाड़ी केंद्र कोड {N:anganwadi_code} लिखा है।"],
        "toddler": ["बच्चे की जन्मतिथि {N:child_dob} फ़ॉर्म में भरें।"],
    },
    "LOCAL": [
        "{TOWN} के लैंडलाइन से प्ले स्कूल को सिर्फ़ {L} मिलाएँ।",
        "ऑफ़िस ({TOWN}, लोकल कॉल): {L}",
        "{TOWN} में रहने वाले अभिभावक {L} या {L2} पर कॉल करें, कोड की ज़रूरत नहीं।",
        "डेकेयर का {TOWN} वाला फ़ोन {L} है।",
        "आया ने अपने {TOWN} घर का नंबर {L} दिया है।",
        "{TOWN} शहर के अंदर से डायल करें: {L}",
    ],
    "LIST_HEADS": ["आपात संपर्क", "ज़रूरी फ़ोन नंबर"],
    "LIST_LABELS": ["मम्मी (मोबाइल)", "पापा (ऑफ़िस)", "दादी", "डेकेयर", "डॉक्टर", "पड़ोसी"],
    "ORGS": ["नन्हे क़दम प्ले स्कूल", "किलकारी डेकेयर", "Little Stars Play School"],
    "EMAIL_ROLES": ["office", "admissions", "principal", "info"],
}
