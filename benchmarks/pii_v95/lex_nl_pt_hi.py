"""Dutch, Portuguese and Hindi sentences (v95): legal services. Placeholders as in lex_en."""

NL = {
    "clientcare": {
        "title": ["Opdrachtbevestiging", "Uw zaak bij ons kantoor"],
        "pos": [
            "Uw zaak wordt behandeld door mr. {NAME}, bereikbaar op {P}.",
            "Vragen over het voorschot? Mail {E} of bel het secretariaat op {P}.",
            "Het voorschot kunt u overmaken naar de derdengeldrekening {I}.",
            "Buiten kantoortijd alleen in spoedgevallen: {M}.",
        ],
        "neg": [
            "Het uurtarief bedraagt € {n:fee_amount} exclusief btw.",
            "Ons zaaknummer bij de rechtbank is {n:nl_zaaknummer}.",
            "Tot nu toe is {n:hours_recorded} geschreven.",
        ],
    },
    "notary": {
        "title": ["Afspraak bij de notaris", "Overdracht van uw woning"],
        "pos": [
            "De kandidaat-notaris, {NAME}, is bereikbaar op {P}.",
            "Stuur een kopie van uw legitimatie vooraf naar {E}.",
            "De verkoper woont in het buitenland en is bereikbaar op {X}.",
        ],
        "neg": [
            "De akte wordt ingeschreven onder repertoriumnummer {n:notary_roll}.",
            "De overdracht staat gepland op {n:hearing_slot}.",
            "Zie {n:ecli}.",
        ],
    },
    "mediation": {
        "title": ["Uitnodiging mediation", "Scheidingsbemiddeling"],
        "pos": [
            "Kunt u niet? Stuur de mediator een appje op {M}.",
            "Het mediationbureau is op werkdagen bereikbaar op {P}.",
            "Het Juridisch Loket informeert u gratis via {O}.",
        ],
        "neg": [
            "Het eerste gesprek duurde {n:hours_recorded}.",
            "Lees vooraf artikelen {n:paragraph_range} van de mediationovereenkomst.",
            "De kosten bedragen € {n:fee_amount}, te delen door beide partijen.",
        ],
    },
    "witness": {
        "title": ["Oproeping als getuige", "Slachtofferhulp en uw zitting"],
        "pos": [
            "Slachtofferhulp begeleidt u op de dag van de zitting; bel {P} om een rondleiding af te spreken.",
            "Declaraties voor reiskosten stuurt u naar {E}.",
            "Voelt u zich onveilig, bel dan de zaakscoördinator {NAME} op {M}.",
        ],
        "neg": [
            "De zitting is in zaal {n:courtroom} op {n:hearing_slot}.",
            "Parketnummer {n:matter_no}.",
            "Uw verklaring zit in het dossier als stuk {n:exhibit_ref}.",
        ],
    },
    "legalaid": {
        "title": ["Gesubsidieerde rechtsbijstand", "Rechtswinkel: spreekuur"],
        "pos": [
            "De rechtswinkel houdt spreekuur; maak een afspraak via {P}.",
            "De piketadvocaat is vannacht bereikbaar op {M}.",
            "Wijzigt uw nummer? Geef het door via {E}.",
        ],
        "neg": [
            "Uw toevoeging heeft nummer {n:legal_aid_cert}.",
            "De eigen bijdrage is € {n:fee_amount}.",
            "De verjaringstermijn is {n:limitation_years} jaar.",
        ],
    },
    "probate": {
        "title": ["Afwikkeling nalatenschap", "Uw testament: afspraak"],
        "pos": [
            "De executeur, {NAME}, is bereikbaar op {P}.",
            "Betalingen aan de nalatenschap op {I}.",
            "De erfgenaam in het buitenland vraagt om terugbellen op {X}.",
        ],
        "neg": [
            "De verklaring van erfrecht draagt nummer {n:notary_roll}.",
            "Erfbelasting: € {n:fee_amount}.",
            "Rente: {n:interest_rate}.",
        ],
    },
}
NL_LOCAL = [
    "Cliënten uit {TOWN} bellen ons kantoor gewoon op {L}, zonder netnummer.",
    "Binnen {TOWN} is de rechtswinkel lokaal bereikbaar: {L}.",
    "Secretariaat notariskantoor {TOWN} (lokaal gesprek): {L}",
    "“Bel maar {L}, dat is hier in {TOWN} genoeg,” zei de mediator.",
    "Woont u in {TOWN}? Het juridisch spreekuur: {L}; het slachtofferloket: {L2}.",
    "Ons nieuwe vaste nummer in {TOWN}, voor wie lokaal belt:\n{L}",
    "Vanaf een vaste lijst in {TOWN} kiest u voor het getuigenloket alleen {L}.",
]
NL_HEADS = ["Telefoonnummers van het kantoor", "Contact tijdens de procedure"]
NL_LABELS = ["Secretariaat", "Notariaat", "Administratie", "Griffie", "Slachtofferloket"]

PT = {
    "clientcare": {
        "title": ["Contrato de honorários", "Seu processo no escritório"],
        "pos": [
            "Seu processo está com a Dra. {NAME}, que atende no {P}.",
            "Dúvidas sobre honorários: escreva para {E} ou ligue para {P}.",
            "O pagamento pode ser feito no cartão {C} em até três vezes.",
            "Em caso de urgência, o celular do advogado: {M}.",
        ],
        "neg": [
            "O processo tramita sob o número {n:br_cnj_process}.",
            "Advogado responsável inscrito na {n:oab_number}.",
            "Os honorários somam R$ {n:fee_amount}.",
        ],
    },
    "notary": {
        "title": ["Agendamento no cartório", "Escritura de compra e venda"],
        "pos": [
            "O escrevente {NAME} atende no {P}.",
            "Envie os documentos digitalizados para {E}.",
            "O vendedor mora no exterior e pode ser contatado no {X}.",
        ],
        "neg": [
            "A escritura foi lavrada no livro {n:notary_roll}.",
            "Assinatura marcada para {n:hearing_slot}.",
            "Emolumentos: R$ {n:fee_amount}.",
        ],
    },
    "mediation": {
        "title": ["Convite para sessão de mediação", "CEJUSC – audiência de conciliação"],
        "pos": [
            "Para remarcar, mande mensagem para a mediadora no {M}.",
            "O CEJUSC atende no {P} das 12h às 18h.",
            "Informações gratuitas pelo {O}.",
        ],
        "neg": [
            "A sessão durou {n:hours_recorded}.",
            "Processo {n:br_cnj_process}.",
            "Veja as cláusulas {n:paragraph_range} do termo.",
        ],
    },
    "witness": {
        "title": ["Intimação de testemunha", "Atendimento a testemunhas no fórum"],
        "pos": [
            "A equipe de apoio às testemunhas do fórum atende no {P}.",
            "Se sentir ameaçado, ligue para {NAME} no {M}.",
            "Comprovantes de despesas: {E}.",
        ],
        "neg": [
            "A audiência será na sala {n:courtroom}, em {n:hearing_slot}.",
            "Processo nº {n:br_cnj_process}.",
            "Seu depoimento consta como documento {n:exhibit_ref}.",
        ],
    },
    "legalaid": {
        "title": ["Defensoria Pública – atendimento", "Núcleo de prática jurídica"],
        "pos": [
            "A Defensoria Pública agenda atendimentos pelo {P}.",
            "O núcleo de prática jurídica da faculdade atende pelo {P}; mensagens para {E}.",
            "O plantão judiciário fica no {M} durante a noite.",
        ],
        "neg": [
            "Seu protocolo de atendimento é {n:matter_no}.",
            "O prazo para recorrer é de {n:limitation_years} dias.",
            "Renda máxima familiar: R$ {n:fee_amount}.",
        ],
    },
    "probate": {
        "title": ["Inventário – andamento", "Testamento: assinatura"],
        "pos": [
            "A inventariante, {NAME}, atende no {P}.",
            "O herdeiro que mora fora pediu retorno no {X}.",
            "Depósitos para o espólio: {I}.",
        ],
        "neg": [
            "Processo de inventário {n:br_cnj_process}.",
            "ITCMD recolhido: R$ {n:fee_amount}.",
            "Juros de {n:interest_rate}.",
        ],
    },
}
PT_LOCAL = [
    "Quem é de {TOWN} pode ligar direto para o escritório no {L}, sem o DDD.",
    "De telefone fixo em {TOWN}, o cartório atende no {L}.",
    "Recepção da Defensoria em {TOWN} (ligação local): {L}",
    "“Liga no {L}, aqui em {TOWN} não precisa de código”, disse a atendente do fórum.",
    "Morador de {TOWN}? Núcleo de prática jurídica: {L}; CEJUSC: {L2}.",
    "Novo número fixo do escritório em {TOWN}, para chamadas locais:\n{L}",
    "Em {TOWN}, a mediação comunitária fica no {L} – ligação local.",
]
PT_HEADS = ["Telefones do escritório", "Contatos do processo"]
PT_LABELS = ["Recepção", "Cartório", "Financeiro", "Secretaria da vara", "Defensoria"]

HI = {
    "legalaid": {
        "title": ["निःशुल्क कानूनी सहायता", "लीगल एड क्लिनिक – सूचना"],
        "pos": [
            "ज़िला विधिक सेवा प्राधिकरण से मुफ़्त वकील के लिए {P} पर फ़ोन करें।",
            "पैरा-लीगल वॉलंटियर {NAME} से {M} पर बात कर सकते हैं।",
            "दस्तावेज़ {E} पर भेजें।",
            "राष्ट्रीय हेल्पलाइन {O} पर भी कॉल कर सकते हैं।",
        ],
        "neg": [
            "आपका मामला {n:in_case_no} के रूप में दर्ज है।",
            "अगली सुनवाई {n:hearing_slot} को है।",
            "आवेदन शुल्क ₹{n:fee_amount} है।",
        ],
    },
    "clientcare": {
        "title": ["वकालतनामा और फ़ीस", "आपके केस के बारे में"],
        "pos": [
            "आपका केस एडवोकेट {NAME} देख रहे हैं, उनका नंबर {P} है।",
            "फ़ीस से जुड़े सवालों के लिए {E} पर लिखें या {P} पर कॉल करें।",
            "ज़रूरी हो तो एडवोकेट का मोबाइल {M} है।",
        ],
        "neg": [
            "एडवोकेट का नामांकन संख्या {n:bar_enrolment} है।",
            "केस नंबर {n:in_case_no}।",
            "अब तक {n:hours_recorded} का काम दर्ज है।",
        ],
    },
    "mediation": {
        "title": ["मध्यस्थता केंद्र – नोटिस", "लोक अदालत की सूचना"],
        "pos": [
            "मध्यस्थता केंद्र से {P} पर संपर्क करें।",
            "तारीख़ बदलवानी हो तो मध्यस्थ को {M} पर मैसेज करें।",
        ],
        "neg": [
            "पहली बैठक {n:hours_recorded} चली।",
            "लोक अदालत {n:hearing_slot} को होगी।",
            "समझौते के पैरा {n:paragraph_range} पढ़ लें।",
        ],
    },
    "witness": {
        "title": ["गवाह के लिए समन", "गवाह सहायता"],
        "pos": [
            "गवाह सहायता डेस्क {P} पर बात करें।",
            "डर लगे तो जाँच अधिकारी {NAME} को {M} पर फ़ोन करें।",
        ],
        "neg": [
            "सुनवाई कोर्ट रूम {n:courtroom} में {n:hearing_slot} को है।",
            "केस नंबर {n:in_case_no}।",
            "आपका बयान दस्तावेज़ {n:exhibit_ref} है।",
        ],
    },
}
HI_LOCAL = [
    "{TOWN} शहर के लैंडलाइन से कानूनी सहायता केंद्र का नंबर सिर्फ़ {L} है।",
    "{TOWN} में रहने वाले मुवक्किल बिना STD कोड के {L} पर फ़ोन करें।",
    "वकील साहब का दफ़्तर ({TOWN}, लोकल कॉल): {L}",
    "“{L} मिला लीजिए, {TOWN} में कोड नहीं लगता,” क्लर्क ने कहा।",
    "{TOWN} के लोग मध्यस्थता केंद्र को {L} पर और लोक अदालत को {L2} पर कॉल कर सकते हैं।",
]
HI_HEADS = ["ज़रूरी संपर्क", "दफ़्तर के नंबर"]
HI_LABELS = ["रिसेप्शन", "लीगल एड", "मध्यस्थता केंद्र", "कोर्ट क्लर्क"]
