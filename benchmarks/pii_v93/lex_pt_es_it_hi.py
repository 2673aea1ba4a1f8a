"""Portuguese, Spanish, Italian and Hindi sentences."""

PT = {
    "quote": {
        "title": ["Orçamento da sua mudança", "Proposta após vistoria"],
        "pos": [
            "Obrigado por nos receber na vistoria. Dúvidas sobre o orçamento: ligue para o consultor no {P}.",
            "Para reservar a data, o sinal pode ser pago por transferência para {B}.",
            "Envie o orçamento assinado para {R}; a cópia seguiu para {E}.",
            "O encarregado responde mais rápido pelo WhatsApp: {M}.",
        ],
        "neg": [
            "Volume estimado {volume_m3}, cerca de {weight}, três carregadores a {rate}.",
            "Indique sempre a referência {quote_ref}.",
            "O guarda-roupa mede {dims}.",
        ],
    },
    "storage": {
        "title": ["Contrato de guarda-volumes", "O seu box de armazenagem"],
        "pos": [
            "A receção do centro atende no {P} em horário comercial.",
            "A mensalidade é cobrada no cartão {C}.",
            "Se o portão travar, ligue para o zelador: {M}.",
            "O seu portal foi acedido a partir de {V4}; dúvidas para {R}.",
        ],
        "neg": [
            "Box {unit}, {area_m2}, climatizado a {climate}.",
            "Código do portão este mês: {gatecode}.",
            "Acesso diário {access}.",
        ],
    },
    "shipping": {
        "title": ["Mudança internacional: embarque", "Reserva de contentor"],
        "pos": [
            "O nosso agente no destino trata do desembaraço aduaneiro; contacto {I}.",
            "Envie a cópia do passaporte e a lista de bens para {R}.",
            "O saldo do frete pode ser pago para {B}.",
        ],
        "neg": [
            "Contentor {container}, selo {seal}, conhecimento de embarque {bol}.",
            "Viagem {voyage}, de {locode} para {locode2}.",
            "Peso bruto {weight}, engradado {crate}.",
        ],
    },
    "moveday": {
        "title": ["Plano do dia da mudança", "Escala da equipa"],
        "pos": [
            "Chefe de equipa: Rui, {M}. Se não atender, central {P}.",
            "O elevador do prédio novo é reservado com a administração: {E}.",
            "Se o caminhão atrasar, a logística liga de {P}.",
        ],
        "neg": [
            "Chegada {window}; caixas marcadas por cômodo ({roombox}).",
            "Peso total estimado {weight}.",
            "Caixa {inventory} do inventário, engradado {crate}.",
        ],
    },
}

PT_LOCAL = [
    "Quem liga de um fixo de {town} fala com o depósito pelo {L1}.",
    "Guarda-móveis {town} – ligação local: {L1}; portaria: {L2}.",
    "Em {town}, basta discar {L1} para remarcar a mudança, sem DDD.",
    "“É só ligar no {L1}, é o nosso escritório aqui em {town}”, disse o encarregado.",
    "Telefone local da filial {town}:\n{L1}",
    "Obs.: clientes de {town} podem usar o {L1} a partir de telefone fixo da cidade.",
]

ES = {
    "quote": {
        "title": ["Presupuesto de mudanza", "Su presupuesto tras la visita"],
        "pos": [
            "Gracias por recibirnos. Cualquier duda sobre el presupuesto, llame al {P}.",
            "Para reservar la fecha, ingrese la señal en {B}.",
            "Devuelva el presupuesto firmado a {R}; le enviamos copia a {E}.",
            "El jefe de equipo contesta antes por WhatsApp: {M}.",
        ],
        "neg": [
            "Volumen estimado {volume_m3}, unos {weight}, tres operarios a {rate}.",
            "Indique siempre la referencia {quote_ref}.",
            "El aparador mide {dims}.",
        ],
    },
    "storage": {
        "title": ["Contrato de trastero", "Su trastero: datos de acceso"],
        "pos": [
            "La recepción atiende en el {P} en horario de oficina.",
            "La cuota mensual se carga a la tarjeta {C}.",
            "Si salta la alarma, llame al encargado: {M}.",
        ],
        "neg": [
            "Trastero {unit}, {area_m2}, a {climate}.",
            "Código de la puerta este mes: {gatecode}.",
            "Acceso diario {access}.",
        ],
    },
    "packing": {
        "title": ["Pedido de material de embalaje", "Su pedido de cajas"],
        "pos": [
            "¿Dudas con la entrega? El almacén atiende en el {P}.",
            "Cobrado en la tarjeta {C}; facturas a {R}.",
            "Descuentos para empresas de mudanzas: llame gratis al {O}.",
        ],
        "neg": [
            "20 × {sku}, cinta {tape}, dos rollos de plástico de burbujas.",
            "Cajas de armario: {dims}.",
            "Seguimiento: {tracking}.",
        ],
    },
}

IT = {
    "quote": {
        "title": ["Preventivo trasloco", "Il suo preventivo dopo il sopralluogo"],
        "pos": [
            "Grazie per il sopralluogo. Per domande sul preventivo chiami il {P}.",
            "Per bloccare la data, versi l'acconto su {B}.",
            "Rimandi il preventivo firmato a {R}; copia inviata a {E}.",
            "Il caposquadra risponde prima su WhatsApp: {M}.",
        ],
        "neg": [
            "Volume stimato {volume_m3}, circa {weight}, tre facchini a {rate}.",
            "Citi sempre il riferimento {quote_ref}.",
            "La credenza misura {dims}.",
        ],
    },
    "storage": {
        "title": ["Contratto box deposito", "Il suo magazzino self-storage"],
        "pos": [
            "La reception risponde al {P} in orario d'ufficio.",
            "Il canone mensile è addebitato sulla carta {C}.",
            "Se il cancello si blocca, chiami il custode: {M}.",
        ],
        "neg": [
            "Box {unit}, {area_m2}, climatizzato a {climate}.",
            "Codice cancello di questo mese: {gatecode}.",
            "Accesso tutti i giorni {access}.",
        ],
    },
    "shipping": {
        "title": ["Trasloco internazionale: spedizione", "Prenotazione container"],
        "pos": [
            "Il nostro corrispondente a destinazione segue lo sdoganamento; contatto {I}.",
            "Invii copia del passaporto e l'inventario a {R}.",
            "Il saldo del nolo va versato su {B}.",
        ],
        "neg": [
            "Container {container}, sigillo {seal}, polizza di carico {bol}.",
            "Viaggio {voyage}, da {locode} a {locode2}.",
            "Peso lordo {weight}, cassa {crate}.",
        ],
    },
}

HI = {
    "quote": {
        "title": ["आपकी शिफ्टिंग का कोटेशन", "सर्वे के बाद अनुमान"],
        "pos": [
            "सर्वे के लिए धन्यवाद। कोटेशन पर कोई सवाल हो तो {P} पर कॉल करें।",
            "तारीख पक्की करने के लिए एडवांस {C} वाले कार्ड से लिया गया है।",
            "साइन किया हुआ कोटेशन {R} पर भेजें; कॉपी {E} पर गई है।",
            "सुपरवाइज़र व्हाट्सऐप पर जल्दी जवाब देते हैं: {M}",
        ],
        "neg": [
            "अनुमानित सामान {volume_m3}, लगभग {weight}।",
            "हर बातचीत में रेफ़रेंस {quote_ref} लिखें।",
            "अलमारी का नाप {dims} है।",
        ],
    },
    "storage": {
        "title": ["गोदाम स्टोरेज अनुबंध", "आपका स्टोरेज यूनिट"],
        "pos": [
            "ऑफ़िस समय में रिसेप्शन {P} पर उपलब्ध है।",
            "गेट खराब हो तो चौकीदार को {M} पर फ़ोन करें।",
            "मासिक किराया कार्ड {C} से कटेगा।",
        ],
        "neg": [
            "यूनिट {unit}, आकार {unitsize}।",
            "इस महीने का गेट कोड: {gatecode}",
            "रोज़ाना प्रवेश {access}।",
        ],
    },
    "moveday": {
        "title": ["शिफ्टिंग के दिन की योजना", "टीम शेड्यूल"],
        "pos": [
            "टीम लीडर: रमेश, {M}। जवाब न मिले तो ऑफ़िस {P}।",
            "ट्रक देर से आए तो डिस्पैच {P} से कॉल करेगा।",
            "टोल-फ़्री हेल्पलाइन: {O}",
        ],
        "neg": [
            "पहुँचने का समय {window}; डिब्बों पर कमरे के कोड ({roombox})।",
            "कुल वज़न लगभग {weight}।",
            "सामान सूची में आइटम {inventory}।",
        ],
    },
}

HI_LOCAL = [
    "{town} के किसी भी लैंडलाइन से गोदाम के लिए सीधे {L1} मिलाइए।",
    "{town} शाखा (लोकल): {L1}; पैकिंग टीम: {L2}",
    "{town} शहर के ग्राहक {L1} पर कॉल करके शिफ्टिंग की तारीख बदल सकते हैं, STD कोड की ज़रूरत नहीं।",
    "सुपरवाइज़र ने कहा, “बस {L1} मिलाइए, यह {town} ऑफ़िस का नंबर है।”",
    "{town} गोदाम का लोकल नंबर:\n{L1}",
]

LISTS = {
    "pt": (
        ["Contatos do dia da mudança", "Telefones da equipa"],
        ["Chefe de equipa", "Logística", "Guarda-móveis", "Embalagem", "Motorista"],
    ),
    "es": (
        ["Contactos de la mudanza", "Teléfonos del equipo"],
        ["Jefe de equipo", "Planificación", "Trasteros", "Embalaje", "Conductor"],
    ),
    "it": (
        ["Contatti trasloco", "Numeri della squadra"],
        ["Caposquadra", "Pianificazione", "Deposito", "Imballaggio", "Autista"],
    ),
    "hi": (["शिफ्टिंग संपर्क", "टीम के नंबर"], ["टीम लीडर", "डिस्पैच", "गोदाम", "पैकिंग", "ड्राइवर"]),
}

FILLER = {
    "pt": ["Separe os objetos frágeis, por favor.", "Com os melhores cumprimentos,\nEquipa de mudanças"],
    "es": ["Aparte los objetos frágiles, por favor.", "Un saludo,\nEl equipo de mudanzas"],
    "it": ["Metta da parte gli oggetti fragili, per favore.", "Cordiali saluti,\nIl team traslochi"],
    "hi": ["कृपया नाज़ुक सामान अलग रखें।", "धन्यवाद,\nशिफ्टिंग टीम"],
}
