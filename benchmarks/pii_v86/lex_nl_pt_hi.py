"""Dutch, Portuguese and Hindi sentences for v86."""

NL = {
    "library": {
        "title": ["Uw bibliotheekaccount", "Reservering ligt klaar", "Nieuws van de bibliotheek"],
        "pos": [
            "Uw reservering ligt klaar bij de uitleenbalie; lukt ophalen niet, bel dan {P}.",
            "Verlengen kan ook telefonisch via {P}, houd uw pasnummer bij de hand.",
            "Vragen over de leesclub: {E} of Ineke op {M}.",
            "Pas kwijt? Laat hem blokkeren via {O}.",
        ],
        "neg": [
            "Uw pas {N:card_barcode} verloopt aan het eind van de maand.",
            "Het boek staat onder {N:dewey}, ISBN {N:isbn13}.",
            "Openingstijden: dinsdag t/m zaterdag {N:hours}.",
        ],
    },
    "recordoffice": {
        "title": ["Uw vraag aan het archief", "Antwoord op uw onderzoeksverzoek"],
        "pos": [
            "De dienstdoende archivaris is bereikbaar op {P}, dinsdag tot en met donderdag.",
            "Onderzoekskosten kunt u overmaken naar {B} onder vermelding van uw kenmerk.",
            "Vanuit het buitenland belt u {I}.",
            "Mail naar {E}; wij bellen u zo nodig terug vanaf {P}.",
        ],
        "neg": [
            "De doop-, trouw- en begraafboeken staan onder {N:archive_ref} en lopen van {N:year_range}.",
            "Zie fol. {N:folio} van het protocol.",
            "Doos en omslag: {N:box_file}.",
        ],
    },
    "museumbook": {
        "title": ["Bevestiging van uw reservering", "Uw schoolbezoek aan het museum"],
        "pos": [
            "Heeft de bus vertraging, bel dan de kassa op {P}.",
            "Wijzigingen in de groepsgrootte via {E} of {P}.",
            "Op de dag zelf is de gastvrouw bereikbaar op {M}.",
            "De aanbetaling is afgeschreven van kaart {C}.",
        ],
        "neg": [
            "Reservering {N:booking_ref}: {N:group_size} leerlingen.",
            "De tentoonstelling loopt van {N:run_dates}.",
            "Toegang {N:price} per persoon.",
        ],
    },
    "histsoc": {
        "title": ["Nieuwsbrief historische vereniging", "Mededelingen aan de leden"],
        "pos": [
            "Meerijden naar de lezing? Bel Joop op {M}.",
            "Oude foto's van de steenfabriek zijn welkom: {Ep} of {P}.",
            "De contributie wordt geïncasseerd van {B}.",
        ],
        "neg": [
            "Het artikel verscheen in ons tijdschrift, jrg. {N:volume}, p. {N:pages}.",
            "Bij de vorige lezing waren {N:group_size} leden.",
        ],
    },
    "heritage": {
        "title": ["Bezoek aan het kasteel", "Open Monumentendag"],
        "pos": [
            "Op het terrein is weinig bereik; de beheerder is bereikbaar op {P}.",
            "Rondleidingen reserveert u via {P} of {E}.",
        ],
        "neg": [
            "De toren werd herbouwd van {N:year_range}.",
            "Entree {N:price}.",
        ],
    },
}

PT = {
    "library": {
        "title": ["Sua conta na biblioteca", "Reserva disponível", "Novidades da biblioteca"],
        "pos": [
            "Sua reserva está no balcão de empréstimo; se não puder buscar, ligue para {P}.",
            "Renovações por telefone pelo {P}, no horário de funcionamento.",
            "Dúvidas sobre o clube de leitura: {E} ou Dona Cida no {M}.",
            "Perdeu o cartão? Avise pelo {O}.",
        ],
        "neg": [
            "Seu cartão {N:card_barcode} vence no fim do mês.",
            "O livro está na estante {N:dewey}, ISBN {N:isbn13}.",
            "Horário: de terça a sábado, {N:hours}.",
        ],
    },
    "recordoffice": {
        "title": ["Sua consulta ao Arquivo", "Resposta ao pedido de pesquisa"],
        "pos": [
            "A arquivista de plantão atende no {P} de terça a quinta.",
            "Do exterior, a sala de consulta atende no {I}.",
            "Escreva para {E}; retornaremos a ligação pelo {P}, se necessário.",
            "A taxa de pesquisa pode ser transferida para {B}.",
        ],
        "neg": [
            "Os livros de batismo estão sob a cota {N:archive_ref} e cobrem de {N:year_range}.",
            "Ver fl. {N:folio} do livro de notas.",
            "Caixa e maço: {N:box_file}.",
        ],
    },
    "museumbook": {
        "title": ["Confirmação de agendamento", "Visita escolar ao museu"],
        "pos": [
            "Se o ônibus atrasar, avise a bilheteria pelo {P}.",
            "Para alterar o grupo, escreva ao educativo ({E}) ou ligue {P}.",
            "No dia da visita, a coordenadora atende no {M}.",
            "O sinal foi cobrado no cartão {C}.",
        ],
        "neg": [
            "Agendamento {N:booking_ref}: {N:group_size} alunos.",
            "A exposição temporária vai de {N:run_dates}.",
            "Ingresso: {N:price}.",
        ],
    },
    "heritage": {
        "title": ["Visita ao forte", "Jornadas do patrimônio"],
        "pos": [
            "No local o sinal de celular é fraco; o zelador atende no {P}.",
            "Visitas guiadas pelo {P} ou por {E}.",
            "Casamentos e filmagens: {Ep}, {M}.",
        ],
        "neg": [
            "A capela foi reconstruída de {N:year_range}.",
            "Coordenadas: {N:coords}.",
        ],
    },
}

HI = {
    "library": {
        "title": ["आपका पुस्तकालय खाता", "आरक्षित पुस्तक तैयार है"],
        "pos": [
            "आपकी आरक्षित पुस्तक काउंटर पर रखी है; न आ सकें तो {P} पर फ़ोन करें।",
            "सदस्यता नवीनीकरण के लिए {M} पर संपर्क करें या {E} पर लिखें।",
            "कार्ड खो गया? तुरंत {O} पर सूचना दें।",
        ],
        "neg": [
            "आपका कार्ड {N:card_barcode} इस महीने के अंत में समाप्त होगा।",
            "पुस्तक {N:dewey} पर रखी है, ISBN {N:isbn13}।",
            "समय: {N:hours}, सोमवार अवकाश।",
        ],
    },
    "recordoffice": {
        "title": ["अभिलेखागार से उत्तर", "आपकी खोज का अनुरोध"],
        "pos": [
            "ड्यूटी पर मौजूद अभिलेखपाल से {P} पर बात की जा सकती है।",
            "विदेश से कॉल करने वाले {I} पर संपर्क करें।",
            "लिखित अनुरोध {E} पर भेजें; ज़रूरत होने पर हम {P} से वापस कॉल करेंगे।",
        ],
        "neg": [
            "ये दस्तावेज़ {N:archive_ref} के अंतर्गत सूचीबद्ध हैं, वर्ष {N:year_range}।",
            "फ़ाइल संख्या {N:box_file} देखें।",
        ],
    },
    "museumbook": {
        "title": ["बुकिंग की पुष्टि", "संग्रहालय में स्कूल भ्रमण"],
        "pos": [
            "बस देर से पहुँचे तो टिकट काउंटर को {P} पर बताएँ।",
            "समूह में बदलाव के लिए {E} पर लिखें या {M} पर कॉल करें।",
        ],
        "neg": [
            "बुकिंग संख्या {N:booking_ref}: {N:group_size} छात्र।",
            "टिकट {N:price} प्रति व्यक्ति।",
        ],
    },
    "heritage": {
        "title": ["किले का भ्रमण", "धरोहर सप्ताह"],
        "pos": [
            "परिसर में नेटवर्क कमज़ोर है; चौकीदार से {P} पर संपर्क करें।",
            "गाइड के साथ भ्रमण के लिए {M} पर बुकिंग करें।",
        ],
        "neg": [
            "यह मंदिर {N:year_range} के बीच बना था।",
            "स्थान: {N:coords}।",
        ],
    },
}

LIST_HEADS = {
    "de": ["Telefonliste", "Abteilungen"],
    "fr": ["Annuaire", "Services et contacts"],
    "es": ["Contactos", "Directorio"],
    "it": ["Recapiti", "Rubrica degli uffici"],
    "nl": ["Contactgegevens", "Afdelingen"],
    "pt": ["Contatos", "Setores"],
    "hi": ["संपर्क सूची"],
}
LIST_LABELS = {
    "de": ["Lesesaal", "Kasse", "Museumspädagogik", "Magazin", "Ausleihe", "Restaurierung"],
    "fr": ["Salle de lecture", "Accueil", "Service des publics", "Prêt", "Conservation"],
    "es": ["Sala de consulta", "Taquilla", "Área educativa", "Préstamo", "Restauración"],
    "it": ["Sala studio", "Biglietteria", "Servizi educativi", "Prestito", "Restauro"],
    "nl": ["Studiezaal", "Kassa", "Educatie", "Uitleenbalie", "Restauratie"],
    "pt": ["Sala de consulta", "Bilheteria", "Educativo", "Empréstimo", "Restauro"],
    "hi": ["पाठक कक्ष", "टिकट काउंटर", "शिक्षा विभाग", "पुस्तक वितरण"],
}
