"""Dutch, Portuguese and Hindi sentences for v57 (slots as in lex_en)."""

NL = {
    "titles": {
        "notice": ["Gemeentelijke bekendmaking", "Kennisgeving wegafsluiting", "Aan de bewoners"],
        "polling": ["Uw stempas", "Stembureaus in uw wijk", "Verkiezingen: praktische informatie"],
        "library": ["Bibliotheek: uw reservering ligt klaar", "Herinnering te laat ingeleverd"],
        "waste": ["Afvalkalender", "Grofvuil – afspraak bevestigd", "Wijziging inzameldagen"],
        "minutes": ["Besluitenlijst gemeenteraad", "Verslag commissievergadering (concept)"],
    },
    "sent": {
        "notice": [
            "Vanwege rioleringswerk is de Kerkstraat vanaf maandag afgesloten; vragen kunt u stellen aan de "
            "wijkbeheerder via {P}.",
            "Het verkeersbesluit (kenmerk {N:case_file}) ligt ter inzage in het stadhuis, "
            "kamer {N:room_number}.",
            "Openingstijden balie: {N:opening_hours}.",
            "Zienswijzen kunt u mailen naar {E}.",
            "Het betreft kadastraal perceel {N:parcel}.",
            "Buiten kantooruren: piketnummer {M}.",
            "Namens het college, {NAME}.",
            "Geraamde kosten: € {N:budget_eu}.",
        ],
        "polling": [
            "U stemt in het buurthuis De Linde, stembureau {N:polling_district}.",
            "Stembureaus zijn open van 7.30 tot 21.00 uur; neem een geldig identiteitsbewijs mee.",
            "Stempas kwijt? Bel Burgerzaken op {P} of mail {E}.",
            "Opkomst bij de vorige raadsverkiezing: {N:turnout}.",
            "Stembureauleden melden zich bij {NAME}, {M}.",
            "Kiezers in het buitenland bellen {I}.",
            "Gratis vervoer naar het stembureau: {O}.",
        ],
        "library": [
            "Het gereserveerde boek (ISBN {N:isbn13}) ligt een week voor u klaar.",
            "Plaatsnummer: {N:dewey}.",
            "Verlengen kan telefonisch via {P}; houd uw pasnummer {N:library_barcode} bij de hand.",
            "Zaterdag open {N:opening_hours}.",
            "Het gastennetwerk geeft uw laptop het adres {IP}.",
            "De boete wordt afgeschreven van {IBAN}.",
            "Voor de boekenbus: {NAME}, {E}.",
        ],
        "waste": [
            "De groene container wordt geleegd op {N:collection_dates}",
            "Uw container heeft chip {N:bin_tag}.",
            "Grofvuil opgehaald bij perceel {N:parcel}; niet opgehaald? Bel {P}.",
            "Het milieupark ontving dit jaar {N:tonnage} snoeiafval.",
            "De afvalstoffenheffing wordt geïncasseerd van {IBAN}.",
            "Gratis meldlijn zwerfafval: {O}",
            "De nieuwe ondergrondse container staat op coördinaten {N:coords}, naast de fietsenstalling.",
        ],
        "minutes": [
            "Aanwezig: burgemeester {NAME} en vijftien raadsleden.",
            "Agendapunt {N:agenda_item}: krediet van € {N:budget_eu} beschikbaar gesteld.",
            "Besluit {N:resolution_no} aangenomen met 12 stemmen voor.",
            "Vergadering van {N:meeting_times} in zaal {N:room_number}.",
            "De griffie is bereikbaar op {P}.",
            "Aanbesteding {N:tender_no} wordt gegund.",
        ],
    },
    "local": [
        "Woont u in {T}? Bel de bibliotheek dan op {L1}; de jeugdafdeling heeft {L2}.",
        "Gemeentewerf {T}, lokaal nummer: {L1}",
        "'Binnen {T} draait u gewoon {L1},' legt de baliemedewerker uit.",
        "Afvalmeldingen: {L1} (alleen vanuit {T}, anders met netnummer).",
        "In {T} zelf:\nStadhuis {L1}\nStadswerf {L2}",
    ],
    "heads": ["Gemeentelijke contacten", "Telefoonnummers gemeente"],
    "labels": ["Burgerzaken", "Verkiezingen", "Bibliotheek", "Afvalbeheer", "Griffie"],
}

PT = {
    "titles": {
        "notice": ["Edital", "Aviso da Prefeitura", "Comunicado aos moradores"],
        "polling": ["Eleições: seu local de votação", "Informações ao eleitor"],
        "library": ["Biblioteca municipal: reserva disponível", "Aviso de devolução em atraso"],
        "waste": ["Coleta de lixo: novo calendário", "Recolha de monos – marcação confirmada"],
    },
    "sent": {
        "notice": [
            "Por causa de obras de drenagem, a Rua das Flores ficará interditada; dúvidas pelo telefone {P}.",
            "A portaria n.º {N:resolution_no} está afixada na sala {N:room_number}.",
            "Horário de atendimento: {N:opening_hours}.",
            "Sugestões podem ser enviadas para {E}.",
            "Lote cadastral {N:parcel}.",
            "Plantão no fim de semana: {M}.",
            "Assina: {NAME}, secretaria de obras.",
            "Valor da obra: R$ {N:budget_eu}.",
        ],
        "polling": [
            "Seu local de votação é a Escola Estadual Tiradentes, seção {N:polling_district}.",
            "A votação vai das 8h às 17h; leve documento com foto.",
            "Dúvidas sobre o título de eleitor: {P} ou {E}.",
            "Comparecimento na última eleição: {N:turnout}.",
            "Mesários devem procurar {NAME} pelo {M}.",
            "Eleitores no exterior podem ligar para {I}.",
            "Transporte gratuito para eleitores com deficiência: {O}.",
        ],
        "library": [
            "O livro reservado (ISBN {N:isbn13}) está disponível no balcão.",
            "Número de chamada: {N:dewey}.",
            "Renove o empréstimo pelo {P}, informando o cartão {N:library_barcode}.",
            "Aos sábados abrimos {N:opening_hours}.",
            "A rede sem fio da biblioteca atribui o endereço {IP}.",
            "Para o clube de leitura, escreva a {NAME}: {E}.",
        ],
        "waste": [
            "Próximas coletas seletivas: {N:collection_dates}",
            "Seu contêiner tem a etiqueta {N:bin_tag}.",
            "CEP atendido pela coleta noturna: {N:cep}.",
            "Coleta não realizada? Ligue até as 15h para {P}.",
            "O ecoponto recebeu {N:tonnage} de resíduos verdes.",
            "Linha gratuita da limpeza urbana: {O}",
        ],
    },
    "local": [
        "Quem mora em {T} pode ligar direto para {L1}, sem código de área; a biblioteca atende no {L2}.",
        "Ouvidoria municipal de {T} (ligação local): {L1}",
        '"É só discar {L1} de qualquer fixo de {T}", explicou a atendente do cartório eleitoral.',
        "Coleta de entulho – {L1} (somente para chamadas dentro de {T}).",
        "Telefones locais de {T}:\nPrefeitura {L1}\nZeladoria {L2}",
    ],
    "heads": ["Contatos da prefeitura", "Telefones úteis da cidade"],
    "labels": ["Protocolo", "Cartório eleitoral", "Biblioteca", "Limpeza urbana", "Ouvidoria"],
}

HI = {
    "titles": {
        "notice": ["नगर निगम सूचना", "सार्वजनिक सूचना", "निवासियों के लिए सूचना"],
        "polling": ["मतदान केंद्र की जानकारी", "मतदाता पर्ची"],
        "waste": ["कचरा संग्रहण समय-सारणी", "सफ़ाई विभाग की सूचना"],
    },
    "sent": {
        "notice": [
            "नाली निर्माण के कारण स्टेशन रोड सोमवार से बंद रहेगी; जानकारी के लिए {P} पर फ़ोन करें।",
            "आदेश संख्या {N:resolution_no} कार्यालय के कमरा {N:room_number} में देखा जा सकता है।",
            "कार्यालय समय: {N:opening_hours}।",
            "आपत्तियाँ {E} पर भेजें।",
            "रात में आपात स्थिति के लिए {M} पर संपर्क करें।",
            "हस्ताक्षर: {NAME}, नगर आयुक्त",
            "पिन कोड {N:pin_code} वाले क्षेत्र में पानी की आपूर्ति प्रभावित रहेगी।",
        ],
        "polling": [
            "आपका मतदान केंद्र राजकीय विद्यालय है, भाग संख्या {N:polling_district}।",
            "मतदान सुबह 7 बजे से शाम 6 बजे तक होगा।",
            "मतदाता सूची में नाम न मिले तो {P} पर कॉल करें।",
            "पिछले चुनाव में मतदान प्रतिशत {N:turnout} रहा।",
            "मतदान कर्मी {NAME} से {M} पर संपर्क करें।",
            "निःशुल्क मतदाता हेल्पलाइन: {O}",
        ],
        "waste": [
            "अगली संग्रहण तिथियाँ: {N:collection_dates}",
            "आपके डिब्बे पर टैग {N:bin_tag} लगा है।",
            "कचरा न उठे तो {P} पर शिकायत दर्ज कराएँ।",
            "पिछले वर्ष {N:tonnage} गीला कचरा एकत्र हुआ।",
            "शिकायत ईमेल से भी भेज सकते हैं: {E}",
        ],
    },
    "local": [
        "{T} के लैंडलाइन से वार्ड कार्यालय का नंबर सीधे {L1} है; जल विभाग {L2} पर है।",
        "{T} नगर निगम (लोकल कॉल): {L1}",
        'कर्मचारी ने बताया, "{T} में रहने वाले बस {L1} मिलाएँ, कोड की ज़रूरत नहीं।"',
        "मतदाता सहायता – {L1} ({T} शहर के भीतर से)।",
        "{T} शहर के स्थानीय नंबर:\nनगर भवन {L1}\nसफ़ाई शाखा {L2}",
    ],
    "heads": ["नगर निगम संपर्क", "ज़रूरी फ़ोन नंबर"],
    "labels": ["जन सुविधा केंद्र", "निर्वाचन कार्यालय", "सफ़ाई विभाग", "जल विभाग"],
}
