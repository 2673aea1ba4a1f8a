"""Spanish, Italian, Dutch, Portuguese and Hindi sentences for v124 (slots as in lex_en)."""

ES = {
    "genres": {
        "modelkit": {
            "title": ["Boletín del club de maquetas", "Montaje en grupo"],
            "body": [
                "Este mes montamos el semioruga a escala {n:scale_ratio}, kit {n:kit_catalogue}.",
                "Colores: {n:paint_code} para el casco y {n:paint_code} para las cadenas.",
                "Si traes aerógrafo, avisa a Javier al {P}, que solo hay dos enchufes.",
                "Las fotos de los montajes terminados, a {E}.",
                "La cuota anual se paga por transferencia a {B}.",
            ],
        },
        "toyfair": {
            "title": ["Feria del juguete – información para expositores"],
            "body": [
                "Su puesto es {n:stand_no}; horario {n:opening_times}.",
                "Si el muelle de carga está lleno, llame al encargado al {P}.",
                "Aparcamiento del recinto, línea gratuita {T}.",
                "Subasta: {n:auction_lot}, autobús de hojalata en caja, estimación {n:estimate}.",
                "La tarifa del puesto se cargó en la tarjeta {C}.",
                "Expositores extranjeros: {I} o {R}.",
            ],
        },
    },
    "heads": ["Teléfonos del club"],
    "labels": ["Presidente", "Tesorera", "Taller"],
}

IT = {
    "genres": {
        "railway": {
            "title": ["Serata di esercizio – fermodellisti", "Plastico sociale"],
            "body": [
                "Si viaggia con orologio accelerato {n:fast_clock}.",
                "La locomotiva {n:loco_running_no} ha indirizzo {n:dcc_address}; se scatta, "
                "impostare {n:cv_setting}.",
                "Guasti nella stazione nascosta: chiamate Marco al {P}.",
                "Richieste per le mostre a {R}.",
                "La centrale risponde sulla rete del club a {ipp}.",
            ],
        },
        "toylib": {
            "title": ["Ludoteca – promemoria prestito"],
            "body": [
                "Il prestito {n:loan_tag} va restituito giovedì prossimo.",
                "Numero verde del produttore per il richiamo: {T}.",
                "I giochi sono divisi per fascia d'età {n:age_band}.",
                "Rinnovi al telefono {P} oppure scrivendo a {E}.",
                "La quota familiare si paga con bonifico su {B}.",
            ],
        },
    },
    "heads": ["Numeri del circolo"],
    "labels": ["Presidente", "Segreteria", "Officina"],
}

NL = {
    "genres": {
        "toylib": {
            "title": ["Speel-o-theek: uitleenherinnering", "Lidmaatschap speelgoedbibliotheek"],
            "body": [
                "Uw lening {n:loan_tag} (houten knikkerbaan) moet volgende donderdag terug.",
                "Terugroepactie houten eendje: gratis {T}.",
                "Het speelgoed staat per leeftijd ({n:age_band}) in de kasten.",
                "Verlengen kan via {P} of een mailtje naar {R}.",
                "De jaarbijdrage wordt geïncasseerd van {B}.",
                "De uitleenkiosk in de hal heeft adres {ipp}.",
            ],
        },
        "kite": {
            "title": ["Vliegerfestival – briefing", "Vliegerclub: strandweekend"],
            "body": [
                "Verwachte wind {n:wind_range}: neem de matrasvliegers van {n:kite_size} mee.",
                "Lijnen in de arena minimaal {n:line_strength}.",
                "Kind of vlieger kwijt? Bel de tent op {P}.",
                "Buitenlandse vliegers bereiken de teamleider via {I}.",
                "Aanmelden voor de bouwworkshop: {E}.",
            ],
        },
        "railway": {
            "title": ["Rijavond modelspoorclub"],
            "body": [
                "Loc {n:loco_running_no} kreeg adres {n:dcc_address}; {n:cv_setting} als hij schokt.",
                "De helling naar het bergstation is {n:gradient}.",
                "Storingen in het schaduwstation aan Wim op {P}.",
                "Beursaanvragen voor de module ({n:layout_size}) naar {R}.",
            ],
        },
    },
    "local": [
        "Woont u in {town}? Dan is de winkel gewoon {L}.",
        "Binnen {town} belt u het clubhuis op {L}, de voorzitter op {L}.",
        "Lokaal in {town}: {L}.",
    ],
    "heads": ["Telefoonlijst", "Wie bel je"],
    "labels": ["Voorzitter", "Penningmeester", "Werkplaats", "Winkel"],
}

PT = {
    "genres": {
        "toyshop": {
            "title": ["Seu pedido está pronto", "Loja de brinquedos – retirada"],
            "body": [
                "A pista de bolinhas ({n:piece_count}) está no caixa, certificada {n:en71_ref}.",
                "Não consegue vir sábado? Chame a Bruna no {P}.",
                "Recall do patinho de puxar: ligação gratuita {T}.",
                "O sinal foi cobrado no cartão {C}.",
                "Embrulho de presente grátis: escreva para {R}.",
            ],
        },
        "rcfly": {
            "title": ["Clube de aeromodelismo – regras do campo"],
            "body": [
                "Voo limitado a {n:height_limit} no campo.",
                "O treinador tem {n:wingspan} de envergadura, hélice {n:prop_size}, motor {n:motor_kv}.",
                "Aulas com instrutor: ligue para o Rafael no {P}.",
                "O servidor do simulador fica em {ip4}.",
                "Visitantes de fora falam com a diretoria pelo {I}.",
            ],
        },
        "dollhosp": {
            "title": ["Hospital de bonecas – ficha de entrada"],
            "body": [
                "Paciente: cabeça de biscuit com marca {n:doll_mould}, perímetro {n:head_circ}.",
                "Trocamos o elástico ({n:elastic_gauge}) e os olhos ({n:eye_size}).",
                "Dúvidas sobre o orçamento? Dona Cida atende no {P}.",
                "Fotos de antes e depois vão para {E}.",
            ],
        },
    },
    "local": [
        "Quem é de {town} liga para a loja no {L}, sem DDD.",
        "Dentro de {town}, o clube atende no {L} e a oficina no {L}.",
        "Fixo local em {town}: {L}.",
    ],
    "heads": ["Contatos do clube"],
    "labels": ["Presidente", "Tesoureiro", "Oficina", "Loja"],
}

HI = {
    "genres": {
        "toyshop": {
            "title": ["खिलौना दुकान – ऑर्डर तैयार है"],
            "body": [
                "आपका लकड़ी का खिलौना सेट ({n:piece_count}) काउंटर पर रखा है।",
                "शनिवार को नहीं आ पाएँ तो {P} पर अंजलि को बता दीजिए।",
                "गिफ़्ट पैकिंग के लिए {R} पर लिखें।",
                "एडवांस कार्ड {C} से लिया गया है।",
            ],
        },
        "kite": {
            "title": ["पतंग महोत्सव – उड़ाने वालों के लिए सूचना"],
            "body": [
                "हवा {n:wind_range} रहने की उम्मीद है, {n:kite_size} वाली पतंगें लाइए।",
                "डोर कम से कम {n:line_strength} की होनी चाहिए।",
                "बच्चा या पतंग खो जाए तो टेंट को {P} पर फ़ोन करें।",
                "विदेशी मेहमान {I} पर संपर्क करें।",
            ],
        },
        "toyfair": {
            "title": ["खिलौना मेला – स्टॉल जानकारी"],
            "body": [
                "आपका स्टॉल {n:stand_no} है, समय {n:opening_times}।",
                "लोडिंग गेट भरा हो तो {P} पर स्टीवर्ड को कॉल करें।",
                "स्टॉल शुल्क {C} से लिया गया।",
                "सवाल हों तो {E} पर लिखें।",
            ],
        },
    },
    "local": [
        "{town} के लैंडलाइन से दुकान सीधे {L} पर मिलेगी।",
        "{town} शहर में क्लब का फ़ोन {L} है, सचिव का {L}।",
        "लोकल कॉल ({town}): {L}",
    ],
    "heads": ["काम के नंबर"],
    "labels": ["दुकान", "सचिव", "वर्कशॉप"],
}
