"""Italian, Dutch, Portuguese and Hindi sentences (slots as in lex_en)."""

IT = {
    "dive": {
        "t": ["Diving center – conferma prenotazione", "Uscita in barca: briefing di domani"],
        "p": [
            "Se la barca parte in ritardo, il comandante vi scrive dal {P}.",
            "Per il battesimo del mare chiedete a {name}, {P}.",
            "Il certificato medico va inviato a {E} prima dell'uscita.",
            "L'acconto è stato addebitato sulla carta {C}.",
        ],
        "n": [
            "Brevetto n. {n_divecert}; ultima immersione {n_diveno}, profondità massima {n_maxdepth}.",
            "Tempo di fondo {n_bottomtime}, partenza con {n_tankbar}.",
            "Miscela {n_nitrox}, zavorra {n_leadweight}, ancoraggio a {n_gps}.",
        ],
    },
    "kayak": {
        "t": ["Noleggio kayak e canoe", "Giro in kayak: punto d'imbarco"],
        "p": [
            "In caso di scuffia chiamate la base al {P}.",
            "L'autista della navetta, {name}, vi chiama dal {P} quando arriva al ponte.",
            "La cauzione resta bloccata su {C} fino alla riconsegna.",
        ],
        "n": [
            "Kayak sulla rastrelliera {n_berth}, pagaie da {n_paddlelen}.",
            "Prenotazione {n_bookingref}: {n_capacity}, fascia {n_slot}.",
            "Percorso di {n_distance}, vento previsto {n_wind}.",
        ],
    },
    "openwater": {
        "t": ["Nuoto in acque libere – info gara", "Traversata a nuoto: risultati"],
        "p": [
            "La mattina della gara il responsabile sicurezza, {name}, risponde al {P}.",
            "Iscrizioni e rimborsi: {E}.",
            "Oggetti smarriti all'arrivo? Chiamate la segreteria al {P}.",
        ],
        "n": [
            "Numero di cuffia {n_bib}; nuoti la {n_distance}.",
            "Intertempo alla boa: {n_splittime}; acqua a {n_watertemp}.",
            "Passo di riferimento {n_pace}; corsie {n_lanes} per il riscaldamento.",
        ],
    },
}

NL = {
    "surf": {
        "t": ["Surfschool – herinnering aan je les", "Surfkamp: wat neem je mee"],
        "p": [
            "Kom je later? App even de strandhut op {P}, we wachten bij de vlaggen.",
            "Groepen en schoolreisjes regelt {name}: {P} of {E}.",
            "De huur van board en wetsuit wordt na inleveren afgeschreven van {C}.",
        ],
        "n": [
            "Verwachting: {n_swell} uit {n_swelldir}, wind {n_wind}.",
            "Je les is {n_slot}; laagwater om {n_tide}.",
            "Boeking {n_bookingref}, softboard {n_boarddims}, begeleiding {n_ratio}.",
        ],
    },
    "sup": {
        "t": ["Suppen in de haven – boeking", "Verhuur supboards – bon"],
        "p": [
            "Loopt je board leeg? Bel {P}, dan komen we met een pomp naar de steiger.",
            "Leden betalen de contributie via automatische incasso van {B}.",
            "Bedrijfsuitjes: mail naar {E}.",
            "In de kiosk zit vandaag {name}; vraag op {P} of er nog boards vrij zijn.",
        ],
        "n": [
            "Board {n_boarddims}, peddel op {n_paddlelen}.",
            "Cadeaubon {n_voucher} is twee uur geldig; tijdslot {n_slot}.",
            "Ligplaats {n_berth}; prijs per board {n_price} euro.",
        ],
    },
    "openwater": {
        "t": ["Openwaterzwemmen – startinformatie", "Zwemtocht in de plas: uitslagen"],
        "p": [
            "Op de wedstrijddag is de veiligheidscoördinator, {name}, bereikbaar op {P}.",
            "Inschrijvingen en restituties: {E}.",
            "Het inschrijfgeld is betaald met {C}.",
        ],
        "n": [
            "Je badmutsnummer is {n_bib}; je zwemt de {n_distance}.",
            "Tussentijd bij de keerboei: {n_splittime}; water {n_watertemp}.",
            "Kano-begeleiding ligt bij {n_gps}; boven {n_wind} gaat de tocht niet door.",
            "De volgboot heeft rompnummer {n_hin}; meetboei {n_buoy} gaf vanochtend {n_watertemp}.",
        ],
    },
    "lifeguard": {
        "t": ["Reddingsbrigade – wachtrooster", "Reddingsbrigade: nabespreking inzet"],
        "p": [
            "Ploegleider dit weekend is {name}; ruilen kan tot donderdag via {P}.",
            "De porto in de post is stuk, dus de dienstdoende heeft de clubtelefoon: {P}.",
            "Stuur je EHBO-diploma naar {E}.",
        ],
        "n": [
            "Inzet {n_incident} is afgerond; de boot luistert uit op {n_vhf}.",
            "MMSI van het kuststation: {n_mmsi}.",
            "Zwemwaterkwaliteit vandaag: E. coli {n_ecoli}, {n_uvindex}.",
        ],
    },
}

PT = {
    "surf": {
        "t": ["Escola de surf – lembrete da aula", "Surf camp: o que levar"],
        "p": [
            "Vai se atrasar? Mande mensagem para a barraca da praia no {P}.",
            "Grupos e escolas falam com {name}: {P} ou {E}.",
            "O aluguel da prancha será cobrado no cartão {C} na devolução.",
        ],
        "n": [
            "Previsão: ondas de {n_swell} de {n_swelldir}, vento {n_wind}.",
            "Seu horário é {n_slot}; maré baixa às {n_tide}.",
            "Reserva {n_bookingref}, prancha {n_boarddims}, lycra obrigatória com {n_uvindex}.",
        ],
    },
    "dive": {
        "t": ["Centro de mergulho – confirmação", "Saída de barco: briefing"],
        "p": [
            "Se o barco atrasar, o mestre avisa pelo {P}.",
            "Dúvidas sobre o batismo: {name}, no {P}.",
            "Envie o atestado médico para {E} antes do primeiro mergulho.",
        ],
        "n": [
            "Credencial n.º {n_divecert}; último mergulho {n_diveno}, profundidade máxima {n_maxdepth}.",
            "Tempo de fundo {n_bottomtime}; saímos com {n_tankbar}.",
            "Mistura {n_nitrox}, lastro {n_leadweight}, água a {n_watertemp}.",
        ],
    },
    "kayak": {
        "t": ["Aluguel de caiaques e canoas", "Passeio de caiaque: ponto de embarque"],
        "p": [
            "Se virar o caiaque, ligue para a base no {P}.",
            "O motorista do transfer, {name}, liga do {P} quando chegar à ponte.",
            "A caução fica retida no cartão {C} até a devolução.",
        ],
        "n": [
            "Caiaques no rack {n_berth}, remos de {n_paddlelen}.",
            "Reserva {n_bookingref}: {n_capacity}, horário {n_slot}.",
            "Percurso de {n_distance}; termo {n_waiver} assinado.",
        ],
    },
    "sup": {
        "t": ["Aluguel de stand up paddle – recibo", "SUP no porto: reserva"],
        "p": [
            "A prancha esvaziou? Ligue {P} e levamos a bomba até a rampa.",
            "Sócios pagam a anuidade por débito direto de {B}.",
            "Eventos de empresa: {E}.",
        ],
        "n": [
            "Prancha {n_boarddims}, remo em {n_paddlelen}.",
            "Voucher {n_voucher} vale duas horas; preço {n_price} por prancha.",
            "Vento no píer: {n_wind}; pôr do sol às {n_sunset}.",
        ],
    },
}

HI = {
    "dive": {
        "t": ["डाइव सेंटर – बुकिंग की पुष्टि", "कल की बोट डाइव: ब्रीफ़िंग"],
        "p": [
            "अगर नाव देर से निकले तो स्किपर {P} से मैसेज करेंगे।",
            "पूल सेशन के बारे में {name} से {P} पर बात करें।",
            "मेडिकल फ़ॉर्म पहली डाइव से पहले {E} पर भेज दें।",
        ],
        "n": [
            "सर्टिफ़िकेशन नंबर {n_divecert}; आख़िरी डाइव {n_diveno}, अधिकतम गहराई {n_maxdepth}।",
            "बॉटम टाइम {n_bottomtime}; टैंक {n_tankbar}।",
            "पानी का तापमान {n_watertemp}, लेड {n_leadweight}।",
        ],
    },
    "kayak": {
        "t": ["कयाक और कैनो किराया", "बैकवॉटर कयाक ट्रिप: जानकारी"],
        "p": [
            "कयाक पलट जाए तो बेस को {P} पर फ़ोन करें।",
            "पिक-अप ड्राइवर {name} पुल पर पहुँचकर {P} से कॉल करेंगे।",
            "सिक्योरिटी डिपॉज़िट कार्ड {C} पर रोका गया है।",
        ],
        "n": [
            "कयाक रैक {n_berth} पर हैं, पैडल {n_paddlelen}।",
            "बुकिंग {n_bookingref}: {n_capacity}, समय {n_slot}।",
            "रूट {n_distance} का है, हवा {n_wind}।",
        ],
    },
    "lifeguard": {
        "t": ["लाइफ़गार्ड क्लब – ड्यूटी रोस्टर", "बीच लाइफ़गार्ड: घटना रिपोर्ट"],
        "p": [
            "इस हफ़्ते पेट्रोल कैप्टन {name} हैं; शिफ़्ट बदलने के लिए {P} पर कॉल करें।",
            "टावर का रेडियो ख़राब है, ड्यूटी गार्ड के पास क्लब का फ़ोन {P} है।",
            "फ़र्स्ट-एड सर्टिफ़िकेट की कॉपी {E} पर भेजें।",
        ],
        "n": [
            "घटना {n_incident} बंद कर दी गई है; रेस्क्यू बोट {n_vhf} पर सुनती है।",
            "आज पानी की गुणवत्ता: E. coli {n_ecoli}, {n_uvindex}।",
            "ट्रेनिंग {n_slot}, लेन {n_lanes}।",
        ],
    },
}

LOCAL_NL = [
    "Bel je vanuit {town} met een vaste lijn? Dan is de surfschool gewoon {L1}.",
    "Binnen {town} bereik je de supverhuur op {L1} en de kiosk op {L2}.",
    "Strandpost {town} (lokaal bellen, zonder kengetal): {L1}.",
    "Voor wie in {town} woont: de reddingsbrigade heeft als lokaal nummer {L1}.",
    "Vanaf een {town}se vaste lijn kies je voor de zwemtocht {L1}.",
]
LOCAL_PT = [
    "Ligando de um fixo de {town}? A escola de surf atende no {L1}.",
    "Em {town}, para o píer disque {L1}; para a loja de mergulho, {L2} (sem DDD).",
    "Base de caiaque em {town}, ligação local: {L1}.",
    "Quem está em {town} fala com o aluguel de SUP pelo {L1}, sem o código de área.",
    "De qualquer telefone de {town}, o salva-vidas atende no {L1} ou no {L2}.",
]
LOCAL_HI = [
    "{town} के लैंडलाइन से डाइव शॉप का नंबर सिर्फ़ {L1} है।",
    "{town} में बोट डेस्क के लिए {L1} और फ़िल स्टेशन के लिए {L2} डायल करें, कोड की ज़रूरत नहीं।",
    "कयाक बेस ({town}, लोकल कॉल): {L1}",
    "{town} शहर के अंदर से लाइफ़गार्ड क्लब {L1} पर मिलेगा।",
    "{town} के किसी भी फ़ोन से बीच हट का लोकल नंबर {L1} है, रात में {L2}।",
]
HEADS_IT = ["Contatti in spiaggia", "Numeri in acqua", "Chi chiamare"]
LABELS_IT = ["Comandante", "Base nautica", "Navetta", "Barca di appoggio", "Segreteria gara", "Reception"]
HEADS_NL = ["Contacten aan het water", "Belrooster strand", "Wie bel je"]
LABELS_NL = ["Strandhut", "Schipper", "Verhuur", "Reddingsboot", "Wedstrijdsecretariaat", "Kiosk"]
HEADS_PT = ["Contatos na praia", "Telefones na água", "Para quem ligar"]
LABELS_PT = ["Mestre do barco", "Barraca da praia", "Base náutica", "Transfer", "Salva-vidas", "Recepção"]
HEADS_HI = ["घाट के नंबर", "पानी पर संपर्क", "किसे फ़ोन करें"]
LABELS_HI = ["स्किपर", "फ़िल स्टेशन", "बीच हट", "कयाक बेस", "रेस्क्यू बोट", "क्लब सचिव"]
