"""Italian, Dutch, Portuguese and Hindi sentences for senior-life documents."""

IT = {
    "titles": {
        "club": ["Circolo anziani – notiziario", "Università della terza età: gite"],
        "pension": ["Appuntamento al patronato per la pensione", "Riepilogo della consulenza previdenziale"],
        "meals": ["Pasti a domicilio – giro settimanale", "Servizio pasti: nuovo menù"],
        "hearing": ["Centro acustico: conferma appuntamento", "Controllo dei suoi apparecchi acustici"],
        "daycentre": ["Centro diurno – programma della settimana"],
        "sheltered": [
            "Avviso agli ospiti della residenza",
            "Alloggi protetti: comunicazione della direzione",
        ],
    },
    "body": {
        "club": [
            "La gita alle terme è quasi al completo: chiami {name} al {P}.",
            "Numeri estratti alla tombola: {n:bingo_calls}.",
            "Per un passaggio alla festa da ballo chiami l'autista al {M}.",
        ],
        "pension": [
            "La pensione stimata è di {n:pension_amount} € lordi al mese.",
            "Codice fiscale in pratica: {n:codice_fiscale}.",
            "Per domande mi trova al {P}.",
            "Il numero verde informazioni è {F}.",
            "L'accredito avverrà sul conto {I}.",
            "Mandi i documenti a {E}.",
        ],
        "meals": [
            "Giro {n:delivery_window}.",
            "Menù scelto: {n:menu_code} (dieta morbida).",
            "Per disdire un pasto chiami la cucina al {P} entro le 10.",
            "Sua nipote chiede di essere avvisata al {M}.",
        ],
        "hearing": [
            "Soglie orecchio destro: {n:audiogram}.",
            "Pile misura {n:battery_size}.",
            "Se l'apparecchio fischia chiami il centro al {P}.",
            "Il saldo è stato addebitato sulla carta {C}.",
        ],
        "daycentre": [
            "Lunedì ginnastica dolce, martedì laboratorio della memoria.",
            "Pressione misurata giovedì: {n:blood_pressure}.",
            "I familiari possono chiamare l'ufficio al {P}.",
        ],
        "sheltered": [
            "Prova dell'allarme antincendio mercoledì alle 11.",
            "Il riscaldamento del salone è a {n:room_temp}.",
            "La direttrice, {name}, risponde al {P}.",
            "Di notte la teleassistenza risponde al {F}.",
        ],
    },
    "neg": ["Terapia: {n:dosage}.", "Glicemia a digiuno: {n:glucose}."],
    "heads": ["Numeri da tenere vicino al telefono", "Recapiti del centro"],
    "labels": ["Portineria", "Cucina", "Autista", "Podologo", "Farmacia", "Parrucchiera"],
}

NL = {
    "titles": {
        "club": ["Ouderensoos – nieuwsbrief", "Seniorenvereniging: uitstapjes", "Wandelclub 60+: data"],
        "pension": ["Uw afspraak over uw pensioen", "Verslag van het pensioengesprek", "Vragen over uw AOW"],
        "meals": ["Tafeltje-dek-je – bezorgschema", "Maaltijdservice: nieuwe menukaart"],
        "hearing": ["Audicien: bevestiging van uw afspraak", "Nazorg voor uw nieuwe hoortoestellen"],
        "daycentre": ["Dagbesteding – weekprogramma", "Ontmoetingscentrum: activiteiten en vervoer"],
        "sheltered": ["Mededeling aan de bewoners", "Aanleunwoningen: bericht van de huismeester"],
    },
    "body": {
        "club": [
            "Het uitje naar de Keukenhof is bijna vol; bel {name} op {P}.",
            "Getrokken bij de bingo: {n:bingo_calls}.",
            "Wie opgehaald wil worden voor het koersbal, belt de chauffeur op {M}.",
            "Aanmelden mag ook via {E}.",
            "Wandeling van zaterdag: {n:walk_stats}.",
        ],
        "pension": [
            "Uw verwachte pensioen is {n:pension_amount} euro bruto per maand.",
            "Uw BSN volgens het dossier: {n:bsn}.",
            "Heeft u vragen, bel mij dan op {P}.",
            "De gratis infolijn is {F}.",
            "Wij maken het bedrag over naar {I}.",
            "Stuur de formulieren naar {E}.",
            "Voor uw jaren in Duitsland: {X}.",
        ],
        "meals": [
            "Uw ronde: {n:delivery_window}.",
            "Gekozen menu: {n:menu_code} (zoutarm).",
            "Afmelden voor 10 uur de dag ervoor via {P}.",
            "Sleutelkluis bij de achterdeur, code {n:key_safe}.",
            "Uw zoon wil gebeld worden bij problemen: {M}.",
        ],
        "hearing": [
            "Gehoordrempels rechts: {n:audiogram}.",
            "Batterijmaat {n:battery_size}.",
            "Fluit het toestel, bel dan de winkel op {P}.",
            "De eigen bijdrage is betaald met kaart {C}.",
            "Onze audicien {name} komt ook aan huis; mobiel {M}.",
        ],
        "daycentre": [
            "Maandag stoelgym, dinsdag geheugentraining, donderdag koor.",
            "Bloeddruk vorige week: {n:blood_pressure}.",
            "Familie kan het kantoor bellen op {P}.",
            "De busjes rijden vanaf 9 uur; bij vertraging {M}.",
            "De printer van de tabletles staat op {IPP}.",
        ],
        "sheltered": [
            "Woensdag om 11 uur wordt het brandalarm getest.",
            "Woning {n:flat_block} krijgt een nieuw alarmkoord.",
            "De verwarming in de recreatiezaal staat op {n:room_temp}.",
            "De huismeester, {name}, is op werkdagen bereikbaar op {P}.",
            "'s Nachts neemt de alarmcentrale op: {F}.",
            "De huur wordt afgeschreven van {I}.",
        ],
    },
    "neg": [
        "Medicatie: {n:dosage}.",
        "Bloedsuiker nuchter: {n:glucose}.",
        "Postcode voor de taxi: {n:postcode}.",
    ],
    "local": [
        "Woont u in {town}? Bel de soos dan kortweg op {L}.",
        "Voor {town}: vervoer {L}, keuken {L} (zonder netnummer).",
        "Vanaf een vaste lijn in {town} volstaat {L}.",
        "Dagbesteding {town} (lokaal gesprek): {L}",
        '"Bel maar {L}," zei de huismeester, "dat is het nummer hier in {town}."',
    ],
    "heads": ["Nummers voor op de koelkast", "Telefoonlijst van het huis", "Handige nummers"],
    "labels": [
        "Huismeester",
        "Vervoer",
        "Keuken",
        "Pedicure",
        "Alarmcentrale",
        "Apotheek",
        "Kapster",
        "Huisarts",
    ],
}

PT = {
    "titles": {
        "club": ["Clube da terceira idade – boletim", "Centro de convivência: passeios"],
        "pension": ["Seu atendimento sobre a aposentadoria", "Resumo da consulta previdenciária"],
        "meals": ["Refeições ao domicílio – rota da semana", "Serviço de refeições: novo cardápio"],
        "hearing": ["Centro auditivo: confirmação de consulta", "Revisão dos seus aparelhos auditivos"],
        "daycentre": ["Centro-dia – programação da semana", "Centro de dia: transporte e oficinas"],
        "sheltered": ["Aviso aos moradores", "Residência sénior: comunicado da direção"],
    },
    "body": {
        "club": [
            "A excursão às termas está quase lotada; ligue para {name} no {P}.",
            "Números sorteados no bingo: {n:bingo_calls}.",
            "Para carona ao baile, ligue para o motorista no {M}.",
            "Inscrições também por e-mail: {E}.",
        ],
        "pension": [
            "Seu benefício estimado é de R$ {n:pension_amount} por mês.",
            "CPF no processo: {n:cpf}.",
            "Dúvidas? Ligue para mim no {P}.",
            "A central gratuita atende no {F}.",
            "Envie os documentos para {E}.",
            "Para o tempo trabalhado na Alemanha: {X}.",
        ],
        "meals": [
            "Rota {n:delivery_window}.",
            "Cardápio escolhido: {n:menu_code} (pastoso).",
            "Para cancelar uma refeição, ligue para a cozinha no {P} até as 10h.",
            "Sua filha pede para ser avisada no {M}.",
        ],
        "hearing": [
            "Limiares do ouvido direito: {n:audiogram}.",
            "Pilhas tamanho {n:battery_size}.",
            "Se o aparelho apitar, ligue para o centro no {P}.",
            "O saldo foi cobrado no cartão {C}.",
        ],
        "daycentre": [
            "Segunda ginástica, terça oficina de memória, quinta coral.",
            "Pressão medida na semana passada: {n:blood_pressure}.",
            "Os familiares podem ligar para a recepção no {P}.",
            "A van passa às 8h; em caso de atraso, {M}.",
        ],
        "sheltered": [
            "Teste do alarme de incêndio na quarta às 11h.",
            "O aquecimento da sala está em {n:room_temp}.",
            "A diretora, {name}, atende no {P}.",
            "À noite, a teleassistência atende no {F}.",
        ],
    },
    "neg": ["Medicação: {n:dosage}.", "Glicemia em jejum: {n:glucose}."],
    "local": [
        "Quem mora em {town} liga para o centro-dia direto no {L}.",
        "Associação de aposentados de {town}: secretaria {L}, transporte {L}.",
        "De um fixo de {town}, basta discar {L}.",
        "Clube da melhor idade ({town}, ligação local): {L}",
        '"Liga no {L}", disse dona Lúcia, "todo mundo em {town} sabe."',
    ],
    "heads": ["Telefones para deixar na geladeira", "Contatos do centro"],
    "labels": ["Recepção", "Cozinha", "Motorista", "Podóloga", "Teleassistência", "Farmácia", "Cabeleireira"],
}

HI = {
    "titles": {
        "club": ["वरिष्ठ नागरिक क्लब – समाचार पत्र", "सेवानिवृत्त कर्मचारी संघ: यात्रा की सूचना"],
        "pension": ["पेंशन सलाह – आपकी मुलाकात", "पेंशन बैठक का सारांश"],
        "meals": ["घर पर भोजन सेवा – साप्ताहिक रूट"],
        "hearing": ["श्रवण केंद्र: अपॉइंटमेंट की पुष्टि", "आपकी नई हियरिंग मशीन – देखभाल"],
        "daycentre": ["डे केयर सेंटर – इस हफ़्ते का कार्यक्रम"],
        "sheltered": ["निवासियों के लिए सूचना"],
    },
    "body": {
        "club": [
            "तीर्थ यात्रा की बस लगभग भर गई है; {name} को {P} पर फ़ोन करें।",
            "भजन संध्या में ले जाने के लिए ड्राइवर को {M} पर कॉल करें।",
            "तंबोला में निकले नंबर: {n:bingo_calls}।",
        ],
        "pension": [
            "आपकी अनुमानित पेंशन ₹ {n:pension_amount} प्रति माह है।",
            "फ़ॉर्म पर आधार: {n:aadhaar_masked}।",
            "कोई सवाल हो तो मुझे {P} पर फ़ोन करें।",
            "निःशुल्क हेल्पलाइन: {F}।",
            "कागज़ात {E} पर भेजें।",
        ],
        "meals": [
            "आपका रूट: {n:delivery_window}।",
            "भोजन रद्द करना हो तो रसोई को {P} पर सुबह 10 बजे तक बताएँ।",
            "आपकी बेटी को {M} पर सूचना दी जाएगी।",
        ],
        "hearing": [
            "दाएँ कान की जाँच: {n:audiogram}।",
            "बैटरी साइज़ {n:battery_size}।",
            "मशीन सीटी बजाए तो केंद्र को {P} पर फ़ोन करें।",
        ],
        "daycentre": [
            "सोमवार योग, मंगलवार स्मृति खेल, गुरुवार भजन।",
            "पिछले हफ़्ते का रक्तचाप: {n:blood_pressure}।",
            "परिवार के लोग दफ़्तर को {P} पर फ़ोन कर सकते हैं।",
        ],
        "sheltered": [
            "बुधवार सुबह 11 बजे फ़ायर अलार्म की जाँच होगी।",
            "प्रबंधक {name} से {P} पर बात करें।",
            "रात में आपातकालीन सहायता: {F}।",
        ],
    },
    "neg": ["दवा: {n:dosage}।", "खाली पेट शुगर: {n:glucose}।"],
    "local": [
        "{town} शहर के लैंडलाइन से वरिष्ठ नागरिक क्लब का नंबर सिर्फ़ {L} है।",
        "{town} में रहने वाले सदस्य योग कक्षा के लिए {L} और वाहन के लिए {L} पर फ़ोन करें।",
        "पेंशनर्स सहायता केंद्र ({town}, लोकल कॉल): {L}",
        '"{L} मिला लीजिए," प्रबंधक ने कहा, "{town} में यही नंबर चलता है।"',
    ],
    "heads": ["ज़रूरत के फ़ोन नंबर (फ्रिज पर लगाएँ)", "केंद्र के संपर्क"],
    "labels": ["प्रबंधक", "रसोई", "ड्राइवर", "दवा दुकान", "डॉक्टर"],
}
