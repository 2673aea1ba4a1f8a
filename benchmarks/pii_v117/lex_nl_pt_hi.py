"""Dutch, Portuguese and Hindi cells of v117 (written fresh)."""

NL = {
    "genres": {
        "relay": {
            "titles": [
                "Teletolk: zo werkt bellen via de tolk",
                "Schrijftolk op afstand",
                "Uw videotolkaccount",
            ],
            "pos": [
                "Horende bellers bereiken u via de tolkcentrale op {P}.",
                "Vragen over de app? Mail {E} of bel {F}.",
                "Uw beeldtelefoon meldt zich aan bij {A}; laat die instelling staan.",
                "{name} van de technische dienst belt u vooraf vanaf {M}.",
                "Vanuit België is de dienst bereikbaar op {I}.",
            ],
            "neg": [
                "Gespreknummer {N:relay_call_id}, tolk-ID {N:ca_number}.",
                "Uw verificatiecode: {N:sms_code}.",
            ],
        },
        "interpreter": {
            "titles": [
                "Bevestiging tolkopdracht NGT",
                "Uw afspraak met de gebarentolk",
                "Wijziging tolkinzet",
            ],
            "pos": [
                "Uw tolk {name} is op de dag zelf bereikbaar op {M}.",
                "Afzeggen binnen 48 uur? Bel dan {P}.",
                "Stuur de stukken ter voorbereiding naar {E}.",
                "De factuur kunt u overmaken naar {B}.",
            ],
            "neg": [
                "Opdracht {N:interp_booking} op {N:appointment_date}, {N:time_window}, zaal {N:room_number}.",
                "De ringleiding in de zaal voldoet aan {N:standard_ref}.",
            ],
        },
        "taxi": {
            "titles": ["Regiotaxi: ritbevestiging", "Rolstoeltaxi voor uw afspraak", "Aanmelding Valys"],
            "pos": [
                "Uw chauffeur vandaag is {name}; de centrale is bereikbaar op {P}.",
                "Boek de terugrit een dag vooraf via {P} of {E}.",
                "Is de taxi een kwartier te laat, bel dan {F}.",
                "De chauffeur stuurt bij aankomst een sms naar {M}.",
                "De boordcomputers van de taxi's melden zich bij {A}.",
            ],
            "neg": [
                "Rit {N:trip_id}, wagen {N:fleet_number}, kenteken {N:plate}.",
                "Ophaalvenster {N:time_window}; eigen bijdrage € {N:fare}.",
                "Het liftplateau is {N:platform_size}.",
            ],
        },
        "mobility": {
            "titles": ["Werkbon scootmobiel", "Levering rolstoel via de Wmo", "Reparatie traplift"],
            "pos": [
                "Monteur {name} belt u een half uur van tevoren vanaf {M}.",
                "Storing buiten kantoortijd: {F}.",
                "De borg is afgeschreven van creditcard {C}.",
                "Vragen over de offerte: {E} of de werkplaats op {P}.",
            ],
            "neg": [
                "Accu {N:battery_spec}, topsnelheid {N:scooter_speed}, max. gebruikersgewicht "
                "{N:max_user_weight}.",
                "ISO 9999-code {N:iso9999}, bandenspanning {N:tyre_pressure}.",
            ],
        },
        "advocacy": {
            "titles": ["Nieuwsbrief belangenvereniging", "Uitnodiging ledenavond", "Brief aan de gemeente"],
            "pos": [
                "Hulp nodig bij uw bezwaar? Bel onze vrijwilliger {name} op {M}.",
                "Steun ons werk: {B}.",
                "Aanmelden voor de avond kan via {E}.",
                "De cliëntondersteuner is bereikbaar op {P}.",
            ],
            "neg": [
                "Lidnummer {N:member_number}; contributie € {N:benefit_amount}.",
                "De zaal ligt {N:route_length} van de bushalte, drempelvrij.",
            ],
        },
    },
    "local": [
        "Woont u in {town}? Voor de regiotaxi belt u binnen de stad gewoon {L}.",
        "Gebarentolken {town}: lokaal bereikbaar op {L}, spoedlijn {L2}.",
        "Hulpmiddelenuitleen {town} – vanaf een vaste lijn in de stad: {L}.",
        "Het steunpunt in {town} neemt lokaal op via {L}.",
        "Rolstoelreparatie in {town}: {L} (zonder netnummer), na 17 uur {L2}.",
    ],
    "lists": {
        "heads": ["Handige nummers", "Bereikbaarheid", "Hulplijnen"],
        "labels": ["Ritten", "Tolkenbureau", "Storingen", "Cliëntondersteuning", "Avonddienst"],
    },
    "towns": ["Zwolle", "Gent", "Antwerpen", "Arnhem", "Leuven"],
}

PT = {
    "genres": {
        "interpreter": {
            "titles": [
                "Confirmação de intérprete de Libras",
                "Agendamento de intérprete de LGP",
                "Alteração no atendimento com intérprete",
            ],
            "pos": [
                "Sua intérprete, {name}, estará disponível no dia pelo {M}.",
                "Para cancelar com menos de 48 horas, ligue para {P}.",
                "Envie o material de preparação para {E}.",
                "A central em Portugal atende estrangeiros pelo {I}.",
            ],
            "neg": [
                "Agendamento {N:interp_booking}, {N:appointment_date}, {N:time_window}, sala "
                "{N:room_number}.",
                "O auditório tem laço de indução conforme {N:standard_ref}.",
            ],
        },
        "taxi": {
            "titles": [
                "Táxi acessível: corrida confirmada",
                "Transporte adaptado – cadastro",
                "Serviço de transporte para cadeirantes",
            ],
            "pos": [
                "Seu motorista hoje é {name}; a central atende no {P}.",
                "Agende a volta na véspera pelo {P} ou pelo e-mail {E}.",
                "Se o carro atrasar mais de quinze minutos, ligue {F}.",
                "O motorista avisa por SMS no {M} quando chegar.",
            ],
            "neg": [
                "Corrida {N:trip_id}, veículo {N:fleet_number}, placa {N:plate}.",
                "Janela de embarque {N:time_window}; tarifa R$ {N:fare}.",
                "A plataforma elevatória mede {N:platform_size}.",
            ],
        },
        "mobility": {
            "titles": ["Ordem de conserto de cadeira motorizada", "Locação de scooter", "Entrega de órteses"],
            "pos": [
                "O técnico {name} vai ligar do {M} meia hora antes.",
                "Defeitos fora do horário: {F}.",
                "O depósito de garantia foi cobrado no cartão {C}.",
                "Dúvidas sobre o orçamento: {E} ou a oficina no {P}.",
            ],
            "neg": [
                "Bateria {N:battery_spec}, velocidade máxima {N:scooter_speed}, carga máxima "
                "{N:max_user_weight}.",
                "Código ISO 9999 {N:iso9999}; raio de giro {N:turning_radius}.",
            ],
        },
        "advocacy": {
            "titles": ["Boletim da associação", "Convite para a assembleia", "Carta à prefeitura"],
            "pos": [
                "Precisa de ajuda com o BPC? Ligue para {name} no {M}.",
                "Doações: {B}.",
                "Inscrições pelo e-mail {E}.",
                "O plantão jurídico atende no {P}.",
            ],
            "neg": [
                "Associado n.º {N:member_number}; mensalidade {N:benefit_amount}.",
                "A sede fica a {N:route_length} do ponto de ônibus, sem degraus.",
            ],
        },
    },
    "local": [
        "Quem mora em {town} agenda o transporte adaptado pelo fixo local {L}.",
        "Intérpretes de Libras em {town}: ligação local para {L}, plantão {L2}.",
        "Oficina de cadeiras de rodas de {town} – de qualquer telefone da cidade, {L}.",
        "A associação em {town} atende ligações locais no {L}.",
        "Táxi acessível {town}: pedidos {L}, reclamações {L2}.",
    ],
    "lists": {
        "heads": ["Contatos úteis", "Para quem ligar", "Telefones de acessibilidade"],
        "labels": ["Agendamentos", "Intérpretes", "Oficina", "Plantão", "Central"],
    },
    "towns": ["Porto", "Recife", "Braga", "Manaus", "Coimbra"],
}

HI = {
    "genres": {
        "relay": {
            "titles": ["वीडियो रिले सेवा: कैसे इस्तेमाल करें", "बधिर हेल्पलाइन की जानकारी"],
            "pos": [
                "सुनने वाले लोग आपसे {P} पर कॉल करके दुभाषिए के ज़रिए बात कर सकते हैं।",
                "ऐप से जुड़ी दिक़्क़त हो तो {E} पर लिखें या {F} पर कॉल करें।",
                "तकनीकी टीम से {name} आने से पहले {M} से फ़ोन करेंगे।",
            ],
            "neg": [
                "कॉल संदर्भ {N:relay_call_id}, ऑपरेटर {N:ca_number}।",
                "आपका पुष्टि कोड {N:sms_code} है।",
            ],
        },
        "interpreter": {
            "titles": ["सांकेतिक भाषा दुभाषिया बुकिंग", "ISL दुभाषिया: आपकी अपॉइंटमेंट"],
            "pos": [
                "आपकी दुभाषिया {name} उस दिन {M} पर मिलेंगी।",
                "48 घंटे से कम समय में रद्द करना हो तो {P} पर फ़ोन करें।",
                "मीटिंग के काग़ज़ पहले से {E} पर भेज दें।",
            ],
            "neg": [
                "बुकिंग {N:interp_booking}, तारीख़ {N:appointment_date}, समय {N:time_window}, कमरा "
                "{N:room_number}।",
                "हॉल का हियरिंग लूप {N:standard_ref} के अनुसार है।",
            ],
        },
        "taxi": {
            "titles": ["व्हीलचेयर टैक्सी बुकिंग", "सुलभ परिवहन सेवा"],
            "pos": [
                "आज आपके ड्राइवर {name} हैं; कंट्रोल रूम का नंबर {P} है।",
                "वापसी की बुकिंग एक दिन पहले {P} पर करें।",
                "गाड़ी पंद्रह मिनट से ज़्यादा देर से आए तो {F} पर शिकायत करें।",
            ],
            "neg": [
                "यात्रा {N:trip_id}, गाड़ी नंबर {N:fleet_number}, किराया ₹{N:fare}।",
                "रैंप प्लेटफ़ॉर्म {N:platform_size} का है।",
            ],
        },
        "advocacy": {
            "titles": ["दिव्यांग अधिकार मंच की सूचना", "सदस्यों की बैठक"],
            "pos": [
                "UDID कार्ड बनवाने में मदद के लिए {name} से {M} पर संपर्क करें।",
                "बैठक में नाम लिखवाने के लिए {E} पर मेल करें।",
                "क़ानूनी सलाह के लिए हेल्पलाइन {P} पर फ़ोन करें।",
            ],
            "neg": [
                "सदस्यता संख्या {N:member_number}; सालाना शुल्क ₹{N:benefit_amount}।",
                "बैठक की जगह बस स्टॉप से {N:route_length} दूर है, रैंप उपलब्ध है।",
            ],
        },
    },
    "local": [
        "{town} शहर के अंदर बधिर हेल्पलाइन का लोकल नंबर {L} है।",
        "{town} में व्हीलचेयर टैक्सी के लिए शहर के लैंडलाइन से {L} मिलाएँ।",
        "दुभाषिया सेवा, {town}: लोकल कॉल {L}, रात में {L2}।",
        "{town} दिव्यांग सहायता केंद्र – शहर से सीधे {L} पर बात करें।",
    ],
    "lists": {"heads": ["काम के नंबर", "मदद के लिए संपर्क"], "labels": ["बुकिंग", "दुभाषिया", "शिकायत", "हेल्पलाइन"]},
    "towns": ["Pune", "Jaipur", "Lucknow", "Kochi"],
}
