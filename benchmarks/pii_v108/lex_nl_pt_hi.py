"""Dutch, Portuguese and Hindi sentences for the dating, matchmaking and singles' event genres."""

NL = {
    "titles": {
        "agency": ["Uw relatiebemiddeling", "Welkom bij het bureau", "Een eerste kennismaking"],
        "speeddate": ["Speeddaten op vrijdag", "Je aanmelding is binnen"],
        "walk": ["Singleswandeling zondag", "Wandelclub voor singles"],
        "supper": ["Singlesdiner: jouw plek", "Tafelschikking"],
        "safety": ["Veilig naar je eerste date", "Melding over je account"],
    },
    "body": {
        "agency": [
            "Ik ben {name} en ik begeleid je zoektocht; bel me gerust op {P}.",
            "Je lidnummer is {N:member_no}.",
            "De bemiddelingskosten schrijven we af van {I}, factuur {N:agency_invoice}.",
            "Hij wil je graag spreken; je kunt hem 's avonds bellen op {P}.",
            "Voor vragen over je lidmaatschap: {F}, gratis.",
            "Laat ons na de date weten hoe het ging via {R}.",
        ],
        "speeddate": [
            "De zaal is open van {N:opening_hours}; je naambordje heeft nummer {N:badge_no}.",
            "Te laat? App de presentator even op {P}.",
            "De betaling met kaart {C} is mislukt.",
            "Je matches komen zaterdag van {R}.",
        ],
        "walk": [
            "We verzamelen bij de parkeerplaats ({N:gps_point}) om {N:departure_time}.",
            "De route is {N:walk_distance} en grotendeels vlak.",
            "Onze gids {name} is bereikbaar op {P}.",
            "De contributie graag overmaken naar {I}.",
        ],
        "supper": [
            "Je zit aan tafel {N:table_no}.",
            "Het restaurant is telefonisch bereikbaar op {P}.",
            "Allergieën graag doorgeven aan de kok: {E}.",
        ],
        "safety": [
            "Er is ingelogd op je account vanaf {A}.",
            "Geef het nummer van je date ({P}) door aan een vriendin.",
            "Meld verdachte profielen bij {R}.",
        ],
    },
    "neg": {
        "agency": [
            "Lidnummer {N:member_no}, looptijd {N:membership_period}.",
            "Match: {N:match_pct}.",
            "Betalingskenmerk {N:payment_reference}.",
        ],
        "speeddate": ["Ronde {N:round_of}, leeftijd {N:age_range}.", "Kortingscode {N:promo_code}."],
        "walk": ["Etappe {N:route_stage}: {N:walk_distance}.", "Seizoen {N:season_dates}."],
        "supper": ["Tafel {N:table_no}, zaal {N:room_no}, garderobe {N:cloakroom_ticket}."],
        "safety": ["Laatste bericht om {N:chat_timestamp}.", "Controle {N:verification_ref} goedgekeurd."],
    },
    "local": [
        "Woon je in {town}? Bel dan zonder kengetal: {L}.",
        "Vanaf een vaste lijn in {town} bereik je de organisatie op {L}.",
        "Lokaal nummer ({town}): {L} – buiten de stad met netnummer ervoor.",
        "De {town}se wandelgroep heeft een vaste lijn: {L}, en voor de avond {L}.",
        '"Bel maar naar {L}, je zit toch ook in {town}", zei de gastvrouw.',
    ],
    "heads": ["Bereikbaar tijdens de avond", "Wie bel je?"],
    "labels": ["Presentator", "Gids", "Restaurant", "Kantoor", "Gastvrouw"],
}

PT = {
    "titles": {
        "agency": ["Sua agência de relacionamentos", "Bem-vinda à agência", "Uma primeira apresentação"],
        "speeddate": ["Noite de speed dating", "Inscrição confirmada"],
        "walk": ["Trilha para solteiros", "Caminhada de domingo"],
        "supper": ["Jantar para solteiros", "Sua mesa no sábado"],
        "safety": ["Primeiro encontro com segurança", "Alerta de acesso"],
    },
    "body": {
        "agency": [
            "Sou {name}, sua consultora; meu telefone direto é {P}.",
            "Seu número de associado é {N:member_no}.",
            "Ele pediu que você ligue para {P} depois das sete.",
            "Atendimento ao associado, ligação gratuita: {F}.",
            "Conte como foi o encontro escrevendo para {R}.",
            "A mensalidade foi cobrada no cartão {C}.",
        ],
        "speeddate": [
            "Entrada das {N:opening_hours}; seu crachá é o número {N:badge_no}.",
            "Se atrasar, avise a apresentadora pelo {P}.",
            "Os resultados saem de {R} na segunda-feira.",
        ],
        "walk": [
            "Encontro no estacionamento ({N:gps_point}) às {N:departure_time}.",
            "O percurso tem {N:walk_distance} e {N:elevation_gain} de subida.",
            "O guia, {name}, atende no {P}.",
        ],
        "supper": [
            "Você está na mesa {N:table_no}.",
            "O restaurante atende pelo {P}.",
            "Restrições alimentares para a chef: {E}.",
        ],
        "safety": [
            "Detectamos um acesso à sua conta a partir de {A}.",
            "Deixe o número do seu encontro ({P}) com uma amiga.",
            "Denuncie perfis suspeitos em {R}.",
        ],
    },
    "neg": {
        "agency": [
            "Associado nº {N:member_no}, vigência {N:membership_period}.",
            "Afinidade: {N:match_pct}.",
        ],
        "speeddate": ["Rodada {N:round_of}, faixa etária {N:age_range}.", "Cupom {N:promo_code}."],
        "walk": ["Etapa {N:route_stage}: {N:walk_distance}.", "Temporada {N:season_dates}."],
        "supper": ["Mesa {N:table_no}, sala {N:room_no}, reserva {N:reservation_no}."],
        "safety": ["Última mensagem às {N:chat_timestamp}.", "Verificação {N:verification_ref} aprovada."],
    },
    "local": [
        "Quem é de {town} liga direto do fixo: {L}.",
        "Telefone fixo da agência em {town} (ligação local): {L}.",
        "Em {town}, reservas pelo {L} ou pelo {L}, sem o DDD.",
        "Do fixo de casa, em {town}, basta discar {L}.",
        '"Me liga no {L}, aqui em {town} mesmo", escreveu ela.',
    ],
    "heads": ["Telefones da noite", "Fale com a gente"],
    "labels": ["Apresentadora", "Guia", "Restaurante", "Agência"],
}

HI = {
    "titles": {
        "bureau": ["विवाह ब्यूरो – पंजीकरण", "बायोडाटा प्राप्त हुआ", "रिश्ते के बारे में"],
        "agency": ["मैचमेकिंग सेवा", "आपका पहला परिचय"],
        "safety": ["पहली मुलाक़ात से पहले", "खाते की सुरक्षा"],
    },
    "body": {
        "bureau": [
            "आपकी बेटी का बायोडाटा प्रविष्टि {N:register_entry} के अंतर्गत दर्ज कर लिया गया है।",
            "लड़के के पिताजी से {P} पर बात कर लीजिए।",
            "कुंडली मिलान में {N:match_pct} गुण मिले।",
            "पंजीकरण शुल्क का भुगतान कार्ड {C} से हुआ।",
            "विदेश में रह रहे मामा जी का नंबर {X} है।",
            "अधिक जानकारी के लिए {R} पर लिखें।",
        ],
        "agency": [
            "मैं {name} हूँ, आपकी सलाहकार; मेरा सीधा नंबर {P} है।",
            "आपकी सदस्य संख्या {N:member_no} है।",
            "शिकायत के लिए टोल-फ़्री {F} पर कॉल करें।",
        ],
        "safety": [
            "आपके खाते में {A} से लॉगिन हुआ है।",
            "मिलने से पहले अपने दोस्त को सामने वाले का नंबर ({P}) बता दें।",
        ],
    },
    "neg": {
        "bureau": ["प्रविष्टि {N:register_entry}, कद {N:height}।", "पसंदीदा जन्म वर्ष {N:birth_years}।"],
        "agency": ["सदस्य संख्या {N:member_no}।", "भुगतान संदर्भ {N:payment_reference}।"],
        "safety": ["आख़िरी संदेश {N:chat_timestamp} बजे।"],
    },
    "local": [
        "{town} शहर के लैंडलाइन से ब्यूरो का नंबर सीधे {L} डायल करें।",
        "{town} में रहने वाले परिवार {L} पर संपर्क करें, STD कोड की ज़रूरत नहीं।",
        "हमारी {town} शाखा: {L} (स्थानीय कॉल), शाम को {L}।",
        "{town} के अंदर से बस {L} मिलाइए।",
    ],
    "heads": ["संपर्क सूत्र", "इन नंबरों पर बात करें"],
    "labels": ["कार्यालय", "पंडित जी", "सलाहकार", "परिवार"],
}
