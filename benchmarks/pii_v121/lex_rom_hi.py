"""French, Spanish, Italian, Portuguese and Hindi sentences for v121."""

FR = {
    "firewood": {
        "t": ["Livraison de bois de chauffage", "Votre commande de bûches", "Bois sec : date de livraison"],
        "p": [
            "Les {X:stacked} de chêne seront déchargés samedi ; le chauffeur {NM} appellera depuis le {M}.",
            "Absent ce jour-là ? Indiquez-nous au {P} où déposer le bois.",
            "Réglé par carte {C}, merci. La facture part de {E}.",
            "Pour un abonnement hivernal, notre bureau répond au {O}.",
        ],
        "n": [
            "Bûches de 33 cm, humidité mesurée {X:moisture}.",
            "Retrait au dépôt du lundi au vendredi, {X:hours}.",
        ],
    },
    "auction": {
        "t": ["Vente de bois sur pied : résultats", "Catalogue des lots", "Adjudication de bois façonnés"],
        "p": [
            "Visite des lots sur rendez-vous avec le technicien {NM}, portable {M}.",
            "Les offres sont reçues jusqu'à vendredi midi à {E} ; le secrétariat répond au {P}.",
            "L'acompte de 10 % est à virer sur {I} sous cinq jours.",
        ],
        "n": [
            "Lot {X:lot} : meilleure offre {X:bid} pour {X:volume} de hêtre.",
            "Parcelle {X:parcel}, coupe {X:compartment}, surface {X:hectares}.",
            "Grume {X:log_no}, longueur {X:log_length}, diamètre médian {X:dbh}.",
        ],
    },
    "logging": {
        "t": ["Devis d'exploitation forestière", "Fiche de chantier", "Chantier d'éclaircie"],
        "p": [
            "Le conducteur d'abatteuse, {NM}, commence lundi ; son portable : {M}.",
            "Pour accepter le devis, écrivez à {E} ou appelez le {P}.",
            "Le règlement des travaux se fait sur {I}.",
        ],
        "n": [
            "Point de rendez-vous des secours : {X:gps}.",
            "Tronçonneuses : {X:chain}.",
            "Volume prévu : {X:volume}, billons de {X:log_length}.",
        ],
    },
}

ES = {
    "sawmill": {
        "t": ["Aserradero: confirmación de pedido", "Lista de corte", "Madera aserrada: recogida"],
        "p": [
            "Sus vigas de pino están listas; {NM}, en la oficina del patio, atiende en el {P}.",
            "Si la humedad supera el {X:moisture}, llame al clasificador al {M}.",
            "El anticipo se cargó a la tarjeta {C}; el resto, por transferencia a {I}.",
            "Envíe la lista corregida a {E}.",
        ],
        "n": [
            "Escuadrías del pedido: {X:sawn}.",
            "Entrada de trozas hoy: {X:volume} de pino, largos de {X:log_length}.",
        ],
    },
    "pellets": {
        "t": ["Entrega de pellets", "Su pedido de pellet a granel", "Albarán de pellets"],
        "p": [
            "La cisterna llega entre las 8 y las 10; conductor: {M}.",
            "Su silo mide {X:silo}; cambios al {P}.",
            "Los sacos ({X:bags}) se pagaron con {C}. Consultas: {E}.",
            "Pedidos urgentes en el {O}.",
        ],
        "n": [
            "Poder calorífico {X:calorific}, cenizas {X:ash}.",
            "Ticket de báscula {X:weigh_ticket}: {X:net_weight} netos.",
        ],
    },
    "logging": {
        "t": ["Presupuesto de aprovechamiento", "Parte de obra forestal", "Claras: instrucciones"],
        "p": [
            "El maquinista {NM} empieza el lunes; su móvil es el {M}.",
            "Acepte el presupuesto por correo a {E} o llamando al {P}.",
            "El pago de la obra se hace a {I}.",
        ],
        "n": [
            "Coordenadas del cargadero: {X:gps}.",
            "Rodal {X:compartment}, superficie {X:hectares}.",
        ],
    },
}

IT = {
    "firewood": {
        "t": ["Consegna legna da ardere", "Il suo ordine di legna", "Legna stagionata: consegna"],
        "p": [
            "I {X:stacked} di faggio arrivano sabato; l'autista {NM} chiama prima dal {M}.",
            "Se non è in casa, ci dica al {P} dove scaricare.",
            "Pagato con carta {C}; la fattura arriva da {E}.",
        ],
        "n": [
            "Pezzi da 33 cm, umidità misurata {X:moisture}.",
            "Ritiro in piazzale dal lunedì al venerdì, {X:hours}.",
        ],
    },
    "pellets": {
        "t": ["Consegna pellet", "Il suo ordine di pellet sfuso", "Bolla di consegna pellet"],
        "p": [
            "L'autobotte arriva tra le 8 e le 10; autista: {M}.",
            "Il suo locale misura {X:silo}; variazioni al {P}.",
            "Addebito sul conto {I}; domande a {E}.",
            "Ordini urgenti al numero verde {O}.",
        ],
        "n": [
            "Potere calorifico {X:calorific}, ceneri {X:ash}.",
            "Un bancale contiene {X:bags}.",
        ],
    },
    "auction": {
        "t": ["Asta del legname: esiti", "Elenco lotti", "Vendita di legname in piedi"],
        "p": [
            "Sopralluogo dei lotti su appuntamento con {NM}, cellulare {M}.",
            "Offerte entro venerdì a {E}; la segreteria risponde allo {P}.",
            "Il deposito cauzionale va versato su {I}.",
        ],
        "n": [
            "Lotto {X:lot}: offerta migliore {X:bid} per {X:volume} di abete.",
            "Particella {X:parcel}, superficie {X:hectares}.",
        ],
    },
}

PT = {
    "sawmill": {
        "t": ["Serraria: confirmação do pedido", "Lista de corte", "Madeira serrada: retirada"],
        "p": [
            "Suas vigas de eucalipto estão prontas; {NM}, no escritório do pátio, atende no {P}.",
            "Se a umidade passar de {X:moisture}, ligue para o classificador no {M}.",
            "O sinal foi pago no cartão {C}. Dúvidas: {E}.",
        ],
        "n": [
            "Bitolas do pedido: {X:sawn}.",
            "Entrada de toras hoje: {X:volume} de pinus.",
        ],
    },
    "firewood": {
        "t": ["Entrega de lenha", "Seu pedido de lenha", "Lenha seca: data de entrega"],
        "p": [
            "A lenha de eucalipto chega no sábado; o motorista {NM} liga antes do {M}.",
            "Não vai estar em casa? Avise pelo {P} onde descarregar.",
            "Pedidos para restaurantes e pizzarias: {O}.",
        ],
        "n": [
            "Umidade medida: {X:moisture}.",
            "Retirada no depósito de segunda a sexta, {X:hours}.",
        ],
    },
    "logging": {
        "t": ["Orçamento de colheita florestal", "Ficha de serviço", "Desbaste: orientações"],
        "p": [
            "O operador do harvester, {NM}, começa na segunda; celular {M}.",
            "Para aceitar o orçamento, escreva para {E} ou ligue {P}.",
            "O sistema de telemetria do forwarder envia para {IP}.",
        ],
        "n": [
            "Coordenadas do pátio de toras: {X:gps}.",
            "Talhão {X:compartment}, área {X:hectares}.",
        ],
    },
    "nursery": {
        "t": ["Viveiro: confirmação do pedido", "Mudas prontas para retirada", "Seu pedido de mudas"],
        "p": [
            "Suas {X:plants} mudas de araucária estão prontas; agende a retirada pelo {P}.",
            "O técnico {NM} acompanha o plantio; WhatsApp {M}.",
            "Reclamações sobre mudas mortas para {E}.",
        ],
        "n": [
            "Espaçamento para {X:stems}: {X:plants} mudas neste talhão.",
            "Idade das mudas {X:age} dias.",
        ],
    },
}

LOCAL_PT = [
    "Mora em {T}? Ligue direto para o pátio no {L1}, sem DDD.",
    "Clientes de {T}: lenha {L1}, serraria {L2} (ligação local).",
    "O viveiro de {T} atende de telefone fixo da cidade no {L1}.",
    "De dentro de {T}, o depósito de pellets é só discar {L1}.",
]

HI = {
    "sawmill": {
        "t": ["आरा मिल: ऑर्डर की पुष्टि", "कटिंग लिस्ट", "लकड़ी उठाने की सूचना"],
        "p": [
            "आपके सागौन के तख़्ते तैयार हैं; यार्ड ऑफ़िस में {NM} से {P} पर बात करें।",
            "नमी {X:moisture} से ज़्यादा हो तो ग्रेडर को {M} पर फ़ोन करें।",
            "अग्रिम राशि कार्ड {C} से ली गई; बाक़ी की रसीद {E} से आएगी।",
        ],
        "n": [
            "आज {X:volume} साल की लकड़ी आई, लंबाई {X:log_length}।",
            "ऑर्डर के साइज़: {X:sawn}।",
        ],
    },
    "firewood": {
        "t": ["जलाऊ लकड़ी की डिलीवरी", "आपका लकड़ी का ऑर्डर", "सूखी लकड़ी: डिलीवरी"],
        "p": [
            "लकड़ी शनिवार सुबह उतारी जाएगी; ड्राइवर {NM} पहले {M} से फ़ोन करेगा।",
            "घर पर न हों तो {P} पर बताइए कि लकड़ी कहाँ रखनी है।",
            "होटल और ढाबों के थोक ऑर्डर: {O}।",
        ],
        "n": [
            "नमी {X:moisture} मापी गई।",
            "डिपो से ख़ुद उठाने का समय {X:hours}।",
        ],
    },
    "nursery": {
        "t": ["नर्सरी: ऑर्डर की पुष्टि", "पौधे तैयार हैं", "आपके पौधों का ऑर्डर"],
        "p": [
            "आपके {X:plants} नीम और शीशम के पौधे तैयार हैं; उठाने का समय {P} पर तय करें।",
            "पौधारोपण टीम के प्रमुख {NM} का मोबाइल {M} है।",
            "सूखे पौधों की शिकायत {E} पर भेजें।",
        ],
        "n": [
            "{X:stems} की दूरी पर इस खेत में {X:plants} पौधे लगेंगे।",
            "पौधों की उम्र {X:age} दिन।",
        ],
    },
}

LOCAL_HI = [
    "{T} के लैंडलाइन से लकड़ी डिपो का नंबर सीधे {L1} है।",
    "{T} शहर में बिना STD कोड: आरा मिल {L1}, नर्सरी {L2}।",
    "{T} के ग्राहक पेलेट डिपो को {L1} पर लोकल कॉल करें।",
]
