"""French, Spanish, Italian, Portuguese and Hindi text for v87."""

FR_HEAD = {
    "club": ["Lettre de l'aéroclub", "Infos du bureau", "Vie du club"],
    "school": ["Planning de formation", "Confirmation de votre leçon", "Cours théoriques"],
    "ppr": ["PPR accordée", "Consignes pour les équipages visiteurs", "Rassemblement aérien"],
    "ambulance": ["Merci pour votre don", "Votre soutien à l'hélicoptère sanitaire", "Reçu fiscal"],
    "lostprop": ["Objets trouvés", "Votre déclaration de perte", "Objet retrouvé à l'aéroport"],
}
FR_SENT = {
    "club": [
        "Le {reg_eu} revient de visite annuelle, l'horamètre affiche {hobbs}.",
        "Les cotisations seront prélevées sur {iban} début mars.",
        "Pour le planning des vols, écrivez à {mail}.",
        "Le chef pilote est joignable au {mob}.",
        "La piste {runway} est détrempée côté est, restez dans l'axe.",
        "Le secrétariat répond au {nat} le mercredi après-midi.",
    ],
    "school": [
        "Votre prochaine leçon sur le {reg_eu} est mardi : tours de piste à {altitude}.",
        "En cas de météo douteuse, appelez le bureau des vols au {nat}.",
        "Les frais d'examen peuvent être réglés par carte ({card}).",
        "Apportez votre licence ({licence}) et votre certificat médical.",
        "Votre carnet de vol totalise {logbook} en double commande.",
        "L'instructeur responsable est joignable au {mob} ou à {mail}.",
    ],
    "ppr": [
        "PPR accordée pour le créneau {slot_time}, référence {ppr_ref}.",
        "Merci de confirmer la piste en service au {nat} la veille.",
        "Tour de piste à {altitude}, piste {runway}, fréquence {freq}.",
        "Altitude du terrain : {elevation}.",
        "Hors horaires, le permanent répond au {mob}.",
        "Les équipages étrangers peuvent joindre l'assistance au {intl}.",
        "Dernier METAR : {metar}.",
    ],
    "ambulance": [
        "Merci pour votre don : nos équipages ont volé {hobbs} heures l'an dernier.",
        "Votre prélèvement mensuel sera effectué sur {iban}.",
        "Pour modifier votre don, contactez le service donateurs au {free}.",
        "Votre paiement de 40 € par carte ({card}) a bien été reçu.",
        "Votre contact pour la soirée caritative : {mail}.",
    ],
    "lostprop": [
        "Votre déclaration est enregistrée sous {lp_ref}.",
        "Numéro d'étiquette bagage : {baggage_tag}.",
        "Les objets trouvés sont conservés 28 jours ; appelez le {nat} de 10 h à 16 h.",
        "Vous pouvez aussi envoyer une photo à {mail}.",
        "Indiquez-nous votre numéro de billet électronique ({eticket}).",
    ],
}
FR_LIST_HEAD = ["Contacts", "Numéros de la plateforme", "Qui appeler"]
FR_LABELS = ["Tour", "Bureau des vols", "Chef pilote", "Mécanicien", "Secrétariat", "Service donateurs"]

ES_HEAD = {
    "school": ["Calendario de instrucción", "Confirmación de su clase de vuelo", "Clases teóricas"],
    "drone": ["Presupuesto de vuelo con dron", "Plan de operaciones RPAS", "Informe de inspección con dron"],
    "lostprop": [
        "Objetos perdidos",
        "Su reclamación de objeto perdido",
        "Objeto encontrado en el aeropuerto",
    ],
    "trial": ["Su bono de vuelo de iniciación", "Vuelo de bautismo", "Reserva de vuelo de prueba"],
}
ES_SENT = {
    "school": [
        "Su próxima clase en la {reg_eu} es el martes: circuitos a {altitude}.",
        "Si el tiempo es dudoso, llame antes a la oficina de vuelos: {nat}.",
        "Las tasas de examen pueden pagarse con tarjeta ({card}).",
        "Traiga su licencia ({licence}) y el certificado médico.",
        "El jefe de instrucción atiende en el {mob} o en {mail}.",
    ],
    "drone": [
        "Volaremos con el número de operador {op_id} a un máximo de 120 metros.",
        "Número de serie de la aeronave: {drone_serial}.",
        "El día del vuelo, el piloto está en el {mob}; la oficina, en el {nat}.",
        "Envíe los datos de acceso a la finca a {mail}.",
        "La factura se abona en {iban}.",
    ],
    "lostprop": [
        "Su reclamación quedó registrada con la referencia {lp_ref}.",
        "La etiqueta de su maleta es {baggage_tag}.",
        "Guardamos los objetos 28 días; llame al {nat} de 10 a 16 h.",
        "También puede enviar una foto a {mail}.",
        "Indíquenos el número de billete electrónico ({eticket}).",
    ],
    "trial": [
        "Su bono {voucher} es válido durante doce meses.",
        "Para reservar, llame al {nat} o escriba a {mail}.",
        "Si se retrasa, avise al instructor en el {mob}.",
        "El bono se pagó con la tarjeta {card}.",
        "Sobrevolará la costa a unos {altitude}.",
    ],
}
ES_LIST_HEAD = ["Contactos", "Teléfonos del aeródromo"]
ES_LABELS = ["Torre", "Oficina de vuelos", "Instructor", "Mantenimiento", "Objetos perdidos"]

IT_HEAD = {
    "club": ["Notiziario dell'aeroclub", "Comunicazione ai soci", "Dal consiglio direttivo"],
    "ppr": ["PPR concessa", "Informazioni per i piloti in visita", "Raduno aereo"],
    "ambulance": ["Grazie per la tua donazione", "Sostieni l'elisoccorso", "Ricevuta della donazione"],
    "drone": ["Preventivo volo con drone", "Piano operativo SAPR", "Rapporto di ispezione con drone"],
}
IT_SENT = {
    "club": [
        "L'{reg_eu} è tornato dalla revisione annuale, il contaore segna {hobbs}.",
        "Le quote sociali saranno addebitate su {iban} a inizio marzo.",
        "Per il calendario voli scrivete a {mail}.",
        "Il capo pilota risponde al {mob}.",
        "La segreteria è raggiungibile al {nat} il mercoledì.",
        "La pista {runway} è fangosa sul lato est.",
    ],
    "ppr": [
        "PPR concessa per la fascia {slot_time}, riferimento {ppr_ref}.",
        "Confermate la pista in uso al {nat} il giorno prima.",
        "Circuito a {altitude}, pista {runway}, frequenza {freq}.",
        "Fuori orario risponde il reperibile al {mob}.",
        "Gli equipaggi stranieri possono chiamare l'handling al {intl}.",
        "METAR di stamattina: {metar}.",
    ],
    "ambulance": [
        "Grazie: i nostri equipaggi hanno volato {hobbs} ore l'anno scorso.",
        "La donazione mensile sarà addebitata su {iban}.",
        "Per modificare la donazione chiama il servizio donatori al {free}.",
        "Abbiamo ricevuto il pagamento con carta {card}.",
        "Il referente per la cena di beneficenza è raggiungibile a {mail}.",
    ],
    "drone": [
        "Voleremo con codice operatore {op_id} a non più di 120 metri.",
        "Numero di serie del drone: {drone_serial}.",
        "Il giorno del volo il pilota risponde al {mob}; l'ufficio al {nat}.",
        "Inviate i dati di accesso all'area a {mail}.",
        "La fattura è pagabile su {iban}.",
    ],
}
IT_LIST_HEAD = ["Contatti", "Recapiti dell'aviosuperficie"]
IT_LABELS = ["Torre", "Segreteria", "Capo pilota", "Officina", "Servizio donatori"]

PT_HEAD = {
    "club": ["Boletim do aeroclube", "Aviso aos associados", "Da diretoria"],
    "school": ["Cronograma de instrução", "Confirmação da sua aula de voo", "Ground school"],
    "drone": ["Orçamento de voo com drone", "Plano de operação", "Relatório de inspeção com drone"],
    "lostprop": ["Achados e perdidos", "Sua reclamação de objeto perdido", "Objeto encontrado no aeroporto"],
    "ambulance": ["Obrigado pelo seu donativo", "Apoie o helicóptero de emergência", "Recibo do donativo"],
}
PT_SENT = {
    "club": [
        "O {reg_eu} voltou da inspeção anual; o horímetro marca {hobbs}.",
        "Dúvidas sobre a escala de voos: {mail}.",
        "O chefe de pilotos atende no {mob}.",
        "A secretaria atende no {nat} às quartas-feiras.",
        "A pista {runway} está encharcada no lado leste.",
    ],
    "school": [
        "Sua próxima aula no {reg_eu} é terça-feira: tráfegos a {altitude}.",
        "Com tempo duvidoso, ligue antes para a sala de operações: {nat}.",
        "A taxa de exame pode ser paga no cartão ({card}).",
        "Traga sua licença ({licence}) e o certificado médico.",
        "O coordenador de instrução atende no {mob} ou em {mail}.",
    ],
    "drone": [
        "O voo será feito com o registo de operador {op_id} a no máximo 120 metros.",
        "Número de série da aeronave: {drone_serial}.",
        "No dia, o piloto atende no {mob}; o escritório, no {nat}.",
        "Envie os dados de acesso ao local para {mail}.",
        "As imagens serão enviadas para o servidor {ip}.",
    ],
    "lostprop": [
        "Sua reclamação foi registrada sob {lp_ref}.",
        "A etiqueta da bagagem é {baggage_tag}.",
        "Guardamos os objetos por 28 dias; ligue para {nat} das 10h às 16h.",
        "Também pode mandar uma foto para {mail}.",
        "Informe o número do bilhete eletrônico ({eticket}).",
    ],
    "ambulance": [
        "Obrigado: as nossas equipas voaram {hobbs} horas no ano passado.",
        "O seu donativo mensal será debitado em {iban}.",
        "Para alterar o donativo, ligue para a linha de apoio {free}.",
        "Recebemos o pagamento com o cartão {card}.",
    ],
}
PT_LOCAL = [
    "Quem liga de {town} fala com o hangar direto no {L1}, sem o DDD.",
    "De telefone fixo em {town}, a secretaria do aeroclube é {L1}; a oficina, {L2}.",
    "“Liga no {L1}, é ligação local aqui em {town}”, disse o mecânico.",
    "Fixos de {town} (ligação local):\nSecretaria {L1}\nAbastecimento {L2}",
    "A escola de aviação em {town} atende localmente no {L1}.",
    "Para quem está em {town}: balcão {L1}, manutenção {L2}.",
]
PT_LIST_HEAD = ["Contatos", "Telefones do aeródromo"]
PT_LABELS = ["Torre", "Secretaria", "Chefe de pilotos", "Oficina", "Achados e perdidos"]

HI_HEAD = {
    "club": ["फ़्लाइंग क्लब सूचना", "सदस्यों के लिए संदेश"],
    "school": ["फ़्लाइट ट्रेनिंग शेड्यूल", "आपकी फ़्लाइंग क्लास की पुष्टि"],
    "lostprop": ["खोया-पाया विभाग", "आपकी खोई वस्तु की शिकायत"],
    "drone": ["ड्रोन सर्वे कोटेशन", "ड्रोन ऑपरेशन प्लान"],
}
HI_SENT = {
    "club": [
        "{reg_eu} सालाना जाँच से लौट आया है, Hobbs मीटर अब {hobbs} दिखा रहा है।",
        "उड़ान शेड्यूल से जुड़े सवाल {mail} पर भेजें।",
        "चीफ़ पायलट से {mob} पर बात करें।",
        "क्लब ऑफ़िस का नंबर {nat} है, बुधवार को दोपहर बाद।",
        "रनवे {runway} का पूर्वी हिस्सा गीला है, बीच में रहें।",
    ],
    "school": [
        "आपकी अगली क्लास मंगलवार को {reg_eu} पर है, सर्किट {altitude} पर।",
        "मौसम ख़राब लगे तो पहले ऑपरेशन्स डेस्क को {nat} पर फ़ोन करें।",
        "परीक्षा फ़ीस कार्ड ({card}) से दी जा सकती है।",
        "अपना लाइसेंस ({licence}) और मेडिकल साथ लाएँ।",
        "चीफ़ इंस्ट्रक्टर {mob} पर मिलेंगे।",
    ],
    "lostprop": [
        "आपकी शिकायत {lp_ref} नंबर से दर्ज हो गई है।",
        "आपके बैग टैग का नंबर {baggage_tag} है।",
        "खोई वस्तुएँ 28 दिन तक रखी जाती हैं; {nat} पर सुबह 10 से शाम 4 बजे तक फ़ोन करें।",
        "वस्तु की फ़ोटो {mail} पर भेज सकते हैं।",
        "ई-टिकट नंबर ({eticket}) बताएँ।",
    ],
    "drone": [
        "सर्वे ऑपरेटर आईडी {op_id} के साथ 120 मीटर तक उड़ाया जाएगा।",
        "ड्रोन का सीरियल नंबर {drone_serial} है।",
        "उस दिन पायलट से {mob} पर संपर्क करें, ऑफ़िस का नंबर {nat} है।",
        "फ़ुटेज सर्वर {ip} पर अपलोड होगी।",
    ],
}
HI_LOCAL = [
    "{town} के लैंडलाइन से क्लब ऑफ़िस के लिए सिर्फ़ {L1} मिलाइए।",
    '"{town} में हो तो {L1} लगा लो, लोकल कॉल है," हैंगर वाले भैया ने कहा।',
    "{town} (लोकल कॉल):\nऑफ़िस {L1}\nहैंगर {L2}",
    "शहर के अंदर ({town}) बुकिंग डेस्क {L1} पर है, स्टोर {L2} पर।",
    "{town} के फ़िक्स्ड फ़ोन से फ़्लाइंग स्कूल का नंबर {L1} है; बाहर से STD कोड जोड़ें।",
]
HI_LIST_HEAD = ["संपर्क नंबर", "फ़ोन सूची"]
HI_LABELS = ["ऑफ़िस", "हैंगर", "चीफ़ पायलट", "बुकिंग", "खोया-पाया"]
