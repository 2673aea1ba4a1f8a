"""Dutch, Portuguese and Hindi text: railway genres (slots as in lex_en)."""

NL = {
    "heritage": {
        "titles": ["Museumstoomtram – instructies voor vrijwilligers", "Stoomdagen: praktische info"],
        "pos": [
            "Groepsreserveringen lopen via {name}, bereikbaar op {ph} (di–do).",
            "Te laat? Bel de machinist op zijn mobiel: {mob}.",
            "Cadeaubonnen bestelt u via {em}; de aanbetaling gaat naar {iban}.",
        ],
        "neg": [
            "Locomotief {n:evn_loco} rijdt de eerste twee ritten.",
            "Vertrektijden vanaf het eindpunt: {n:departures}.",
            "Het rijtuigenpark stamt uit {n:build_years}; samenstelling {n:coach_count}.",
        ],
    },
    "notice": {
        "titles": ["Reizigersinformatie", "Mededeling op het station", "Lift buiten gebruik"],
        "pos": [
            "Reist u met een rolstoel? Meld uw reis een uur vooraf bij de reisassistentie: {tf}.",
            "Gevonden voorwerpen: mail {em} of bel {ph}.",
            "Klachten over de noodbrug: stationsmanager {name}, {ph}.",
        ],
        "neg": [
            "Treinen naar de kust vertrekken vandaag van spoor {n:platform}.",
            "Uw gereserveerde plaats ({n:seat}) blijft geldig.",
            "De reistijd wordt {n:duration} langer; ritprijs {n:fare}.",
        ],
    },
    "replacement": {
        "titles": ["Bussen in plaats van treinen", "Treinvervangend vervoer dit weekend"],
        "pos": [
            "De busmaatschappij heeft 's nachts een meldkamer op {ph}.",
            "Buscoördinator ter plaatse: {name}, mobiel {mob}.",
        ],
        "neg": [
            "De bussen vertrekken van halte {n:bus_stand}.",
            "Werkzaamheden {n:works_window}; reken op {n:duration} extra.",
        ],
    },
    "trackwork": {
        "titles": ["Buitendienststelling – briefing ploeg", "Spoorvernieuwing: nachtploeg"],
        "pos": [
            "De leider werkplek is {name}, de hele dienst bereikbaar op {mob}.",
            "Valt de stopmachine uit, bel dan meteen de werkplaats: {ph}.",
        ],
        "neg": [
            "Buitendienststelling {n:possession} tussen {n:km_post} en het viaduct.",
            "Spoorstaaftemperatuur {n:rail_temp}; snelheidsbeperking {n:speed_restriction}.",
            "Wissel {n:points} is na het ballasten geklemd.",
        ],
    },
    "modelclub": {
        "titles": ["Clubblad modelspoorvereniging", "Beurs: lijst van baanmodules"],
        "pos": [
            "Standhuur graag overmaken op {iban}; vragen aan penningmeester {name}, {pe}.",
            "De beursleider is tot de avond ervoor bereikbaar op {ph}.",
        ],
        "neg": [
            "De nieuwe baan in {n:scale} rijdt op {n:gauge}; locadres {n:dcc}.",
            "Lidnummer {n:member_no} wint de bouwdoos {n:part_no}.",
        ],
    },
}
NL_LOCAL = [
    "Belt u vanuit {town}? Dan is het loket gewoon {L}.",
    "Binnen {town} bereikt u de remise op {L} en het clubhuis op {L2} – zonder netnummer.",
    "Lokaal gesprek in {town}: bussencoördinatie {L}.",
    "Woont u in {town}, dan draait u voor het seinhuismuseum alleen {L}.",
    '"Gewoon {L} bellen, je zit toch in {town}," zei de dienstleider.',
    "Omwonenden in {town} met vragen over het nachtwerk kunnen {L} bellen (lokaal tarief).",
    "Het emplacement {town} is plaatselijk te bereiken op {L}; de poort op {L2}.",
]
NL_LOCAL_LINES = ["Lokaal nummer {town} (zonder netnummer):\n{L}"]
NL_LIST = (
    ["Telefoonlijst", "Wie bel je?"],
    ["Loket", "Remise", "Meldkamer", "Storingsdienst", "Penningmeester", "Poort", "Stationsmanager"],
)

PT = {
    "heritage": {
        "titles": ["Trem turístico – orientações aos voluntários", "Passeio de maria-fumaça"],
        "pos": [
            "Reservas de grupos com {name}, pelo {ph}, de terça a quinta.",
            "Atrasado? Avise o maquinista no celular: {mob}.",
            "Vales-presente pelo e-mail {em} ou pelo {tf}.",
        ],
        "neg": [
            "A locomotiva {n:tops_loco} faz as duas primeiras viagens.",
            "Partidas da estação do alto: {n:departures}.",
            "A linha, em bitola de {n:gauge}, sobe até o {n:km_post}.",
        ],
    },
    "notice": {
        "titles": ["Aviso aos passageiros", "Informação da estação"],
        "pos": [
            "Passageiros com mobilidade reduzida pedem assistência pelo {tf} com um dia de antecedência.",
            "Achados e perdidos: escreva para {em} ou ligue {ph}.",
            "Reclamações sobre a passarela provisória: chefe da estação {name}, {ph}.",
        ],
        "neg": [
            "Os trens para o litoral saem hoje da plataforma {n:platform}.",
            "O seu lugar reservado ({n:seat}) continua válido.",
            "A viagem fica {n:duration} mais longa; tarifa {n:fare}.",
        ],
    },
    "replacement": {
        "titles": ["Ônibus substituem os trens", "Serviço rodoviário alternativo"],
        "pos": [
            "A empresa de ônibus tem plantão noturno no {ph}.",
            "Coordenador no ponto: {name}, celular {mob}.",
        ],
        "neg": [
            "Os ônibus saem da baia {n:bus_stand}.",
            "Obras {n:works_window}; conte com {n:duration} a mais.",
        ],
    },
    "freight": {
        "titles": ["Pátio de cargas: instruções às transportadoras", "Aviso de vagão avariado"],
        "pos": [
            "Agendamento de retirada de contêineres pelo {ph} ou por {em}.",
            "Encarregado do pátio esta noite: {name}, celular {mob}.",
            "Taxas de estadia depositadas em {iban}.",
        ],
        "neg": [
            "O vagão {n:uic_wagon} ficou retido por calo na roda; carga {n:load_capacity}.",
            "Contêiner {n:container}, conhecimento {n:consignment}.",
            "Trem de {n:trailing_load}, {n:axles} vagões/eixos.",
        ],
    },
    "modelclub": {
        "titles": ["Boletim do clube de ferromodelismo"],
        "pos": [
            "Aluguel de mesa na exposição com o tesoureiro {name}, {pe}; dúvidas no {mob}.",
            "A central digital do clube agora responde em {ipp}.",
        ],
        "neg": [
            "A nova maquete em {n:scale} usa trilho de {n:gauge}; endereço DCC {n:dcc}.",
            "Sócio número {n:member_no} ganhou o kit {n:part_no}.",
        ],
    },
}
PT_LOCAL = [
    "Ligando de {town} mesmo? A bilheteria atende no {L}, sem o DDD.",
    "Para quem está em {town}: oficina de locomotivas {L}, sede do clube {L2}.",
    "De fixo de {town}, basta discar {L} para o ponto dos ônibus substitutos.",
    '"Liga no {L}, você está em {town}," disse o chefe do pátio.',
    "Telefone local do pátio de {town}: {L} (portaria {L2}).",
    "Moradores de {town} incomodados com as obras noturnas podem ligar {L} (chamada local).",
    "Em {town}, o museu ferroviário atende no {L}.",
]
PT_LOCAL_LINES = ["Telefone local ({town}, sem DDD):\n{L}"]
PT_LIST = (
    ["Telefones do dia", "Para quem ligar"],
    ["Bilheteria", "Oficina", "Controle dos ônibus", "Pátio", "Tesoureiro", "Portaria"],
)

HI = {
    "heritage": {
        "titles": ["हेरिटेज टॉय ट्रेन – स्वयंसेवकों के लिए सूचना", "भाप इंजन सप्ताहांत"],
        "pos": [
            "समूह बुकिंग के लिए {name} से {ph} पर संपर्क करें (मंगल से गुरु)।",
            "देर हो रही हो तो लोको पायलट को मोबाइल {mob} पर बता दें।",
            "गिफ्ट वाउचर के लिए {em} पर लिखें या टोल-फ्री {tf} पर कॉल करें।",
        ],
        "neg": [
            "इंजन {n:tops_loco} पहले दो फेरे लगाएगा।",
            "ऊपर वाले स्टेशन से प्रस्थान: {n:departures}।",
            "यह लाइन {n:gauge} गेज की है और {n:km_post} तक चढ़ती है।",
        ],
    },
    "notice": {
        "titles": ["यात्रियों के लिए सूचना", "स्टेशन सूचना"],
        "pos": [
            "व्हीलचेयर सहायता के लिए यात्रा से एक दिन पहले {tf} पर बुक करें।",
            "खोया-पाया सामान: {em} पर लिखें या {ph} पर फ़ोन करें।",
            "अस्थायी फुटओवर ब्रिज की शिकायत स्टेशन मास्टर {name} को {ph} पर करें।",
        ],
        "neg": [
            "तटीय ट्रेनें आज प्लेटफ़ॉर्म {n:platform} से जाएँगी।",
            "आपकी आरक्षित सीट ({n:seat}) मान्य रहेगी।",
            "यात्रा {n:duration} लंबी होगी; किराया {n:fare}।",
        ],
    },
    "trackwork": {
        "titles": ["ट्रैक मरम्मत ब्लॉक – गैंग ब्रीफिंग"],
        "pos": [
            "ब्लॉक के प्रभारी {name} हैं, पूरी शिफ्ट में {mob} पर उपलब्ध।",
            "टैम्पिंग मशीन खराब हो तो तुरंत डिपो फिटर को {ph} पर कॉल करें।",
        ],
        "neg": [
            "ब्लॉक {n:possession} में {n:km_post} से पुल तक डाउन लाइन बंद रहेगी।",
            "रेल तापमान {n:rail_temp}; गति प्रतिबंध {n:speed_restriction} जारी।",
        ],
    },
    "freight": {
        "titles": ["माल गोदाम – ट्रांसपोर्टरों के लिए निर्देश"],
        "pos": [
            "कंटेनर उठाने का स्लॉट {ph} पर या {em} पर ईमेल से बुक करें।",
            "आज रात यार्ड प्रभारी: {name}, मोबाइल {mob}।",
        ],
        "neg": [
            "वैगन {n:uic_wagon} पहिये की खराबी के कारण रोका गया; भार {n:load_capacity}।",
            "कंटेनर {n:container}, रेलवे रसीद {n:consignment}।",
        ],
    },
}
HI_LOCAL = [
    "{town} शहर के लैंडलाइन से टिकट खिड़की का नंबर सिर्फ़ {L} है।",
    "{town} में रहने वाले लोको शेड को {L} और क्लब को {L2} पर कॉल करें, कोड की ज़रूरत नहीं।",
    "लोकल कॉल ({town}): बस समन्वय {L}।",
    '"{town} में हो तो बस {L} मिला लो," स्टेशन मास्टर ने कहा।',
    "{town} यार्ड का लोकल नंबर {L} है; गेट {L2}।",
    "{town} के निवासी रात के काम की शिकायत {L} पर कर सकते हैं (लोकल कॉल)।",
]
HI_LOCAL_LINES = ["{town} लोकल नंबर (बिना STD कोड):\n{L}"]
HI_LIST = (
    ["ज़रूरी फ़ोन नंबर", "किसे कॉल करें"],
    ["टिकट खिड़की", "लोको शेड", "बस नियंत्रण", "स्टेशन मास्टर", "यार्ड गेट", "खोया-पाया"],
)
