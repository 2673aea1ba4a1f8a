"""Spanish, Italian, Dutch, Portuguese and Hindi cells."""

ES = {
    "branch": (
        ["Aviso a nuestros clientes", "Cambios en su oficina", "Cierre temporal de la sucursal"],
        [
            "Durante las obras, su gestora {NAME} le atiende en el {P}.",
            "Para bloquear una tarjeta, llame al {F} a cualquier hora.",
            "Si nos llama desde fuera de España, marque el {X}.",
            "Último acceso a la banca online desde la IP {IP}. ¿No ha sido usted? Llame al {F}.",
        ],
        [
            "Horario desde el lunes: {n:openhours}.",
            "El cajero {n:atmid} estará fuera de servicio el jueves.",
            "Cambio aplicado hoy: {n:fxrate}.",
        ],
    ),
    "claim": (
        ["Hemos recibido su parte", "Su siniestro", "Seguimiento del expediente"],
        [
            "Su tramitador es {NAME}, teléfono directo {P}.",
            "Envíe las fotos y facturas a {R} o por WhatsApp al {M}.",
            "La indemnización se abonará en la cuenta {B}.",
        ],
        [
            "Número de siniestro {n:claimref}, ocurrido el {n:lossdate}.",
            "Póliza {n:policy}; matrícula del vehículo contrario {n:regplate}.",
            "Franquicia: {n:premium} €.",
        ],
    ),
    "broker": (
        ["Su presupuesto de seguro", "Renovación de su póliza", "Comparativa de ofertas"],
        [
            "Puede contactarme en el {M} o en {E}.",
            "Asistencia en carretera de la aseguradora: {F}.",
        ],
        [
            "Prima anual: {n:loan} €, pago en {n:instalments} €.",
            "Vehículo {n:regplate}, bastidor {n:vin}.",
            "Referencia del mandato SEPA: {n:mandate}.",
        ],
    ),
}

IT = {
    "branch": (
        ["Avviso alla clientela", "La sua filiale cambia orari", "Chiusura temporanea dello sportello"],
        [
            "Durante i lavori la sua consulente {NAME} risponde al {P}.",
            "Per bloccare la carta chiami il numero verde {F}.",
            "Dall'estero: {X}.",
        ],
        [
            "Nuovo orario: {n:openhours}, sabato chiuso.",
            "Lo sportello automatico {n:atmid} resterà spento due giorni.",
            "Cassetta di sicurezza {n:safebox}: si prega di ritirare il contenuto.",
        ],
    ),
    "claim": (
        ["Apertura del sinistro", "Il suo sinistro", "Aggiornamento sulla pratica"],
        [
            "Il liquidatore incaricato è {NAME}, telefono {P}.",
            "Può inviare foto e fatture a {R}.",
            "L'indennizzo sarà accreditato sul conto {B}.",
        ],
        [
            "Numero sinistro {n:claimref}, avvenuto il {n:lossdate}.",
            "Polizza {n:policy}, franchigia {n:premium} €.",
            "Veicolo di controparte: {n:regplate}.",
        ],
    ),
    "fraud": (
        ["Avviso di sicurezza", "Operazione sospetta", "Carta bloccata"],
        [
            "Se non ha effettuato l'accesso dall'indirizzo {IP}, chiami subito il {F}.",
            "Per il disconoscimento scriva a {R}.",
            "In caso di dubbi richiami la filiale al {P}.",
        ],
        [
            "Carta {n:maskcard}, scadenza {n:expiry}, codice autorizzazione {n:authcode}.",
            "Conto addebitato: {n:maskacct}.",
            "Bonifico verso BIC {n:bic} bloccato.",
        ],
    ),
}

NL = {
    "branch": (
        ["Mededeling aan onze klanten", "Uw kantoor gaat verbouwen", "Tijdelijk gesloten"],
        [
            "Tijdens de verbouwing is uw adviseur {NAME} bereikbaar op {P}.",
            "Een hypotheekgesprek plant u via {P} of via {R}.",
            "Pas kwijt? Blokkeer hem direct via {F}.",
            "Vanuit het buitenland belt u {X}.",
            "Laatste inlog op internetbankieren vanaf {IP} – herkent u dat niet, bel dan {F}.",
        ],
        [
            "Nieuwe openingstijden: {n:openhours}, op zaterdag gesloten.",
            "Geldautomaat {n:atmid} is twee dagen buiten gebruik.",
            "Kluishouders vanaf kluis {n:safebox} worden verzocht de inhoud op te halen.",
        ],
    ),
    "broker": (
        ["Uw verzekeringsofferte", "Verlenging van uw polis", "Vergelijking van premies"],
        [
            "Bel me gerust op {M} of mail naar {E}.",
            "Hulpdienst van de verzekeraar: {F}.",
            "De premie wordt afgeschreven van {B}.",
        ],
        [
            "Polisnummer {n:policy}, schadevrije jaren: {n:ncd}.",
            "Kenteken {n:regplate}, kilometerstand {n:mileage}.",
            "Premie per maand: {n:premium} euro.",
        ],
    ),
    "claim": (
        ["Ontvangstbevestiging schademelding", "Uw schadedossier", "Update over uw schade"],
        [
            "Uw schadebehandelaar is {NAME}, direct bereikbaar op {P}.",
            "Foto's en nota's kunt u mailen naar {R} of appen naar {M}.",
            "Voor spoedherstel buiten kantoortijd: {F}.",
        ],
        [
            "Schadenummer {n:claimref}, schadedatum {n:lossdate}.",
            "Eigen risico: {n:premium} euro.",
            "Tot nu toe uitgekeerd: {n:loan} euro.",
        ],
    ),
    "debt": (
        ["Uw afspraak bij de schuldhulpverlening", "Schuldhulp – volgende stappen", "Uw budgetplan"],
        [
            "Uw vaste contactpersoon is {NAME}, bereikbaar op {P}.",
            "Brieven van schuldeisers kunt u doorsturen naar {R}.",
            "Gratis advieslijn: {F}.",
        ],
        [
            "Uw dossiernummer: {n:dmpref}.",
            "Volgens het plan betaalt u {n:instalments} euro.",
            "Machtiging {n:mandate}, incassant-ID {n:creditorid}.",
        ],
    ),
}

PT = {
    "branch": (
        ["Aviso aos clientes", "Sua agência mudou", "Agência fechada para reforma"],
        [
            "Durante a reforma, sua gerente {NAME} atende pelo {P}.",
            "Para bloquear o cartão, ligue {F}, 24 horas.",
            "Do exterior, ligue {X}.",
            "Último acesso ao internet banking pelo IP {IP}; se não foi você, ligue {F}.",
        ],
        [
            "Novo horário: {n:openhours}, de segunda a sexta.",
            "O caixa eletrônico {n:atmid} ficará desligado dois dias.",
            "Cotação de hoje: {n:fxrate}.",
        ],
    ),
    "cu": (
        ["Informativo ao cooperado", "Assembleia da cooperativa de crédito", "Novidades para associados"],
        [
            "Dúvidas sobre as sobras do exercício? Fale com {NAME} pelo {M} ou escreva para {R}.",
            "O atendimento ao cooperado continua no {P}.",
            "A anuidade foi cobrada no cartão {C}; se ele venceu, avise pelo {P}.",
        ],
        [
            "Sua matrícula de associado é {n:member}.",
            "Crédito pessoal a partir de {n:apr} ao mês.",
            "Parcelamento em {n:instalments} reais.",
        ],
    ),
    "claim": (
        ["Aviso de sinistro recebido", "Seu sinistro", "Andamento do processo"],
        [
            "O regulador responsável é {NAME}, telefone {P}.",
            "Envie fotos e notas fiscais para {R} ou pelo WhatsApp {M}.",
            "Para assistência 24 horas: {F}.",
        ],
        [
            "Número do sinistro {n:claimref}, ocorrido em {n:lossdate}.",
            "Apólice {n:policy}, franquia {n:premium} reais.",
            "Placa do veículo de terceiro: {n:regplate}, chassi {n:vin}.",
        ],
    ),
    "broker": (
        ["Sua cotação de seguro", "Renovação da apólice", "Comparativo de seguradoras"],
        [
            "Fico à disposição pelo {M} ou pelo e-mail {E}.",
            "Nosso escritório no exterior atende pelo {X}.",
        ],
        [
            "Prêmio anual: {n:loan} reais, bônus classe {n:ncd}.",
            "Veículo {n:regplate}, {n:mileage} rodados.",
        ],
    ),
}

HI = {
    "branch": (
        ["शाखा सूचना", "आपकी शाखा में बदलाव", "शाखा अस्थायी रूप से बंद"],
        [
            "मरम्मत के दौरान आपके रिलेशनशिप मैनेजर {NAME} से {P} पर बात करें।",
            "कार्ड खो जाने पर तुरंत {F} पर कॉल करें।",
            "विदेश से कॉल करने के लिए {X} डायल करें।",
        ],
        [
            "नया समय: {n:openhours}, रविवार बंद।",
            "एटीएम {n:atmid} दो दिन बंद रहेगा।",
            "लॉकर {n:safebox} के धारक महीने के अंत तक संपर्क करें।",
        ],
    ),
    "claim": (
        ["दावा प्राप्ति सूचना", "आपका बीमा दावा", "दावे की ताज़ा स्थिति"],
        [
            "आपके दावे को {NAME} देख रहे हैं, सीधा नंबर {P} है।",
            "फ़ोटो और बिल {R} पर भेजें या {M} पर व्हाट्सऐप करें।",
        ],
        [
            "दावा संख्या {n:claimref}, घटना की तारीख {n:lossdate}।",
            "गाड़ी का नंबर {n:regplate}, चेसिस {n:vin}।",
            "पॉलिसी {n:policy}।",
        ],
    ),
    "fraud": (
        ["सुरक्षा चेतावनी", "क्या यह भुगतान आपने किया?", "आपका कार्ड ब्लॉक किया गया"],
        [
            "अगर आपने {IP} से लॉग-इन नहीं किया, तो तुरंत {F} पर कॉल करें।",
            "हम कभी आपका पिन नहीं पूछते। शक हो तो शाखा को {P} पर फ़ोन करें।",
        ],
        [
            "कार्ड {n:maskcard}, समाप्ति {n:expiry}, ऑथराइज़ेशन कोड {n:authcode}।",
            "खाता {n:maskacct} से राशि कटी।",
            "चेक {n:cheque} रोक दिया गया है।",
        ],
    ),
}

LOCAL = {
    "NL": [
        "Woont u in {T}? Het kantoor zelf is lokaal bereikbaar op {L}.",
        "Schadebalie {T} (binnen de stad zonder netnummer): {L}.",
        "In {T} belt u voor de hypotheekadviseur {L} en voor de kassa {L2}.",
        "Vanaf een vaste lijn in {T} kiest u gewoon {L}.",
        "Schuldhulp {T} – spreekuur op afspraak, telefoon in de regio: {L}",
        "Onze expert in {T} neemt op via {L}.",
    ],
    "BR": [
        "Quem é de {T} pode ligar direto para a agência no {L}.",
        "Cooperados de {T}: atendimento local pelo {L} ou pelo {L2}.",
        "Em {T}, basta discar {L} de um telefone fixo da cidade.",
        "Regulador de sinistros em {T} – ligação local: {L}",
        "Nosso escritório de {T} atende no {L}, de segunda a sexta.",
        "Está em {T}? O corretor atende no fixo {L}.",
    ],
    "IN": [
        "{T} में रहने वाले ग्राहक शाखा को सीधे {L} पर कॉल कर सकते हैं।",
        "{T} दावा कार्यालय का लोकल नंबर: {L}",
        "{T} शहर के अंदर से {L} मिलाइए, कोड की ज़रूरत नहीं।",
        "{T} के लॉकर विभाग से {L} पर और लोन डेस्क से {L2} पर बात करें।",
        "{T} के सर्वेयर कार्यालय का फ़ोन (शहर के भीतर): {L}",
    ],
}

HEADS = {
    "es": ["Cómo contactarnos", "Teléfonos de contacto"],
    "it": ["Recapiti telefonici", "Come contattarci"],
    "nl": ["Contactgegevens", "Handige telefoonnummers"],
    "pt": ["Fale conosco", "Contatos"],
    "hi": ["संपर्क सूत्र", "फ़ोन नंबर"],
}
LABELS = {
    "es": ["Siniestros", "Oficina", "Hipotecas", "Tarjetas", "Reclamaciones"],
    "it": ["Sinistri", "Filiale", "Mutui", "Carte", "Reclami"],
    "nl": ["Schade", "Kantoor", "Hypotheken", "Blokkeren", "Klachten"],
    "pt": ["Sinistros", "Agência", "Crédito", "Cartões", "Ouvidoria"],
    "hi": ["दावा", "शाखा", "लोन", "कार्ड", "शिकायत"],
}
CLOSE = {
    "es": ["Atentamente,\n{NAME}", "Un saludo,\n{NAME}"],
    "it": ["Cordiali saluti,\n{NAME}", "Distinti saluti,\n{NAME}"],
    "nl": ["Met vriendelijke groet,\n{NAME}", "Groet,\n{NAME}"],
    "pt": ["Atenciosamente,\n{NAME}", "Abraço,\n{NAME}"],
    "hi": ["धन्यवाद,\n{NAME}", "सादर,\n{NAME}"],
}
