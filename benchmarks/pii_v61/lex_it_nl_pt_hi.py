"""Italian, Dutch, Portuguese and Hindi sentences for v61, written fresh for this set."""

IT = {
    "titles": {
        "musicschool": ["Orario delle lezioni", "Iscrizione alla scuola di musica", "Noleggio strumenti"],
        "choir": ["Notiziario del coro", "Promemoria prove", "Trasferta del coro"],
        "theatre": ["Avviso di biglietteria", "Foglio di sala", "I vostri biglietti"],
    },
    "pos": {
        "musicschool": [
            "Per spostare una lezione scrivete alla segreteria al {P}.",
            "La retta si versa sull'IBAN {I} indicando il numero socio {N:member_no}.",
            "La maestra {name} insegna pianoforte il martedì; il suo cellulare è {P}.",
            "La cauzione per il violino è stata addebitata sulla carta {C}.",
        ],
        "choir": [
            "La prova a sezioni si sposta in oratorio; le chiavi le ha {name} ({P}).",
            "Le quote associative vanno versate su {I}.",
            "Biglietti per parenti e amici tramite {E}.",
        ],
        "theatre": [
            "I cambi biglietto si fanno in biglietteria o al numero {P}.",
            "Per informazioni sugli abbonamenti chiamate il numero verde {O}.",
            "Il direttore di scena, {name}, è raggiungibile al {X}.",
        ],
    },
    "neg": {
        "musicschool": [
            "Portate l'edizione con ISMN {N:ismn}; brani: {N:catalogue_work}.",
            "Lezione in aula {N:room}, metronomo a {N:metronome}.",
        ],
        "choir": ["Si riparte dalla lettera {N:score_rehearsal_letter}, battute {N:bars}."],
        "theatre": ["Posti {N:seat} e {N:seat}, spettacolo del {N:show_date_time}."],
    },
    "heads": ["Numeri per la serata", "Chi chiamare"],
    "labels": ["Biglietteria", "Segreteria", "Palcoscenico", "Portineria"],
}

NL = {
    "titles": {
        "musicschool": ["Lesrooster", "Inschrijving muziekschool", "Instrumentverhuur"],
        "choir": ["Koornieuws", "Repetitieherinnering", "Concertreis"],
        "filmclub": ["Filmhuisprogramma", "Notities uit de cabine", "Voorstelling gereserveerd"],
        "gallery": ["Bruikleen", "Uitnodiging opening", "Depotnotitie"],
    },
    "pos": {
        "musicschool": [
            "Les verzetten kan tot twee dagen vooraf via de administratie, {P}.",
            "Het lesgeld maakt u over naar {I} onder vermelding van lidnummer {N:member_no}.",
            "Docent {name} geeft op dinsdag cello; voor afzeggingen: {P}.",
            "De huurborg voor de viool is afgeschreven van kaart {C}.",
            "Examenuitslagen komen van {E}.",
        ],
        "choir": [
            "De groepsrepetitie van de bassen is in het parochiehuis; {name} ({P}) heeft de sleutel.",
            "Contributie graag vóór het eind van de maand naar {I}.",
            "Kun je zaterdag niet? Laat het de dirigent weten op {P}.",
        ],
        "filmclub": [
            "Is de DCP woensdag nog niet binnen, bel dan de distributeur op {P}.",
            "Operateur van dienst: {name}, {P}.",
            "De server in de cabine zit op {IP}.",
            "Vragen over het seizoen? Mail {E} of bel {X}.",
        ],
        "gallery": [
            "De koerier van de bruikleengever, {name}, is bereikbaar op {X}.",
            "Het conditierapport van object {N:accession} graag naar {EP}.",
            "Aanmeldingen voor de opening via {E}; op de avond zelf {P}.",
        ],
    },
    "neg": {
        "musicschool": [
            "Neem de uitgave met ISMN {N:ismn} mee; we spelen {N:catalogue_work}.",
            "Les in lokaal {N:room}, tempo {N:metronome}.",
        ],
        "choir": ["We beginnen bij letter {N:score_rehearsal_letter}, maten {N:bars}."],
        "filmclub": [
            "Kopie van vanavond: {N:aspect_fps}, speelduur {N:running_time}.",
            "De KDM is geldig {N:kdm_window}.",
        ],
        "gallery": ["Object {N:accession}, olieverf op doek, {N:dimensions}, oplage {N:edition}."],
    },
    "local": [
        "Binnen {town} belt u de schouwburgkassa gewoon op {L}.",
        "Muziekschool {town}, lokaal nummer: {L} (conciërge {L2}).",
        "Vanaf een vaste lijn in {town} is het koorsecretariaat {L}.",
        "Filmhuis {town} – wie in de stad woont draait {L}.",
        "Het atelier in {town} is lokaal bereikbaar op {L}.",
    ],
    "heads": ["Telefoonlijst", "Wie bel je", "Nummers voor het weekend"],
    "labels": ["Kassa", "Artiesteningang", "Cabine", "Conciërge", "Administratie"],
}

PT = {
    "titles": {
        "theatre": ["Aviso da bilheteria", "Folha de produção", "Seus ingressos para hoje"],
        "musicschool": ["Horário das aulas", "Matrícula na escola de música", "Aluguel de instrumentos"],
        "festival": ["Bilheteria do festival", "Escala de voluntários", "Retirada de pulseiras"],
        "choir": ["Boletim do coral", "Lembrete de ensaio", "Viagem do coral"],
    },
    "pos": {
        "theatre": [
            "Trocas de ingresso para a matinê de domingo pela bilheteria, telefone {P}.",
            "A produtora, {name}, atende no {P} durante a montagem.",
            "O estorno foi feito no cartão {C}.",
            "Reservas de lugares acessíveis por {E}.",
        ],
        "musicschool": [
            "Para remarcar uma aula, mande mensagem para a secretaria no {P}.",
            "A professora {name} dá aulas de violino às terças; celular {P}.",
            "Aula experimental gratuita: ligue {O}.",
        ],
        "festival": [
            "Perdeu a pulseira? Passe na bilheteria ou ligue {P}.",
            "O chefe de palco, {name}, fica no {X} até o fim da noite.",
            "O passe foi pago com o cartão {C}.",
        ],
        "choir": [
            "O ensaio de naipe dos tenores será no salão paroquial; a chave está com {name} ({P}).",
            "Ingressos para familiares pelo e-mail {E}.",
        ],
    },
    "neg": {
        "theatre": [
            "Seus lugares: {N:seat} e {N:seat}; sessão de {N:show_date_time}.",
            "Duração {N:running_time} com intervalo.",
        ],
        "musicschool": ["Traga a edição ISMN {N:ismn}; peças: {N:catalogue_work}."],
        "festival": ["Pulseira {N:wristband}, reserva {N:booking_ref}."],
        "choir": ["Recomeçamos na letra {N:score_rehearsal_letter}, compassos {N:bars}."],
    },
    "local": [
        "Quem liga de {town} fala com a bilheteria no {L}.",
        "Escola de música em {town}, ligação local: {L} (portaria {L2}).",
        "De um fixo de {town}, o coral atende no {L}.",
        "Cineclube de {town}: para quem é da cidade, {L}.",
        "Ateliê em {town} – chamada local {L}.",
    ],
    "heads": ["Telefones da noite", "Para quem ligar"],
    "labels": ["Bilheteria", "Produção", "Portaria", "Palco", "Secretaria"],
}

HI = {
    "titles": {
        "musicschool": ["संगीत विद्यालय – कक्षा समय", "दाख़िला सूचना"],
        "festival": ["महोत्सव टिकट खिड़की", "स्वयंसेवक सूची"],
        "theatre": ["नाट्यगृह सूचना", "आज रात के टिकट"],
    },
    "pos": {
        "musicschool": [
            "कक्षा बदलने के लिए कार्यालय को {P} पर संदेश भेजें।",
            "सितार की कक्षा {name} लेती हैं; उनका मोबाइल {P} है।",
            "फ़ीस का भुगतान कार्ड {C} से हुआ।",
        ],
        "festival": [
            "पास खो जाने पर टिकट खिड़की पर आएँ या {P} पर फ़ोन करें।",
            "मंच प्रबंधक {name} से {P} पर संपर्क करें।",
            "निःशुल्क सहायता: {O}",
        ],
        "theatre": [
            "टिकट वापसी के लिए बॉक्स ऑफ़िस {P} पर बात करें।",
            "समूह बुकिंग के लिए {E} पर लिखें।",
        ],
    },
    "neg": {
        "musicschool": ["कक्षा कमरा {N:room} में है; सदस्य संख्या {N:member_no}।"],
        "festival": ["पास {N:wristband}, बुकिंग {N:booking_ref}।"],
        "theatre": ["आपकी सीटें {N:seat} और {N:seat}; शो {N:show_date_time}।"],
    },
    "local": [
        "{town} शहर के लैंडलाइन से सभागार की बुकिंग के लिए {L} मिलाएँ।",
        "{town} संगीत अकादमी (लोकल नंबर): {L}",
        "{town} में रहने वाले कला दीर्घा को सीधे {L} पर फ़ोन करें; चौकीदार का नंबर {L2} है।",
        "{town} के भीतर टिकट खिड़की: {L}",
    ],
    "heads": ["ज़रूरी संपर्क", "किसे फ़ोन करें"],
    "labels": ["टिकट खिड़की", "कार्यालय", "मंच", "स्वागत कक्ष"],
}
