"""Spanish, Italian, Portuguese and Hindi sentences: excavaciones, scavi, escavações, उत्खनन."""

ES = {
    "titles": {
        "dig": ["Diario de excavación", "Excavación: indicaciones para voluntarios"],
        "consult": ["Presupuesto: control arqueológico", "Seguimiento de obra"],
        "fieldwalk": ["Prospección superficial el domingo"],
        "lab": ["Envío de muestras al laboratorio"],
    },
    "pos": {
        "dig": [
            "Si llegas tarde a la reunión de las 8, avisa al director de sector en el {P}.",
            "Llaves de la caseta y herramientas: {name}, {P}.",
        ],
        "consult": [
            "Su interlocutor para el control de obra es {name}, teléfono directo {P}.",
            "La Consejería exige sondeos previos; para concretarlo, llámenos al {P}.",
        ],
        "fieldwalk": ["Quedamos junto a la ermita; si os perdéis, llamad al {P}."],
        "lab": ["Las muestras deben llegar secas; incidencias con el mensajero en el {P}."],
    },
    "neg": {
        "dig": [
            "La UE {n:context} es una fosa posterior; fotos {n:photos}.",
            "Muestra {n:sample}: sedimento pardo oscuro ({n:munsell}).",
        ],
        "consult": ["El solar está a 300 m de un yacimiento catalogado; la geofísica muestra {n:geophys}."],
        "fieldwalk": ["Cuadrículas de 20 m desde {n:latlon}; se recogieron {n:sherds}."],
        "lab": ["La datación dio {n:c14} ({n:labcode}), calibrada {n:calrange}."],
    },
    "heads": ["Contactos de la excavación"],
    "labels": ["Dirección", "Materiales", "Caseta", "Laboratorio"],
    "E": ["Mandad las fotos de materiales a {E}."],
    "C": ["El curso de excavación se cobró en la tarjeta {C}."],
    "I": ["Abone la factura en la cuenta {I}."],
    "IP": ["La cámara de obra emite desde {IP}."],
}

IT = {
    "titles": {
        "dig": ["Diario di scavo", "Scavo: indicazioni per i volontari"],
        "consult": ["Preventivo: assistenza archeologica", "Sorveglianza ai lavori"],
        "fieldwalk": ["Ricognizione di superficie domenica"],
        "lab": ["Invio campioni al laboratorio"],
    },
    "pos": {
        "dig": [
            "Chi arriva tardi al briefing delle 8 avvisi il responsabile di settore al {P}.",
            "Chiavi del container e attrezzi: {name}, {P}.",
        ],
        "consult": [
            "Il vostro referente per la sorveglianza è {name}, numero diretto {P}.",
            "La Soprintendenza chiede saggi preventivi; per parlarne chiamateci al {P}.",
        ],
        "fieldwalk": ["Ci troviamo vicino alla cappella; chi si perde chiami il {P}."],
        "lab": ["I campioni devono arrivare asciutti; problemi con il corriere: {P}."],
    },
    "neg": {
        "dig": [
            "L'US {n:context} è una fossa più tarda; quota del fondo {n:elevation}.",
            "Campione {n:sample}: terreno bruno scuro ({n:munsell}).",
        ],
        "consult": ["L'area dista 300 m da un sito vincolato; la geofisica mostra {n:geophys}."],
        "fieldwalk": ["Quadrati di 20 m da {n:latlon}; raccolti {n:sherds}."],
        "lab": ["La datazione ha dato {n:c14} ({n:labcode}), calibrata {n:calrange}."],
    },
    "heads": ["Contatti dello scavo"],
    "labels": ["Direzione", "Reperti", "Container", "Laboratorio"],
    "E": ["Inviate le foto dei reperti a {E}."],
    "C": ["La quota del campo scuola è stata addebitata sulla carta {C}."],
    "I": ["Si prega di saldare la fattura sull'IBAN {I}."],
    "IP": ["La webcam del cantiere trasmette da {IP}."],
}

PT = {
    "titles": {
        "dig": ["Diário de escavação", "Escavação: orientações para voluntários"],
        "consult": ["Proposta: acompanhamento arqueológico", "Licenciamento: próximos passos"],
        "fieldwalk": ["Prospecção de superfície no domingo"],
        "lab": ["Envio de amostras ao laboratório"],
    },
    "pos": {
        "dig": [
            "Quem chegar atrasado à reunião das 8h avise o responsável do setor no {P}.",
            "Chaves do contentor e ferramentas: {name}, {P}.",
        ],
        "consult": [
            "O seu contacto para o acompanhamento é {name}, telefone direto {P}.",
            "O órgão de patrimônio pede sondagens prévias; para combinar, ligue {P}.",
        ],
        "fieldwalk": ["Encontro junto à capela; quem se perder liga para {P}."],
        "lab": ["As amostras devem chegar secas; problemas com a transportadora: {P}."],
    },
    "neg": {
        "dig": [
            "A UE {n:context} é uma fossa mais recente; fotos {n:photos}.",
            "Amostra {n:sample}: sedimento castanho escuro ({n:munsell}).",
        ],
        "consult": ["A área fica a 300 m de um sítio registado; a geofísica mostra {n:geophys}."],
        "fieldwalk": ["Quadrículas de 20 m a partir de {n:latlon}; recolhidos {n:sherds}."],
        "lab": ["A datação deu {n:c14} ({n:labcode}), calibrada {n:calrange}."],
    },
    "local": [
        "Quem mora em {town} fala com o laboratório de campo pelo {L}, sem DDD.",
        "Do fixo de {town}, a reserva técnica atende no {L}.",
        "Voluntários de {town}: ligação local para o alojamento no {L}.",
        "Em {town} mesmo, o museu atende no {L} e o setor educativo no {L}.",
    ],
    "heads": ["Contatos da escavação"],
    "labels": ["Coordenação", "Material", "Contentor", "Laboratório"],
    "E": ["Enviem as fotos do material para {E}."],
    "C": ["A inscrição no curso de campo foi paga com o cartão {C}."],
    "I": ["Pague a fatura para o IBAN {I}."],
    "IP": ["A câmara da obra transmite a partir de {IP}."],
}

HI = {
    "titles": {
        "dig": ["उत्खनन डायरी", "उत्खनन: स्वयंसेवकों के लिए सूचना"],
        "consult": ["पुरातात्विक सर्वेक्षण: अनुमान", "निर्माण स्थल निगरानी"],
        "fieldwalk": ["रविवार को सतह सर्वेक्षण"],
        "lab": ["प्रयोगशाला को नमूने भेजना"],
    },
    "pos": {
        "dig": [
            "सुबह 8 बजे की बैठक में देर हो तो ट्रेंच प्रभारी को {P} पर बताएं।",
            "औज़ार और स्टोर की चाबी के लिए {name} से {P} पर संपर्क करें।",
        ],
        "consult": [
            "निगरानी कार्य के लिए आपके संपर्क {name} हैं, सीधा नंबर {P}।",
            "विभाग ने पहले परीक्षण खाइयाँ माँगी हैं; बात करने के लिए {P} पर कॉल करें।",
        ],
        "fieldwalk": ["हम मंदिर के पास मिलेंगे; रास्ता न मिले तो {P} पर फ़ोन करें।"],
        "lab": ["नमूने सूखे पहुँचने चाहिए; कूरियर की समस्या के लिए {P}।"],
    },
    "neg": {
        "dig": [
            "संदर्भ {n:context} एक बाद का गड्ढा है; तस्वीरें {n:photos}।",
            "नमूना {n:sample}: गहरी भूरी मिट्टी ({n:munsell})।",
        ],
        "consult": ["स्थल एक संरक्षित टीले से 300 मीटर दूर है; भूभौतिकी में {n:geophys} दिखे।"],
        "fieldwalk": ["20 मीटर के वर्ग {n:latlon} से शुरू; {n:sherds} मिले।"],
        "lab": ["तिथि {n:c14} ({n:labcode}) आई, अंशांकित {n:calrange}।"],
    },
    "local": [
        "{town} शहर के लैंडलाइन से कैंप कार्यालय का नंबर सीधे {L} है।",
        "{town} में रहने वाले स्वयंसेवक बिना कोड के {L} डायल करें।",
        "संग्रहालय ({town}, लोकल कॉल): {L}, भंडार कक्ष {L}।",
    ],
    "heads": ["उत्खनन संपर्क"],
    "labels": ["निदेशक", "पुरावशेष", "कैंप", "प्रयोगशाला"],
    "E": ["पुरावशेषों की तस्वीरें {E} पर भेजें।"],
    "C": ["प्रशिक्षण शिविर का शुल्क कार्ड {C} से लिया गया।"],
    "I": [],
    "IP": ["साइट कैमरा {IP} से प्रसारित होता है।"],
}
