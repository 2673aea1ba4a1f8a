"""Spanish, Italian, Dutch, Portuguese and Hindi text for the v70 set, written fresh."""

ES = {
    "letting": {
        "titles": [
            "Su solicitud de alquiler",
            "Visita confirmada",
            "Contrato de arrendamiento",
            "Entrega de llaves",
        ],
        "pos": [
            (
                "el propietario ha aceptado su solicitud. Para firmar el contrato, llámeme al {PM} y "
                "buscamos un hueco esta semana."
            ),
            "La fianza se abona por transferencia al IBAN {IBAN} antes de la entrega de llaves.",
            "Nuestro departamento de alquileres atiende en el {P} y en {ER}.",
            "Si tiene dudas sobre el seguro de impago, llame gratis al {PO}.",
        ],
        "neg": [
            "La vivienda tiene {N:floor_area} útiles; referencia catastral {N:catastral}.",
            "El dormitorio principal mide {N:dimensions}.",
            "La plaza de garaje {N:postbox} se alquila aparte.",
        ],
    },
    "repair": {
        "titles": [
            "Aviso de avería",
            "Visita del fontanero",
            "Humedades en el baño",
            "Revisión de la caldera",
        ],
        "pos": [
            "el fontanero pasará el martes por la mañana; si no puede estar en casa, avísele al {PM}.",
            "Para urgencias fuera de horario, la administración tiene un teléfono de guardia: {P}.",
            "Envíe las fotos de la humedad a {ER} indicando piso y puerta.",
        ],
        "neg": [
            "El higrómetro marcaba {N:humidity} en el baño.",
            "La presión de la caldera estaba en {N:boiler_pressure}.",
            "La caja de llaves del portal se abre con {N:keysafe}.",
        ],
    },
    "caretaker": {
        "titles": [
            "Nota del conserje",
            "Aviso a los vecinos",
            "Portería cerrada en agosto",
            "Normas del cuarto de bicis",
        ],
        "pos": [
            "La portería abre de 9 a 14 h. Por las tardes el conserje atiende en el móvil {PM}.",
            "Durante sus vacaciones le sustituye {NAME}, en el {P}.",
            "Las quejas sobre la cuota de comunidad van al administrador: {ER}.",
        ],
        "neg": [
            "El código del cuarto de bicis cambia a {N:door_code}.",
            "El buzón {N:postbox} tiene la cerradura rota.",
            "El ascensor estará parado el jueves por revisión.",
        ],
    },
    "tenants": {
        "titles": [
            "Asociación de inquilinos – acta",
            "Asamblea de vecinos",
            "Subida del alquiler: qué hacer",
            "Hazte socio del sindicato de inquilinas",
        ],
        "pos": [
            (
                "La portavoz de la asociación, {NAME}, recoge los contratos con subidas abusivas; su "
                "teléfono es el {PM}."
            ),
            "Cuota anual de 12 €; escríbenos a {ER} o llama al {P}.",
            "Las aportaciones para la defensa legal se ingresan en el IBAN {IBAN}.",
        ],
        "neg": [
            "Asistieron 41 vecinos de los bloques 2 al 6.",
            "La cuota de participación de cada piso es del {N:service_share}.",
            "La próxima asamblea será en el local de la calle del mercado.",
        ],
    },
}

ES_SIGN = ["Un saludo,\n{NAME}", "Atentamente,\n{NAME}"]
ES_OPEN = ["Estimado/a inquilino/a:", "Hola:", "Buenos días:"]
ES_LIST = (["Teléfonos de la finca", "Contactos"], ["Administración", "Conserje", "Urgencias", "Asociación"])

IT = {
    "letting": {
        "titles": [
            "La sua richiesta di locazione",
            "Visita confermata",
            "Contratto di locazione",
            "Consegna delle chiavi",
        ],
        "pos": [
            (
                "il proprietario ha accettato la sua proposta. Per fissare la firma del contratto mi "
                "chiami al {PM}."
            ),
            "Il deposito cauzionale va versato con bonifico, IBAN {IBAN}, prima della consegna delle chiavi.",
            "L'ufficio locazioni risponde al {P} e all'indirizzo {ER}.",
            "Per la registrazione del contratto può contattare il numero verde {PO}.",
        ],
        "neg": [
            "Dati catastali dell'immobile: {N:catasto}.",
            "L'appartamento misura {N:floor_area}; la camera {N:dimensions}.",
            "Il posto auto è il numero {N:postbox}.",
        ],
    },
    "repair": {
        "titles": [
            "Segnalazione guasto",
            "Intervento dell'idraulico",
            "Muffa in camera",
            "Manutenzione caldaia",
        ],
        "pos": [
            "l'idraulico passerà giovedì mattina; in caso di imprevisti lo avvisi al {PM}.",
            "Fuori orario d'ufficio il pronto intervento dell'amministrazione risponde al {P}.",
            "Le foto della perdita vanno inviate a {ER}, indicando scala e interno.",
        ],
        "neg": [
            "L'umidità in camera era al {N:humidity}.",
            "La pressione della caldaia era scesa a {N:boiler_pressure}.",
            "La cassetta delle chiavi si apre con il codice {N:keysafe}.",
        ],
    },
    "caretaker": {
        "titles": [
            "Avviso del portiere",
            "Comunicazione ai condomini",
            "Portineria chiusa ad agosto",
            "Raccolta ingombranti",
        ],
        "pos": [
            "La portineria è aperta dalle 8 alle 13; il pomeriggio il portiere risponde al cellulare {PM}.",
            "Durante le ferie lo sostituisce {NAME}, al {P}.",
            "Per le spese condominiali scrivete all'amministratore: {ER}.",
        ],
        "neg": [
            "Il codice del cancello carraio è ora {N:door_code}.",
            "La cassetta postale {N:postbox} è stata forzata.",
            "L'ascensore sarà fermo martedì per la revisione periodica.",
        ],
    },
    "halls": {
        "titles": [
            "Benvenuti in residenza",
            "Arrivo in residenza universitaria",
            "Controllo delle stanze",
            "Regolamento della residenza",
        ],
        "pos": [
            "La reception è aperta fino alle 20; se arrivate più tardi chiamate il custode notturno al {PM}.",
            "La segreteria della residenza risponde al {P} e a {ER}.",
            "Il portale wifi della residenza si trova all'indirizzo {IP}.",
        ],
        "neg": [
            "La tua stanza è la {N:room_number}; numero di matricola {N:student_id}.",
            "La tessera lavanderia n. {N:laundry_card} si ricarica in reception.",
            "La stanza è di {N:floor_area}, con bagno privato.",
        ],
    },
}

IT_SIGN = ["Cordiali saluti,\n{NAME}", "Un saluto,\n{NAME}"]
IT_OPEN = ["Gentile inquilino,", "Buongiorno,", "Cari condomini,"]
IT_LIST = (
    ["Numeri utili del condominio", "Contatti"],
    ["Amministratore", "Portiere", "Pronto intervento", "Segreteria"],
)

NL = {
    "letting": {
        "titles": [
            "Uw inschrijving voor de woning",
            "Bezichtiging bevestigd",
            "Huurovereenkomst ter ondertekening",
            "Sleuteloverdracht",
        ],
        "pos": [
            (
                "de verhuurder heeft voor u gekozen. Bel mij even op {PM} om een datum voor de "
                "ondertekening te prikken."
            ),
            "De waarborgsom maakt u over naar IBAN {IBAN}, onder vermelding van het adres.",
            "Met vragen over het contract kunt u terecht bij ons verhuurteam: {P} of {ER}.",
            "Uw contactpersoon is {NAME} ({EM}).",
            "Voor de huurtoeslag kunt u gratis bellen met {PO}.",
        ],
        "neg": [
            "Het appartement is {N:floor_area} groot en telt {N:wws_points} in het woningwaarderingsstelsel.",
            "Adres voor de inschrijving: {N:nl_postcode}.",
            "De slaapkamer meet {N:dimensions}.",
        ],
    },
    "repair": {
        "titles": [
            "Reparatieverzoek ontvangen",
            "Afspraak loodgieter",
            "Vocht in de slaapkamer",
            "Cv-ketel storing",
        ],
        "pos": [
            "de loodgieter komt woensdag tussen 8 en 12 uur. Lukt dat niet, bel hem dan op {PM}.",
            "Buiten kantooruren belt u bij lekkage de storingsdienst: {P}.",
            "Foto's van de schimmel kunt u mailen naar {ER}.",
            "De cv-installatie van het complex wordt op afstand uitgelezen via {IP}.",
        ],
        "neg": [
            "De vochtmeter gaf {N:humidity} aan.",
            "De ketel stond op {N:boiler_pressure}.",
            "De sleutelkluis bij de achterdeur heeft code {N:keysafe}.",
        ],
    },
    "tenants": {
        "titles": [
            "Huurdersvereniging – verslag",
            "Uitnodiging bewonersavond",
            "Huurverhoging: bezwaar maken",
            "Nieuwsbrief van de bewonerscommissie",
        ],
        "pos": [
            "Onze voorzitter, {NAME}, verzamelt bezwaren tegen de servicekosten; u bereikt haar op {PM}.",
            "Lid worden kost € 1 per maand. Mail naar {ER} of bel {P}.",
            "Correcties op het verslag graag naar {EM}.",
            "Contributie kunt u overmaken naar IBAN {IBAN}.",
        ],
        "neg": [
            "De woningen in ons blok scoren tussen de {N:wws_points} en 160 punten.",
            "Er waren 27 huishoudens aanwezig.",
            "Het aandeel per woning in de servicekosten is {N:service_share}.",
        ],
    },
    "halls": {
        "titles": [
            "Welkom in je studentenkamer",
            "Sleutels ophalen",
            "Kameroplevering",
            "Huisregels studentencomplex",
        ],
        "pos": [
            "Sleutels haal je op bij de receptie; kom je na 17 uur aan, bel dan de huismeester op {PM}.",
            "Het beheerkantoor is bereikbaar op {P} en via {ER}.",
            "Het inlogportaal van het complexnetwerk staat op {IP}.",
        ],
        "neg": [
            "Je kamer is {N:room_number}; neem je studentnummer ({N:student_id}) mee.",
            "Wasmachinepas {N:laundry_card} laad je op bij de receptie.",
            "De deurcode van de fietsenkelder is {N:door_code}.",
        ],
    },
    "coop": {
        "titles": [
            "Nieuws van de wooncoöperatie",
            "Ledenvergadering",
            "Onderhoudsrooster",
            "Welkom als nieuw lid",
        ],
        "pos": [
            (
                "Het onderhoud wordt dit kwartaal gecoördineerd door {NAME}; meld klussen via {ER} of "
                "bij spoed op {PM}."
            ),
            "De maandelijkse bijdrage gaat naar IBAN {IBAN}.",
            "De secretaris is verhuisd; bellen kan voortaan naar {P}.",
        ],
        "neg": [
            "Het complex ligt op {N:nl_postcode}.",
            "Elke woning telt ongeveer {N:wws_points}.",
            "De energiemeter in de gemeenschappelijke ruimte stond op {N:meter_reading} kWh.",
        ],
    },
}

NL_LOCAL = [
    "Binnen {TOWN} draait u gewoon {L1}, zonder netnummer.",
    "Woningbeheer {TOWN}, lokaal nummer: {L1}; huismeester {L2}.",
    "Bel vanuit {TOWN} naar {L1} voor een reparatieafspraak.",
    "Lokaal ({TOWN}, geen kengetal nodig):\n{L1}",
    '"Uit {TOWN} zelf is het gewoon {L1}," zegt de beheerder.',
    "Het kantoor in {TOWN} neemt op via {L1}, de bewonerscommissie via {L2} (beide lokaal).",
    (
        "{TOWN}: de huismeester heeft een vaste lijn, {L1} – wie in de stad woont hoeft geen "
        "netnummer te kiezen."
    ),
    "Telefoon {L1} (vanuit {TOWN} zonder netnummer).",
]
NL_SIGN = ["Met vriendelijke groet,\n{NAME}", "Groeten,\n{NAME}"]
NL_OPEN = ["Beste huurder,", "Geachte heer/mevrouw,", "Hoi allemaal,"]
NL_LIST = (
    ["Handige nummers voor bewoners", "Contact"],
    ["Verhuur", "Storingsdienst", "Huismeester", "Bewonerscommissie"],
)

PT = {
    "letting": {
        "titles": ["Sua proposta de locação", "Visita agendada", "Contrato de aluguel", "Entrega das chaves"],
        "pos": [
            "o proprietário aprovou sua ficha. Para marcar a assinatura do contrato, me chame no {PM}.",
            "O depósito caução pode ser pago por transferência, IBAN {IBAN}.",
            "O setor de locação atende no {P} e pelo e-mail {ER}.",
            "Dúvidas sobre o seguro-fiança: ligue grátis para {PO}.",
            "Sua corretora é a {NAME}; o e-mail dela é {EM}.",
        ],
        "neg": [
            "O imóvel tem {N:floor_area} e fica no CEP {N:cep}.",
            "Inscrição imobiliária do IPTU: {N:iptu}.",
            "O quarto mede {N:dimensions}.",
        ],
    },
    "repair": {
        "titles": [
            "Chamado de manutenção",
            "Visita do encanador",
            "Infiltração no banheiro",
            "Problema no aquecedor",
        ],
        "pos": [
            "o encanador vai passar na quinta de manhã; se não puder receber, avise ele no {PM}.",
            "Fora do horário comercial, o plantão da administradora atende no {P}.",
            "Mande as fotos da infiltração para {ER} com o número do apartamento.",
        ],
        "neg": [
            "O medidor de umidade marcou {N:humidity}.",
            "O cofre de chaves da portaria abre com {N:keysafe}.",
            "Leitura do hidrômetro: {N:meter_reading} m³.",
        ],
    },
    "caretaker": {
        "titles": [
            "Aviso da portaria",
            "Comunicado aos moradores",
            "Recado do zelador",
            "Mudanças no condomínio",
        ],
        "pos": [
            "O zelador fica no prédio de segunda a sexta. Urgências à noite: celular {PM}.",
            "Nas férias dele, quem cobre é o {NAME}, no {P}.",
            "Reclamações sobre a taxa de condomínio vão para a administradora: {ER}.",
            "O interfone novo é gerenciado pela rede do prédio ({IP}); não desliguem o quadro.",
        ],
        "neg": [
            "A senha do bicicletário mudou para {N:door_code}.",
            "A caixa de correio {N:postbox} está com a fechadura quebrada.",
            "Mudanças só de segunda a sábado, das 8 às 17 h.",
        ],
    },
    "tenants": {
        "titles": [
            "Associação de moradores – ata",
            "Assembleia de inquilinos",
            "Reajuste do aluguel",
            "Informativo da associação",
        ],
        "pos": [
            (
                "A presidente da associação, {NAME}, está reunindo os contratos com reajuste abusivo; o "
                "celular dela é {PM}."
            ),
            "A mensalidade é de R$ 5; fale com a gente pelo {ER} ou pelo {P}.",
            "Contribuições podem ser feitas para o IBAN {IBAN}.",
        ],
        "neg": [
            "Compareceram 36 famílias dos blocos A a D.",
            "A fração ideal de cada unidade é {N:service_share}.",
            "A próxima reunião será no salão de festas.",
        ],
    },
    "halls": {
        "titles": [
            "Bem-vindo à moradia estudantil",
            "Chegada na residência",
            "Vistoria dos quartos",
            "Regras da república",
        ],
        "pos": [
            "A recepção funciona até as 20 h; se chegar mais tarde, ligue para o monitor no {PM}.",
            "A administração da moradia atende no {P} e no {ER}.",
        ],
        "neg": [
            "Seu quarto é o {N:room_number}; traga o número de matrícula {N:student_id}.",
            "O cartão da lavanderia {N:laundry_card} é recarregado na recepção.",
        ],
    },
}

PT_LOCAL = [
    "De telefone fixo de {TOWN}, é só discar {L1}.",
    "Imobiliária em {TOWN} – ligação local: {L1}; plantão {L2}.",
    "Quem está em {TOWN} liga direto para {L1}, sem código de área.",
    "Portaria ({TOWN}, número local):\n{L1}",
    '"Daqui de {TOWN} é {L1} mesmo", explicou o zelador.',
    "Em {TOWN}, a administradora atende no {L1} e a associação no {L2}.",
    "Telefone {L1} (só para ligações locais em {TOWN}).",
    "Moradores de {TOWN}: o escritório do condomínio fica no {L1}.",
]
PT_SIGN = ["Atenciosamente,\n{NAME}", "Abraço,\n{NAME}"]
PT_OPEN = ["Prezado(a) inquilino(a),", "Olá,", "Caros moradores,"]
PT_LIST = (["Telefones do prédio", "Contatos"], ["Administradora", "Zelador", "Plantão", "Associação"])

HI = {
    "letting": {
        "titles": ["किराए के फ़्लैट के बारे में", "विज़िट की पुष्टि", "रेंट एग्रीमेंट", "चाबी सौंपने की तारीख"],
        "pos": [
            ("मकान मालिक ने आपकी अर्ज़ी मान ली है। एग्रीमेंट साइन करने का दिन तय करने के लिए मुझे {PM} पर कॉल करें।"),
            "सिक्योरिटी डिपॉज़िट और पहले महीने का किराया ब्रोकर के ऑफ़िस में जमा होगा; ऑफ़िस का नंबर {P} है।",
            "किसी भी सवाल के लिए {ER} पर ईमेल करें।",
        ],
        "neg": [
            "फ़्लैट का कारपेट एरिया {N:floor_area} है।",
            "नगर निगम का प्रॉपर्टी टैक्स नंबर {N:house_tax} है।",
            "बेडरूम का नाप {N:dimensions} है।",
        ],
    },
    "repair": {
        "titles": ["मरम्मत की शिकायत दर्ज", "प्लंबर आएगा", "दीवार में सीलन", "गीज़र की ख़राबी"],
        "pos": [
            "प्लंबर गुरुवार सुबह आएगा; अगर आप घर पर नहीं होंगे तो उसे {PM} पर बता दें।",
            "रात में पानी लीक हो तो सोसाइटी के इमरजेंसी नंबर {P} पर फ़ोन करें।",
            "सीलन की फ़ोटो {ER} पर भेजें।",
        ],
        "neg": [
            "बेडरूम में नमी {N:humidity} थी।",
            "चाबी का बॉक्स {N:keysafe} कोड से खुलता है।",
            "बिजली मीटर की रीडिंग {N:meter_reading} यूनिट थी।",
        ],
    },
    "caretaker": {
        "titles": ["केयरटेकर की सूचना", "सभी निवासियों के लिए नोटिस", "लिफ़्ट बंद रहेगी", "कूड़ा उठाने का समय"],
        "pos": [
            "केयरटेकर सुबह 9 से शाम 6 बजे तक गेट के पास बैठते हैं; बाक़ी समय {PM} पर कॉल करें।",
            "छुट्टी के दिनों में {NAME} जी काम देखेंगे, उनका नंबर {P} है।",
            "मेंटेनेंस चार्ज से जुड़े सवाल {ER} पर भेजें।",
        ],
        "neg": [
            "पार्किंग गेट का कोड अब {N:door_code} है।",
            "लेटरबॉक्स {N:postbox} का ताला टूटा है।",
            "लिफ़्ट मंगलवार को सर्विसिंग के लिए बंद रहेगी।",
        ],
    },
    "tenants": {
        "titles": ["RWA बैठक का ब्योरा", "किरायेदार संघ की सभा", "मेंटेनेंस बढ़ोतरी पर चर्चा", "RWA न्यूज़लेटर"],
        "pos": [
            "RWA सचिव {NAME} जी पानी की समस्या की शिकायतें जमा कर रहे हैं; उनका मोबाइल {PM} है।",
            "सदस्यता के लिए {ER} पर लिखें या {P} पर फ़ोन करें।",
        ],
        "neg": [
            "बैठक में 48 परिवार मौजूद थे।",
            "हर फ़्लैट का मेंटेनेंस हिस्सा {N:service_share} तय हुआ।",
            "अगली बैठक क्लबहाउस में होगी।",
        ],
    },
}

HI_LOCAL = [
    "{TOWN} के लैंडलाइन से बिना कोड के {L1} मिलाएँ।",
    "सोसाइटी ऑफ़िस ({TOWN}, लोकल नंबर): {L1}, केयरटेकर {L2}।",
    "{TOWN} शहर के अंदर से ब्रोकर ऑफ़िस का नंबर सिर्फ़ {L1} है।",
    "लोकल कॉल ({TOWN}):\n{L1}",
    '"{TOWN} से हो तो सीधे {L1} लगाइए," गार्ड ने बताया।',
    "RWA दफ़्तर {L1} पर मिलेगा ({TOWN} के भीतर एसटीडी कोड की ज़रूरत नहीं)।",
]
HI_SIGN = ["धन्यवाद,\n{NAME}", "सादर,\n{NAME}"]
HI_OPEN = ["नमस्ते,", "प्रिय निवासियों,", "आदरणीय किरायेदार,"]
HI_LIST = (["ज़रूरी फ़ोन नंबर", "संपर्क सूची"], ["सोसाइटी ऑफ़िस", "केयरटेकर", "इमरजेंसी", "RWA सचिव"])
