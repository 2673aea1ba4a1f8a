"""Spanish, Italian, Dutch, Portuguese and Hindi sentences, written fresh for v82."""

ES = {
    "TITLES": {
        "unilab": ["Normas del laboratorio para recién llegados"],
        "testlab": ["Informe de ensayo – carta"],
        "envmon": ["Estación de control – parte semanal"],
        "courier": ["Recogida de muestras confirmada"],
        "servicing": ["Parte de mantenimiento"],
        "citsci": ["Boletín para voluntarios"],
    },
    "POS": {
        "unilab": [
            "Fuera de horario, cualquier derrame se avisa a seguridad en el {nat}.",
            "El microscopio se reserva en {role}; su responsable, {name}, atiende en el {mob}.",
        ],
        "testlab": [
            "Para dudas sobre el informe, llame al {nat} o escriba a {mail}.",
            "Abone la factura por transferencia a {iban}.",
        ],
        "envmon": [
            "Si el registrador deja de enviar a {ip4}, avise a la guardia en el {mob}.",
            "Los vertidos se comunican en el {free}, a cualquier hora.",
        ],
        "courier": [
            "El conductor, {name}, llamará desde el {mob} antes de llegar.",
            "Cambios en la recogida: {role} o el {nat}.",
        ],
        "servicing": [
            "El técnico {name} ({mob}) sustituyó la junta de la tapa del rotor.",
            "Nuestra sede central atiende en el {intl}.",
        ],
        "citsci": [
            "¿Dudas con el kit? {name} contesta por las tardes en el {mob}.",
            "Los datos los recoge {role}; la coordinación está en el {nat}.",
        ],
    },
    "NEG": {
        "unilab": ["Centrifugar a {n:rcf} y guardar en {n:freezer_pos}."],
        "testlab": ["Muestra {n:sample_id}: {n:conc}, {n:ph}, conductividad {n:conductivity}."],
        "envmon": ["La estación {n:station} registró {n:pm} a las {n:logger_ts}."],
        "courier": ["Bulto marcado {n:un_number}; el registrador marcó {n:temp}."],
        "servicing": ["Velocidad comprobada a {n:rpm}; certificado {n:cal_cert}."],
        "citsci": ["Tu lectura en el arroyo: {n:conductivity} y {n:ph}."],
    },
    "LIST_HEADS": ["Teléfonos del laboratorio"],
    "LIST_LABELS": ["Seguridad", "Almacén", "Recepción", "Mensajería", "Guardia"],
}

IT = {
    "TITLES": {
        "schoollab": ["Laboratorio di scienze – avviso"],
        "unilab": ["Regole del laboratorio per i nuovi arrivati"],
        "testlab": ["Rapporto di prova – lettera"],
        "envmon": ["Centralina di monitoraggio – resoconto"],
        "courier": ["Ritiro campioni confermato"],
        "servicing": ["Rapporto di intervento tecnico"],
    },
    "POS": {
        "schoollab": [
            "Il tecnico di laboratorio, {name}, risponde al {nat} fino alle 13.",
            "La vetreria si ordina scrivendo a {role} o chiamando il {free}.",
        ],
        "unilab": [
            "Fuori orario gli sversamenti vanno segnalati alla vigilanza al {nat}.",
            "Il microscopio si prenota tramite {role}; referente {name}, cellulare {mob}.",
        ],
        "testlab": [
            "Per chiarimenti sul rapporto chiamate il {nat} o scrivete a {mail}.",
            "Il saldo va versato con bonifico su {iban}.",
        ],
        "envmon": ["Se il datalogger smette di inviare a {ip4}, avvisate la reperibilità al {mob}."],
        "courier": [
            "L'autista, {name}, chiama dal {mob} prima di arrivare.",
            "Il laboratorio ricevente all'estero chiede di chiamare il {intl}.",
        ],
        "servicing": [
            "Il tecnico {name} ({mob}) ha sostituito la guarnizione del coperchio.",
            "Per il prossimo intervento: {free} oppure {role}.",
        ],
    },
    "NEG": {
        "schoollab": ["Diluire l'acido a {n:conc}, pesata {n:mass}."],
        "unilab": ["Centrifugare a {n:rcf}, conservare in {n:freezer_pos}."],
        "testlab": ["Campione {n:sample_id}: {n:conc}, {n:ph}."],
        "envmon": ["La stazione {n:station} ha registrato {n:pm} alle {n:logger_ts}."],
        "courier": ["Collo marcato {n:un_number}; il sensore ha registrato {n:temp}."],
        "servicing": ["Velocità verificata a {n:rpm}; certificato di taratura {n:cal_cert}."],
    },
    "LIST_HEADS": ["Numeri del laboratorio"],
    "LIST_LABELS": ["Vigilanza", "Magazzino", "Accettazione campioni", "Corriere"],
}

NL = {
    "TITLES": {
        "schoollab": ["Practicumlokaal – mededeling TOA"],
        "unilab": ["Labintroductie voor nieuwe collega's"],
        "testlab": ["Analyserapport – begeleidende brief"],
        "envmon": ["Meetstation – weekverslag"],
        "courier": ["Ophalen monsters bevestigd"],
        "servicing": ["Onderhoudsrapport"],
        "citsci": ["Nieuwsbrief voor vrijwilligers"],
    },
    "POS": {
        "schoollab": [
            "De TOA, {name}, is tot het vierde uur bereikbaar op {nat}.",
            "Nieuwe veiligheidsbrillen bestel je via {role} of {free}.",
        ],
        "unilab": [
            "Buiten kantoortijd meld je lekkages bij de meldkamer: {nat}.",
            "De microscoop reserveer je via {role}; beheerder {name} is bereikbaar op {mob}.",
        ],
        "testlab": [
            "Vragen over dit rapport? Bel {nat} of mail {mail}.",
            "Graag het bedrag overmaken op {iban}.",
        ],
        "envmon": ["Stopt de datalogger met verzenden naar {ip4}, bel dan de storingsdienst op {mob}."],
        "courier": [
            "Chauffeur {name} belt vanaf {mob} als hij bijna bij de receptie is.",
            "Wijzigingen in de ophaalafspraak via {role} of {nat}.",
        ],
        "servicing": [
            "Monteur {name} ({mob}) heeft de dekselafdichting vervangen.",
            "Ons hoofdkantoor is bereikbaar op {intl}.",
        ],
        "citsci": [
            "Vragen over de meetkit? App {name} op {mob}.",
            "Alle metingen verzamelt {role}; de coördinator is bereikbaar op {nat}.",
        ],
    },
    "NEG": {
        "schoollab": ["Het zuur verdunnen tot {n:conc}, afwegen {n:mass}."],
        "unilab": ["Centrifugeer op {n:rcf} en bewaar in {n:freezer_pos}."],
        "testlab": ["Monster {n:sample_id}: {n:conc}, {n:ph}, geleidbaarheid {n:conductivity}."],
        "envmon": ["Station {n:station} mat {n:pm} om {n:logger_ts}."],
        "courier": ["Doos gemarkeerd {n:un_number}, luchtvrachtbrief {n:waybill}."],
        "servicing": ["Toerental gecontroleerd op {n:rpm}; kalibratiecertificaat {n:cal_cert}."],
        "citsci": ["Jouw meting in de sloot: {n:conductivity} en {n:ph}."],
    },
    "LOCAL": [
        "Bel je vanuit {town} zelf, dan is de monsterbalie gewoon {l1}.",
        "Binnen {town} zonder kengetal: lab {l1}, portier {l2}.",
        "Woon je in {town}? Het meetteam bereik je lokaal op {l1}.",
        "Lokaal nummer van de werkplaats in {town}: {l1}",
    ],
    "LIST_HEADS": ["Telefoonlijst lab"],
    "LIST_LABELS": ["TOA", "Meldkamer", "Magazijn", "Receptie", "Koerier"],
}

PT = {
    "TITLES": {
        "schoollab": ["Laboratório de ciências – aviso"],
        "unilab": ["Regras do laboratório para novos membros"],
        "testlab": ["Relatório de ensaio – carta"],
        "envmon": ["Estação de monitorização – resumo"],
        "courier": ["Recolha de amostras confirmada"],
        "servicing": ["Relatório de assistência técnica"],
        "citsci": ["Boletim para voluntários"],
    },
    "POS": {
        "schoollab": [
            "A técnica do laboratório, {name}, atende no {nat} até ao meio-dia.",
            "Material de vidro encomenda-se por {role} ou pelo {free}.",
        ],
        "unilab": [
            "Fora do horário, derrames comunicam-se à segurança pelo {nat}.",
            "O microscópio reserva-se por {role}; o responsável, {name}, atende no {mob}.",
        ],
        "testlab": [
            "Dúvidas sobre o relatório: {nat} ou {mail}.",
            "O pagamento pode ser feito por transferência para {iban}.",
        ],
        "envmon": ["Se o registador parar de enviar para {ip4}, avise o plantão no {mob}."],
        "courier": [
            "O motorista, {name}, liga do {mob} antes de chegar.",
            "Alterações na recolha: {role} ou {nat}.",
        ],
        "servicing": [
            "O técnico {name} ({mob}) trocou a vedação da tampa do rotor.",
            "A nossa sede atende no {intl}.",
        ],
        "citsci": [
            "Dúvidas sobre o kit? Fale com {name} no {mob}.",
            "Os dados são reunidos por {role}; a coordenação atende no {nat}.",
        ],
    },
    "NEG": {
        "schoollab": ["Diluir o ácido a {n:conc}, pesagem {n:mass}."],
        "unilab": ["Centrifugar a {n:rcf} e guardar em {n:freezer_pos}."],
        "testlab": ["Amostra {n:sample_id}: {n:conc}, {n:ph}, condutividade {n:conductivity}."],
        "envmon": ["A estação {n:station} registou {n:pm} às {n:logger_ts}."],
        "courier": ["Volume marcado {n:un_number}, conhecimento aéreo {n:waybill}."],
        "servicing": ["Rotação verificada a {n:rpm}; certificado {n:cal_cert}."],
        "citsci": ["A tua leitura no riacho: {n:conductivity} e {n:ph}."],
    },
    "LOCAL": [
        "Quem liga de dentro de {town} fala com a recepção de amostras pelo {l1}, sem DDD.",
        "Telefone local do laboratório em {town}: {l1} (plantão {l2}).",
        "De um fixo de {town}, a equipe de campo atende no {l1}.",
        "Assistência técnica {town} – ligação local: {l1}",
    ],
    "LIST_HEADS": ["Telefones do laboratório"],
    "LIST_LABELS": ["Segurança", "Almoxarifado", "Recepção", "Motoboy", "Plantão"],
}

HI = {
    "TITLES": {
        "unilab": ["लैब में नए सदस्यों के लिए नियम"],
        "testlab": ["जाँच रिपोर्ट – पत्र"],
        "envmon": ["निगरानी स्टेशन – साप्ताहिक नोट"],
        "courier": ["सैंपल पिकअप की पुष्टि"],
        "citsci": ["स्वयंसेवकों के लिए सूचना"],
    },
    "POS": {
        "unilab": [
            "छुट्टी के समय कोई रिसाव हो तो सुरक्षा कक्ष को {nat} पर तुरंत फ़ोन करें।",
            "माइक्रोस्कोप की बुकिंग {role} से होती है; प्रभारी {name} का मोबाइल {mob} है।",
        ],
        "testlab": [
            "रिपोर्ट के बारे में सवाल हों तो {nat} पर बात करें या {mail} पर लिखें।",
            "जाँच शुल्क के बारे में जानकारी {free} पर मिलेगी।",
        ],
        "envmon": ["अगर डेटा लॉगर {ip4} पर भेजना बंद कर दे, तो {mob} पर सूचना दें।"],
        "courier": [
            "ड्राइवर {name} पहुँचने से पहले {mob} से फ़ोन करेंगे।",
            "पिकअप बदलना हो तो {role} पर लिखें या {nat} पर फ़ोन करें।",
        ],
        "citsci": [
            "किट के बारे में सवाल? शाम को {name} से {mob} पर बात करें।",
            "सारे आँकड़े {role} पर जमा होते हैं; समन्वयक का नंबर {nat} है।",
        ],
    },
    "NEG": {
        "unilab": ["लाइसेट को {n:rcf} पर घुमाएँ और {n:freezer_pos} में रखें।"],
        "testlab": ["नमूना {n:sample_id}: {n:conc}, {n:ph}, चालकता {n:conductivity}।"],
        "envmon": ["स्टेशन {n:station} ने {n:logger_ts} पर {n:pm} दर्ज किया।"],
        "courier": ["डिब्बे पर {n:un_number} लिखा है, एयर वेबिल {n:waybill}।"],
        "citsci": ["नाले में आपकी रीडिंग: {n:conductivity} और {n:ph}।"],
    },
    "LOCAL": [
        "{town} शहर के अंदर से सैंपल काउंटर का नंबर बस {l1} है।",
        "{town} लैब (लोकल लैंडलाइन): {l1}, शाम को {l2}।",
        "{town} में रहने वाले स्वयंसेवक फ़ील्ड ऑफ़िस को सीधे {l1} पर फ़ोन कर सकते हैं।",
        "लोकल कॉल से {town} की जाँच लैब {l1} पर मिलती है।",
    ],
    "LIST_HEADS": ["लैब के ज़रूरी फ़ोन"],
    "LIST_LABELS": ["सुरक्षा", "स्टोर", "रिसेप्शन", "कूरियर"],
}
