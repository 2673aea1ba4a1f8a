"""Spanish, Italian, Dutch, Portuguese and Hindi sentences for v59; slots as in lex_en."""

ES = {
    "notary": (
        ["Firma de escritura en la notaría", "Compraventa: documentación pendiente", "Poder notarial"],
        [
            "La escritura quedará incorporada al protocolo con el número {N:deed_roll}.",
            "El comprador debe aportar su DNI ({N:es_dni}) y el justificante de la transferencia.",
            "El importe de {N:money} se ingresará en la cuenta {IB}.",
            "Para cambiar la cita, llame a la oficial {NAME} al {PN} o escriba a {EM}.",
        ],
    ),
    "taxreturn": (
        ["Declaración de la renta {N:tax_period}", "Su asesoría fiscal informa", "Modelo 303 – trimestre"],
        [
            "El resultado de la declaración es a devolver: {N:money}.",
            "Le recordamos que el plazo del modelo 303 vence el día 20.",
            "Su gestor, {NAME}, atiende en el {PN}; también por correo en {EP}.",
            "Para dudas generales dispone de la línea {PO}.",
        ],
    ),
    "claim": (
        ["Siniestro {N:claim_ref}", "Parte de daños por agua", "Su correduría de seguros"],
        [
            "El perito ha valorado los daños en {N:money}.",
            "Póliza {N:policy_no}, franquicia de {N:money}.",
            "Para coordinar la reparación llame al {PN}.",
            "Envíe las fotos a {EM}.",
        ],
    ),
    "debtadvice": (
        ["Ley de segunda oportunidad", "Plan de pagos acordado", "Su cita de asesoramiento"],
        [
            "El acreedor ha aceptado una quita del {N:rate} sobre la deuda.",
            "La cuota mensual queda en {N:money}.",
            "Su asesora {NAME} le llamará desde el {PN}.",
        ],
    ),
}
IT = {
    "notary": (
        ["Rogito notarile – appuntamento", "Compravendita immobiliare", "Procura speciale"],
        [
            "L'atto sarà iscritto a repertorio con il n. {N:deed_roll}.",
            "Il codice fiscale dell'acquirente risulta {N:codice_fiscale}.",
            "Il saldo di {N:money} va bonificato su {IB}.",
            "Per informazioni chiami lo studio al {PN} oppure scriva a {EM}.",
        ],
    ),
    "taxreturn": (
        ["Dichiarazione dei redditi {N:tax_period}", "Il suo commercialista informa", "Scadenze F24"],
        [
            "Il saldo IRPEF ammonta a {N:money}.",
            "Per le detrazioni consulti l'{N:statute} del TUIR.",
            "La dottoressa {NAME} risponde al {PN} o a {EP}.",
            "Numero verde dello studio: {PO}.",
        ],
    ),
    "claim": (
        ["Sinistro {N:claim_ref}", "Danni da acqua – aggiornamento", "Il suo broker assicurativo"],
        [
            "Il perito ha stimato un danno di {N:money}.",
            "Polizza {N:policy_no}, scoperto {N:rate}.",
            "Per fissare il sopralluogo chiami il {PN}.",
            "Le foto vanno inviate a {EM}.",
        ],
    ),
    "litigation": (
        ["Udienza fissata", "R.G. {N:fr_rg}", "Atto di citazione"],
        [
            "La causa è iscritta al ruolo con il n. {N:fr_rg}.",
            "Il valore della controversia è di {N:money}.",
            "L'avvocato di controparte, {NAME}, è raggiungibile al {PN}.",
        ],
    ),
}
NL = {
    "notary": (
        ["Passeren van de akte", "Uw woningaankoop bij de notaris", "Levering – stand van zaken"],
        [
            "Het perceel is kadastraal bekend als {N:kadaster}.",
            "De koopsom van {N:money} moet uiterlijk een dag vóór het passeren op {IB} staan.",
            "De akte is ingeschreven onder repertoriumnummer {N:deed_roll}.",
            "Vragen over de nota van afrekening? Bel {NAME} op {PN}.",
            "Stukken kunt u mailen naar {EM}.",
        ],
    ),
    "taxreturn": (
        ["Aangifte inkomstenbelasting {N:tax_period}", "Uw belastingadviseur", "Btw-aangifte {N:tax_period}"],
        [
            "De voorlopige aanslag bedraagt {N:money}.",
            "Uw onderneming staat ingeschreven als {N:kvk}.",
            "Uw adviseur {NAME} is bereikbaar op {PN} of via {EP}.",
            "Upload de bonnen via het portaal; laatste inlog vanaf {IP}.",
        ],
    ),
    "claim": (
        ["Schademelding {N:claim_ref}", "Waterschade – afhandeling", "Uw assurantiekantoor"],
        [
            "De expert heeft de schade begroot op {N:money}.",
            "Polis {N:policy_no}, eigen risico {N:money}.",
            "Voor een afspraak met de hersteller belt u {PN}.",
            "Alarmnummer van de verzekeraar: {PO}.",
            "Foto's kunt u sturen naar {EM}.",
        ],
    ),
    "debtadvice": (
        ["Schuldhulpverlening – uw traject", "Betalingsregeling", "Budgetgesprek"],
        [
            "De schuldeisers gaan akkoord met een afloscapaciteit van {N:money} per maand.",
            "De rente op de doorlopende lening was {N:rate}.",
            "Uw budgetcoach {NAME} belt u vanaf {PN}.",
            "Loonstroken graag naar {EM}.",
        ],
    ),
    "mortgage": (
        ["Hypotheekofferte", "Uw oversluitadvies", "Hypotheekgesprek"],
        [
            "De bank biedt {N:rate} rentevast voor tien jaar.",
            "De taxatie kwam uit op {N:money}.",
            "Uw hypotheekadviseur {NAME} is bereikbaar op {PN}.",
            "Stuur de getekende offerte naar {EM}.",
        ],
    ),
}
NL_LOCAL = [
    "Cliënten uit {TOWN} bellen het kantoor gewoon op {L}.",
    "Binnen {TOWN} is het notariskantoor bereikbaar op {L} – zonder netnummer.",
    "Assurantiekantoor {TOWN}, lokaal: {L}",
    "Belt u vanuit {TOWN}? Kies dan {L} voor de administratie.",
    "Spreekuur schuldhulp {TOWN}: {L} (alleen lokaal), of {L} voor de balie.",
    "Ze zei: 'Bel maar {L}, ik zit in {TOWN} op kantoor.'",
    "Kantoor {TOWN} – vaste lijn binnen de stad: {L}",
    "Wie in {TOWN} woont, kan de belastingadviseur op {L} bereiken.",
]
PT = {
    "notary": (
        ["Escritura de compra e venda", "Cartório – agendamento", "Procuração pública"],
        [
            "O imóvel está registrado na matrícula nº {N:matricula}.",
            "O CPF do comprador informado foi {N:br_cpf}.",
            "O valor de {N:money} deve ser depositado antes da lavratura.",
            "Dúvidas com a escrevente {NAME} pelo {PN} ou pelo e-mail {EM}.",
        ],
    ),
    "taxreturn": (
        ["Declaração de IRPF {N:tax_period}", "Seu contador informa", "Guias de impostos do mês"],
        [
            "A restituição prevista é de {N:money}.",
            "O processo fiscal {N:br_cnj_short} segue sem movimentação.",
            "Fale com {NAME} pelo {PN} ou escreva para {EP}.",
            "Envie os recibos pelo portal; último acesso a partir de {IP}.",
        ],
    ),
    "claim": (
        ["Sinistro {N:claim_ref}", "Seguro residencial – vistoria", "Sua corretora de seguros"],
        [
            "O perito avaliou o prejuízo em {N:money}.",
            "Apólice {N:policy_no}, franquia de {N:money}.",
            "Para agendar o reparo, ligue {PN}.",
            "Central de atendimento 24 horas: {PO}.",
            "Fotos para {EM}.",
        ],
    ),
    "debtadvice": (
        ["Renegociação de dívidas", "Seu acordo com os credores", "Orientação financeira"],
        [
            "O banco aceitou reduzir os juros para {N:rate}.",
            "A parcela ficou em {N:money} por mês.",
            "Sua orientadora {NAME} liga do número {PN}.",
        ],
    ),
    "litigation": (
        ["Audiência designada", "Processo {N:br_cnj_short}", "Petição protocolada"],
        [
            "O valor da causa foi fixado em {N:money}.",
            "O advogado da parte contrária, {NAME}, atende no {PN}.",
            "O cliente está em Portugal e atende no {PI}.",
        ],
    ),
}
PT_LOCAL = [
    "Clientes de {TOWN} ligam para o escritório direto no {L}.",
    "Em {TOWN}, o cartório atende no {L}, sem DDD para ligações locais.",
    "Corretora em {TOWN} – telefone local: {L}",
    "Se você mora em {TOWN}, o contador atende pelo {L} ou pelo {L}.",
    "Ela avisou: “liga no {L}, estou no escritório de {TOWN}”.",
    "Atendimento da defensoria em {TOWN} (ligação local): {L}",
    "Para quem está em {TOWN}, basta discar {L}.",
    "Plantão do escritório de {TOWN}: {L}",
]
HI = {
    "taxreturn": (
        ["आयकर रिटर्न {N:tax_period}", "आपके CA की ओर से सूचना", "GST रिटर्न की याद"],
        [
            "आपका PAN {N:in_pan} हमारे रिकॉर्ड में दर्ज है।",
            "इस वर्ष देय कर {N:money} है।",
            "किसी भी सवाल के लिए {NAME} से {PN} पर बात करें।",
            "दस्तावेज़ {EM} पर भेज दें।",
        ],
    ),
    "claim": (
        ["बीमा दावा {N:claim_ref}", "आपकी पॉलिसी का दावा", "मोटर बीमा – सर्वे"],
        [
            "सर्वेयर ने नुकसान {N:money} आँका है।",
            "पॉलिसी नंबर {N:policy_no} के तहत दावा दर्ज हुआ है।",
            "सर्वे का समय तय करने के लिए {PN} पर कॉल करें।",
            "टोल-फ़्री हेल्पलाइन: {PO}",
        ],
    ),
    "debtadvice": (
        ["कर्ज़ सलाह – आपकी योजना", "ऋण पुनर्गठन", "आपकी मासिक किस्त"],
        [
            "बैंक ने ब्याज दर घटाकर {N:rate} कर दी है।",
            "मासिक किस्त अब {N:money} होगी।",
            "आपके सलाहकार {NAME} आपको {PN} से कॉल करेंगे।",
        ],
    ),
    "notary": (
        ["नोटरी अपॉइंटमेंट", "हलफ़नामा सत्यापन", "पावर ऑफ़ अटॉर्नी"],
        [
            "कृपया मूल पहचान पत्र साथ लाएँ।",
            "नोटरी रजिस्टर में प्रविष्टि संख्या {N:deed_roll} है।",
            "समय बदलने के लिए {PN} पर फ़ोन करें या {EM} पर लिखें।",
        ],
    ),
}
HI_LOCAL = [
    "{TOWN} के ग्राहक हमारे CA ऑफिस को शहर के लैंडलाइन से {L} पर फ़ोन कर सकते हैं।",
    "{TOWN} में नोटरी का लोकल नंबर {L} है।",
    "शहर के भीतर ({TOWN}) बीमा एजेंट से {L} पर संपर्क करें।",
    "{TOWN} शाखा – स्थानीय कॉल: {L}, दूसरा नंबर {L}",
    "उन्होंने कहा, “{TOWN} से हो तो सीधे {L} मिलाइए।”",
    "{TOWN} का कानूनी सहायता केंद्र {L} पर फ़ोन उठाता है।",
]
LISTS = {
    "es": {
        "heads": ["Contactos directos", "Dónde llamar"],
        "labels": ["Notaría", "Asesoría", "Siniestros", "Recepción"],
    },
    "it": {
        "heads": ["Recapiti diretti", "Chi chiamare"],
        "labels": ["Studio notarile", "Segreteria", "Sinistri", "Amministrazione"],
    },
    "nl": {
        "heads": ["Rechtstreekse lijnen", "Contactoverzicht"],
        "labels": ["Notariskantoor", "Administratie", "Schadeafdeling", "Receptie", "Hypotheken"],
    },
    "pt": {
        "heads": ["Contatos diretos", "Para falar conosco"],
        "labels": ["Cartório", "Contabilidade", "Sinistros", "Recepção", "Jurídico"],
    },
    "hi": {"heads": ["संपर्क सूत्र", "सीधे नंबर"], "labels": ["CA ऑफिस", "दावा विभाग", "नोटरी", "रिसेप्शन"]},
}
