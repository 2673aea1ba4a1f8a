"""Spanish, Italian, Dutch, Portuguese and Hindi sentences for v114 (slots as in lex_en)."""

ES = {
    "dealer": {
        "titles": ["Novedades en la tienda de antigüedades", "Lista de existencias"],
        "pos": [
            "El bargueño sigue disponible; para reservarlo llame a {N} al {P}.",
            "Los profesionales pueden escribir a {R} para precios de comerciante.",
            "Nuestro embalador en Lisboa atiende en el {I}.",
            "Visitas al almacén con cita previa, teléfono gratuito {F}.",
        ],
        "neg": [
            "La bandeja lleva contraste {x:fineness} y pesa {x:silver_weight}.",
            "Referencia {x:stock_no}, medidas {x:dimensions}.",
        ],
    },
    "fair": {
        "titles": ["Feria de numismática y filatelia", "Información para expositores"],
        "pos": [
            "Las mesas se reservan con {N}, en el {P} o en {R}.",
            "Los expositores extranjeros avisan la víspera al encargado: {I}.",
            "Durante la feria, la línea {F} atiende desde las siete.",
        ],
        "neg": [
            "Horario {x:session_time}; montaje desde las seis.",
            "Exposición especial: sellos clásicos {x:stamp_cat}.",
        ],
    },
    "auction": {
        "titles": ["Subasta de relojes y platería", "Catálogo de la subasta de otoño"],
        "pos": [
            "Pujas escritas hasta el día anterior a mediodía; teléfono {P}.",
            "Para pujar por teléfono, inscríbase en {R}.",
            "El pago se hace por transferencia a {B} indicando el número de paleta.",
            "La experta, {N}, responde sobre el estado de los lotes en {E}.",
        ],
        "neg": [
            "Comisión del comprador {x:premium} sobre el remate.",
            "Lotes {x:lot_range} sin precio de reserva; estimación {x:estimate}.",
        ],
    },
    "valuer": {
        "titles": ["Cita para tasación", "Su tasación para el seguro"],
        "pos": [
            "{N} pasará el jueves por la mañana; si hay problemas para aparcar, avísenos al {P}.",
            "Puede enviar las facturas antiguas a {E}.",
            "Los honorarios se cargarán a la tarjeta {C} tras enviar el informe.",
        ],
        "neg": [
            "Piedra central de {x:carat}; nuestra referencia es {x:val_ref}.",
        ],
    },
    "restorer": {
        "titles": ["Presupuesto de restauración", "Parte de taller"],
        "pos": [
            "La chapa del escritorio hay que volver a encolarla; {N} se lo explica en el {P}.",
            "Envíe fotos de la grieta a {E} y le daremos un precio aproximado.",
            "Anticipo de un tercio por transferencia a {B}.",
        ],
        "neg": [
            "Marco de {x:frame_size}; decoración {x:pattern_no} en la base.",
        ],
    },
}
ES_HEADS = ["Contactos de la subasta", "Directorio de anticuarios", "Dónde llamar"]
ES_LABELS = ["Recepción", "Pujas", "Envíos", "Tasaciones", "Taller", "Contabilidad"]
ES_NEUTRAL = ["Traiga la pieza bien envuelta, por favor.", "Los lunes la tienda está cerrada."]

IT = {
    "dealer": {
        "titles": ["Novità in negozio", "Antiquario – elenco pezzi disponibili"],
        "pos": [
            "Il comò lombardo è ancora disponibile; per prenotarlo chiamate {N} al {P}.",
            "I commercianti possono scrivere a {R} per i prezzi riservati.",
            "Il nostro imballatore a Nizza risponde al {I}.",
            "Visite al magazzino su appuntamento, numero verde {F}.",
        ],
        "neg": [
            "Il vassoio è punzonato {x:fineness} e pesa {x:silver_weight}.",
            "Codice {x:stock_no}, misure {x:dimensions}.",
        ],
    },
    "fair": {
        "titles": ["Convegno numismatico e filatelico", "Informazioni per gli espositori"],
        "pos": [
            "I tavoli si prenotano con {N}, al {P} oppure a {R}.",
            "Gli espositori dall'estero avvisano il custode la sera prima: {I}.",
            "Il giorno del convegno il numero {F} risponde dalle sette.",
        ],
        "neg": [
            "Orario {x:session_time}; allestimento dalle sei.",
            "Mostra speciale: Antichi Stati {x:stamp_cat}.",
        ],
    },
    "auction": {
        "titles": ["Asta di orologi e argenti", "Catalogo dell'asta d'autunno"],
        "pos": [
            "Offerte scritte fino al giorno prima alle dodici; telefono {P}.",
            "Per le offerte telefoniche registratevi scrivendo a {R}.",
            "Il pagamento avviene con bonifico su {B} indicando il numero di paletta.",
        ],
        "neg": [
            "Diritti d'asta {x:premium} sul prezzo di aggiudicazione.",
            "Lotti {x:lot_range} senza riserva; stima {x:estimate}.",
        ],
    },
    "valuer": {
        "titles": ["Appuntamento per la perizia", "La vostra stima per l'assicurazione"],
        "pos": [
            "{N} passerà giovedì mattina; per il parcheggio avvisateci al {P}.",
            "Potete inviare le vecchie fatture a {E}.",
            "L'onorario sarà addebitato sulla carta {C} dopo l'invio della perizia.",
        ],
        "neg": ["Pietra centrale di {x:carat}; nostro riferimento {x:val_ref}."],
    },
    "restorer": {
        "titles": ["Preventivo di restauro", "Scheda di laboratorio"],
        "pos": [
            "L'impiallacciatura della scrivania va reincollata; {N} vi spiega tutto al {P}.",
            "Mandate le foto della crepa a {E} per una prima stima.",
            "Acconto di un terzo con bonifico su {B}.",
        ],
        "neg": ["Cornice {x:frame_size}; decoro {x:pattern_no} sotto il piede."],
    },
}
IT_HEADS = ["Contatti della casa d'aste", "Elenco antiquari", "Numeri da chiamare"]
IT_LABELS = ["Accoglienza", "Offerte", "Spedizioni", "Perizie", "Laboratorio", "Amministrazione"]
IT_NEUTRAL = ["Portate l'oggetto ben imballato.", "Il lunedì il negozio resta chiuso."]

NL = {
    "dealer": {
        "titles": ["Nieuw binnen in de winkel", "Antiekhandel – voorraadlijst"],
        "pos": [
            "Het kabinet staat er nog; reserveren kan bij {N} op {P}.",
            "Handelaren kunnen mailen naar {R} voor handelsprijzen.",
            "Onze inpakker in Keulen is bereikbaar op {I}.",
            "Bezichtiging van het depot op afspraak, gratis nummer {F}.",
        ],
        "neg": [
            "Het zilver is gekeurd {x:fineness} en weegt {x:silver_weight}.",
            "Voorraadnummer {x:stock_no}, afmetingen {x:dimensions}.",
        ],
    },
    "fair": {
        "titles": ["Munten- en postzegelbeurs", "Informatie voor standhouders"],
        "pos": [
            "Tafels reserveren bij {N}, op {P} of via {R}.",
            "Standhouders uit het buitenland melden zich de avond ervoor bij de beheerder: {I}.",
            "Op de beursdag is {F} vanaf zeven uur bereikbaar.",
            "Het netwerk voor pinapparaten van standhouders draait op {IP}.",
        ],
        "neg": [
            "Openingstijden {x:session_time}; opbouw vanaf zes uur.",
            "Speciale tentoonstelling: klassiek Nederland {x:stamp_cat}.",
        ],
    },
    "auction": {
        "titles": ["Veiling: klokken, zilver en instrumenten", "Catalogus najaarsveiling"],
        "pos": [
            "Schriftelijke biedingen tot de dag ervoor twaalf uur; telefoon {P}.",
            "Telefonisch bieden? Meld u aan via {R}.",
            "Betaling per overboeking op {B} onder vermelding van uw biednummer.",
            "De specialist munten, {N}, beantwoordt vragen over de staat via {E}.",
        ],
        "neg": [
            "Opgeld {x:premium} bovenop de hamerprijs.",
            "Kavels {x:lot_range} zonder limiet; schatting {x:estimate}.",
            "Veiling {x:sale_number}, kijkdagen {x:auction_dates}.",
        ],
    },
    "valuer": {
        "titles": ["Afspraak voor taxatie", "Uw taxatierapport voor de verzekering"],
        "pos": [
            "{N} komt donderdagochtend langs; is parkeren lastig, laat het weten op {P}.",
            "Oude facturen kunt u vooraf mailen naar {E}.",
            "De kosten schrijven we af van kaart {C} nadat het rapport is verstuurd.",
        ],
        "neg": ["Middensteen {x:carat}; ons kenmerk is {x:val_ref}."],
    },
    "restorer": {
        "titles": ["Offerte restauratie", "Werkplaatsbon – staande klok"],
        "pos": [
            "Het fineer van het secretaire moet opnieuw gelijmd worden; {N} legt het uit op {P}.",
            "Stuur foto's van de barst naar {E} voor een eerste prijsindicatie.",
            "Een derde vooraf per overboeking op {B}.",
        ],
        "neg": ["Lijst {x:frame_size} in de sponning; uurwerknummer {x:movement_serial}."],
    },
    "club": {
        "titles": ["Clubblad van de verzamelaarsvereniging", "Nieuwsbrief – ruilavond en bibliotheek"],
        "pos": [
            "Het rondzendboekje ligt deze maand bij {N}; bel {P} als het niet is aangekomen.",
            "Contributie graag overmaken op {B} met uw achternaam.",
        ],
        "neg": [
            "Lezing over de eerste emissie, platen {x:plate_ref}.",
            "Bibliotheekexemplaar ISBN {x:isbn}.",
        ],
    },
}
NL_LOCAL = [
    "Belt u vanuit {T}, dan is {L} genoeg – zonder netnummer.",
    "Binnen {T}: winkel {L}, werkplaats {L2}.",
    "Inwoners van {T} bereiken de taxateur rechtstreeks op {L}.",
    "Vanaf een vaste lijn in {T} kiest u gewoon {L}.",
    "Onze zaak in de binnenstad van {T}, lokaal nummer {L}.",
]
NL_HEADS = ["Contactgegevens veilinghuis", "Handelarenlijst", "Zo bereikt u ons"]
NL_LABELS = ["Balie", "Biedingen", "Verzending", "Taxaties", "Werkplaats", "Administratie"]
NL_NEUTRAL = ["Breng het stuk goed ingepakt mee.", "Op maandag is de winkel gesloten."]

PT = {
    "dealer": {
        "titles": ["Novidades no antiquário", "Lista de peças disponíveis"],
        "pos": [
            "A cômoda de jacarandá ainda está disponível; para reservar, fale com {N} pelo {P}.",
            "Lojistas podem escrever para {R} pedindo a tabela de revenda.",
            "Nosso embalador em Lisboa atende no {I}.",
            "Visitas ao depósito com hora marcada, ligação gratuita {F}.",
        ],
        "neg": [
            "A salva tem contraste {x:fineness} e pesa {x:silver_weight}.",
            "Código {x:stock_no}, medidas {x:dimensions}.",
        ],
    },
    "fair": {
        "titles": ["Feira de numismática e filatelia", "Informações para expositores"],
        "pos": [
            "As mesas são reservadas com {N}, pelo {P} ou pelo {R}.",
            "Expositores do exterior avisam o zelador na véspera: {I}.",
            "No dia da feira, a central {F} atende a partir das sete.",
        ],
        "neg": [
            "Horário {x:session_time}; montagem a partir das seis.",
            "Mostra especial: olhos-de-boi {x:stamp_cat}.",
        ],
    },
    "auction": {
        "titles": ["Leilão de relógios e prataria", "Catálogo do leilão de outono"],
        "pos": [
            "Lances por escrito até a véspera ao meio-dia; telefone {P}.",
            "Para dar lances por telefone, cadastre-se pelo {R}.",
            "O pagamento é feito por transferência para {B}, indicando o número da raquete.",
            "A especialista, {N}, responde sobre o estado dos lotes no {E}.",
        ],
        "neg": [
            "Comissão do comprador {x:premium} sobre o arremate.",
            "Lotes {x:lot_range} sem reserva; estimativa {x:estimate}.",
        ],
    },
    "valuer": {
        "titles": ["Agendamento de avaliação", "Sua avaliação para o seguro"],
        "pos": [
            "{N} passa na quinta de manhã; se for difícil estacionar, avise pelo {P}.",
            "Pode mandar as notas fiscais antigas para {E}.",
            "Os honorários serão cobrados no cartão {C} depois do envio do laudo.",
        ],
        "neg": ["Pedra central de {x:carat}; nossa referência é {x:val_ref}."],
    },
    "restorer": {
        "titles": ["Orçamento de restauro", "Ficha da oficina"],
        "pos": [
            "A folha do secretário precisa ser recolada; {N} explica tudo pelo {P}.",
            "Mande fotos da rachadura para {E} e damos um preço aproximado.",
        ],
        "neg": ["Moldura de {x:frame_size}; padrão {x:pattern_no} na base."],
    },
    "club": {
        "titles": ["Boletim do clube de colecionadores", "Circular da sociedade numismática"],
        "pos": [
            "O caderno de circulação está com {N} este mês; ligue para {P} se não chegar.",
            "A anuidade pode ser paga pelo e-mail de cobrança {R}, que envia o boleto.",
        ],
        "neg": [
            "Palestra sobre as primeiras emissões, pranchas {x:plate_ref}.",
            "Exemplar da biblioteca ISBN {x:isbn}.",
        ],
    },
}
PT_LOCAL = [
    "Quem liga de {T} disca só {L}, sem o DDD.",
    "Em {T}: loja {L}, oficina {L2}.",
    "Clientes de {T} falam direto com o avaliador no {L}.",
    "De um fixo em {T}, basta discar {L}.",
    "Nosso antiquário no centro histórico de {T}, telefone local {L}.",
]
PT_HEADS = ["Contatos do leilão", "Lista de antiquários", "Onde ligar"]
PT_LABELS = ["Recepção", "Lances", "Envios", "Avaliações", "Oficina", "Financeiro"]
PT_NEUTRAL = ["Traga a peça bem embalada, por favor.", "Às segundas a loja fica fechada."]

HI = {
    "dealer": {
        "titles": ["दुकान में नया सामान", "एंटीक दुकान – स्टॉक सूची"],
        "pos": [
            "पीतल का हुक्का अभी बिका नहीं है; रिज़र्व करने के लिए {N} को {P} पर कॉल करें।",
            "व्यापारी थोक दाम के लिए {R} पर लिखें।",
            "दुबई वाले हमारे पैकर से {I} पर बात हो सकती है।",
            "गोदाम देखने के लिए टोल-फ़्री {F} पर समय लें।",
        ],
        "neg": [
            "चाँदी की थाली पर {x:fineness} का ठप्पा है, वज़न {x:silver_weight}।",
            "स्टॉक नंबर {x:stock_no}, नाप {x:dimensions}।",
        ],
    },
    "fair": {
        "titles": ["सिक्का और डाक टिकट मेला", "प्रदर्शकों के लिए जानकारी"],
        "pos": [
            "टेबल बुकिंग {N} करते हैं – {P} पर फ़ोन करें या {R} पर लिखें।",
            "विदेश से आने वाले प्रदर्शक एक दिन पहले हॉल मैनेजर को {I} पर बताएँ।",
            "मेले के दिन हेल्पलाइन {F} सुबह सात बजे से चालू रहेगी।",
        ],
        "neg": ["समय {x:session_time}; सेट-अप सुबह छह बजे से।", "विशेष प्रदर्शनी: ब्रिटिश भारत {x:coin_cat}।"],
    },
    "auction": {
        "titles": ["नीलामी: घड़ियाँ, चाँदी और सिक्के", "नीलामी सूचीपत्र"],
        "pos": [
            "लिखित बोली एक दिन पहले दोपहर तक; फ़ोन {P}।",
            "फ़ोन से बोली लगाने के लिए {R} पर रजिस्टर करें।",
            "विशेषज्ञ {N} लॉट की हालत के बारे में {E} पर जवाब देंगे।",
        ],
        "neg": ["खरीदार प्रीमियम {x:premium}।", "लॉट {x:lot_range} बिना रिज़र्व; अनुमान {x:estimate}।"],
    },
    "valuer": {
        "titles": ["मूल्यांकन की तारीख़", "बीमा के लिए मूल्यांकन"],
        "pos": [
            "{N} गुरुवार सुबह आएँगे; पार्किंग की दिक्कत हो तो {P} पर बता दें।",
            "पुराने बिल पहले से {E} पर भेज सकते हैं।",
        ],
        "neg": ["बीच का पत्थर {x:carat}; हमारा रेफ़रेंस {x:val_ref}।"],
    },
    "restorer": {
        "titles": ["मरम्मत का अनुमान", "वर्कशॉप जॉब शीट"],
        "pos": [
            "संदूक की लकड़ी फिर से जोड़नी होगी; {N} {P} पर पूरी बात समझा देंगे।",
            "दरार की फ़ोटो {E} पर भेजें, हम अंदाज़न दाम बता देंगे।",
        ],
        "neg": ["फ़्रेम {x:frame_size}; घड़ी का मूवमेंट नंबर {x:movement_serial}।"],
    },
}
HI_LOCAL = [
    "{T} शहर के अंदर से सीधे {L} डायल करें, STD कोड की ज़रूरत नहीं।",
    "{T} में हमारा शोरूम {L} पर और वर्कशॉप {L2} पर है।",
    "{T} के लैंडलाइन से मूल्यांकन के लिए {L} मिलाएँ।",
    "पुराने शहर, {T} वाली दुकान का लोकल नंबर: {L}",
]
HI_HEADS = ["संपर्क सूची", "नीलामी घर के नंबर", "कहाँ फ़ोन करें"]
HI_LABELS = ["रिसेप्शन", "बोली दफ़्तर", "शिपिंग", "मूल्यांकन", "वर्कशॉप", "हिसाब"]
HI_NEUTRAL = ["सामान अच्छी तरह लपेटकर लाएँ।", "सोमवार को दुकान बंद रहती है।"]
