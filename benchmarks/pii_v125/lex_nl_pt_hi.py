"""Dutch, Portuguese and Hindi sentences for v125."""

NL = {
    "GENRES": {
        "tarot": {
            "titles": ["Je tarotlegging staat gepland", "Tarot bij kaarslicht – na de sessie"],
            "phone": [
                "Blijven er vragen hangen na de legging, app me dan op {p}.",
                "Voor de legging aan de telefoon bel ik je vanaf {p}; sla het nummer even op.",
            ],
            "fill": [
                "De Kluizenaar lag in het midden: tijd voor rust en bezinning.",
                "Tarot is bedoeld als spiegel, niet als medisch advies.",
            ],
        },
        "reiki": {
            "titles": ["Herinnering: je reikibehandeling", "Energetische behandeling – nazorg"],
            "phone": [
                "Verzetten kan tot een dag van tevoren via {p}.",
                "Voel je je na de behandeling niet lekker, bel me dan op {p}.",
            ],
            "fill": ["Drink genoeg water en neem 's avonds rust.", "Je ligt gekleed op de behandeltafel."],
        },
        "crystals": {
            "titles": ["Je edelstenen zijn verzonden", "Verzorging van je kristallen"],
            "phone": [
                "Komt er een steen beschadigd aan, stuur dan een foto naar {p}.",
                "De winkel is van dinsdag tot zaterdag bereikbaar op {p}.",
            ],
            "fill": [
                "Seleniet hoort droog te blijven.",
                "Elke steen is natuur; kleur en insluitsels verschillen.",
            ],
        },
        "psychicfair": {
            "titles": ["Paranormale beurs – info voor standhouders", "Spirituele beurs: rooster mediums"],
            "phone": [
                "Op de beursdag is de organisator bereikbaar op {p}.",
                "Kun je je dienst niet draaien, meld het dan vóór vrijdag via {p}.",
            ],
            "fill": [
                "Opbouw vanaf acht uur, publiek vanaf tien uur.",
                "Wierook blijft uit in de zaal vanwege de rookmelders.",
            ],
        },
        "soundbath": {
            "titles": ["Gongbad zondag", "Klankschalenmeditatie – wat kun je verwachten"],
            "phone": [
                "Er zijn zestien matjes; reserveer via {p}.",
                "Ben je zwanger of heb je een gehoorapparaat, bel dan {p}.",
            ],
            "fill": ["Neem een deken en een oogkussen mee.", "We sluiten af met een paar minuten stilte."],
        },
    },
    "NEG": {
        "birth_data": ["Geboortegegevens: {v}."],
        "utc_offset": ["De geboortetijd is omgerekend met {v}."],
        "crystal_weight": ["De amethistpunt weegt {v}."],
        "voucher_code": ["Je cadeaubon heeft de code {v}."],
        "stand_number": ["Je standplaats is {v}, naast de theebar."],
        "ean_barcode": ["Op de toegangskaart staat de streepjescode {v}."],
        "saros": ["De eclips hoort bij {v}."],
        "practitioner_reg": ["Geregistreerd therapeut, {v} (Britse registratie)."],
        "door_code": ["De code van de zijdeur 's avonds: {v}."],
        "biorhythm": ["Bioritme vandaag: {v}."],
    },
    "LOCAL": {
        "NL": [
            "Bel je vanuit {town}? Dan is het gewoon {l1}, zonder netnummer.",
            "In {town} zelf bereik je de praktijk op {l1} en de winkel op {l2}.",
            "Lokaal ({town}): {l1}",
            "Voor bellers binnen {town} volstaat {l1}.",
            "Vanaf een vaste lijn in {town}: {l1} voor afspraken, {l2} voor de cursussen.",
        ]
    },
    "LIST_HEADS": ["Bereikbaar via", "Onze nummers"],
    "LIST_LABELS": ["Afspraken", "Praktijk", "Winkel", "Organisator", "Nazorg"],
    "EMAIL": ["Stuur een foto van je geboorteakte naar {e}.", "Vragen over de beurs: {e}."],
    "CARD": ["De aanbetaling is afgeschreven van kaart {c}."],
    "IBAN": ["Maak het restbedrag over naar {i}.", "Standgeld graag op {i}."],
    "IP": ["De livestream draait op onze server {ip}.", "De wifi-gateway in het retraitehuis is {ip}."],
    "OTHER": ["Gratis reserveringslijn: {p}."],
}

PT = {
    "GENRES": {
        "tarot": {
            "titles": ["Sua leitura de tarô está marcada", "Tiragem de tarô – depois da sessão"],
            "phone": [
                "Se ficar alguma dúvida depois da tiragem, mande mensagem para {p}.",
                "Na consulta por telefone eu ligo do {p} no horário combinado.",
            ],
            "fill": [
                "Saiu a Estrela, sinal de esperança depois de um período difícil.",
                "O tarô é um instrumento de reflexão, não orientação médica.",
            ],
        },
        "astrology": {
            "titles": ["Pedido de mapa astral", "Revolução solar – consulta confirmada"],
            "phone": [
                "A astróloga liga para {p} no início da consulta.",
                "Para corrigir a hora de nascimento, ligue para {p} antes do cálculo.",
            ],
            "fill": [
                "O ascendente muda mais ou menos a cada duas horas.",
                "Trânsitos mostram tendências, nunca certezas.",
            ],
        },
        "reiki": {
            "titles": ["Lembrete da sua sessão de reiki", "Terapia energética – cuidados depois"],
            "phone": [
                "Para remarcar, ligue para o espaço no {p} com um dia de antecedência.",
                "Se sentir cansaço forte depois da sessão, fale comigo pelo {p}.",
            ],
            "fill": ["Beba bastante água e descanse à noite.", "A sessão é feita vestido, deitado na maca."],
        },
        "retreat": {
            "titles": ["Retiro de meditação: como chegar", "Fim de semana em silêncio – últimos detalhes"],
            "phone": [
                "Os celulares ficam na recepção; em emergência, a família liga para a secretaria no {p}.",
                "Se o ônibus atrasar, avise o motorista pelo {p}.",
            ],
            "fill": [
                "O silêncio começa depois da palestra da primeira noite.",
                "Traga um agasalho para as meditações do amanhecer.",
            ],
        },
        "crystals": {
            "titles": ["Seu pedido de cristais foi enviado", "Cuidados com suas pedras"],
            "phone": [
                "Se uma pedra chegar quebrada, mande foto para {p} e trocamos.",
                "A loja atende no {p} de terça a sábado.",
            ],
            "fill": ["A ametista desbota no sol forte.", "Cada pedra é natural e pode variar da foto."],
        },
    },
    "NEG": {
        "birth_data": ["Dados de nascimento: {v}."],
        "house_cusps": ["Ângulos do mapa: {v}."],
        "numerology_sum": ["Número do caminho de vida: {v}."],
        "crystal_size": ["Medidas da drusa: {v}."],
        "booking_ref": ["Informe a referência {v} nas mensagens."],
        "session_times": ["Meditação da manhã: {v}."],
        "moon_phase": ["Lua cheia exata em {v}."],
        "mantra_count": ["Prática da semana: {v} repetições."],
        "course_hours": ["A formação soma {v}."],
        "oil_lot": ["Óleo de lavanda usado hoje: {v}."],
    },
    "LOCAL": {
        "BR": [
            "De telefone fixo em {town}, é só ligar {l1}, sem o DDD.",
            "Quem está em {town} fala com o espaço pelo {l1} e com a loja pelo {l2}.",
            "Ligação local ({town}): {l1}",
            "Dentro de {town}, marque sua sessão no {l1}.",
            "Para quem liga de {town} mesmo: {l1}; recados também no {l2}.",
        ]
    },
    "LIST_HEADS": ["Fale conosco", "Nossos telefones"],
    "LIST_LABELS": ["Agendamento", "Consultório", "Loja", "Secretaria do retiro"],
    "EMAIL": ["Envie a foto da certidão de nascimento para {e}.", "Dúvidas sobre o retiro: {e}."],
    "CARD": ["O sinal foi cobrado no cartão {c}."],
    "IBAN": ["Transfira o restante para o IBAN {i}."],
    "IP": ["A transmissão ao vivo sai do nosso servidor {ip}."],
    "OTHER": ["Linha gratuita para reservas: {p}."],
}

HI = {
    "GENRES": {
        "tarot": {
            "titles": ["आपकी टैरो रीडिंग बुक हो गई है", "टैरो सत्र के बाद"],
            "phone": [
                "रीडिंग के बाद कोई सवाल हो तो {p} पर मैसेज करें।",
                "फ़ोन रीडिंग के लिए मैं {p} से कॉल करूँगी, कृपया नंबर सेव कर लें।",
            ],
            "fill": [
                "आज चंद्रमा कार्ड आया, जो मन की उलझन की ओर इशारा करता है।",
                "टैरो आत्मचिंतन का साधन है, डॉक्टर की सलाह का विकल्प नहीं।",
            ],
        },
        "astrology": {
            "titles": ["जन्म कुंडली का ऑर्डर", "ज्योतिष परामर्श की पुष्टि"],
            "phone": [
                "परामर्श के समय ज्योतिषी जी आपको {p} पर फ़ोन करेंगे।",
                "जन्म समय बदलना हो तो कुंडली बनने से पहले {p} पर बताएँ।",
            ],
            "fill": [
                "लग्न लगभग हर दो घंटे में बदलता है, इसलिए सही समय ज़रूरी है।",
                "गोचर केवल संभावनाएँ बताते हैं।",
            ],
        },
        "retreat": {
            "titles": ["ध्यान शिविर: आने की जानकारी", "मौन शिविर – अंतिम सूचना"],
            "phone": [
                "पहुँचते ही मोबाइल जमा होंगे; आपात स्थिति में परिवार कार्यालय को {p} पर फ़ोन कर सकता है।",
                "ट्रेन देर से हो तो ड्राइवर को {p} पर बता दें।",
            ],
            "fill": ["पहली शाम के प्रवचन के बाद मौन शुरू होगा।", "सुबह के ध्यान के लिए गर्म शॉल साथ लाएँ।"],
        },
        "reiki": {
            "titles": ["रेकी सत्र की याद", "ऊर्जा उपचार – बाद की सावधानियाँ"],
            "phone": [
                "समय बदलना हो तो एक दिन पहले {p} पर कॉल करें।",
                "सत्र के बाद ज़्यादा थकान लगे तो मुझे {p} पर फ़ोन करें।",
            ],
            "fill": ["सत्र के बाद खूब पानी पिएँ और आराम करें।", "उपचार के दौरान आप कपड़े पहने रहते हैं।"],
        },
    },
    "NEG": {
        "birth_data": ["जन्म विवरण: {v}।"],
        "planet_degree": ["इस वर्ष आपका प्रगत {v} मुख्य विषय है।"],
        "utc_offset": ["जन्म समय {v} से बदला गया है।"],
        "dasha_period": ["आपकी शुक्र महादशा {v} तक है।"],
        "mantra_count": ["इस सप्ताह का अभ्यास: {v} जाप।"],
        "session_times": ["सुबह का ध्यान: {v}।"],
        "dosage": ["वैद्य जी ने {v} रोज़ लेने को कहा है।"],
        "booking_ref": ["संदेश में बुकिंग संदर्भ {v} लिखें।"],
    },
    "LOCAL": {
        "IN": [
            "{town} के लैंडलाइन से आश्रम कार्यालय का नंबर सिर्फ़ {l1} है।",
            "{town} में रहने वाले बिना कोड के {l1} मिलाएँ; ध्यान कक्ष के लिए {l2}।",
            "लोकल कॉल ({town}): {l1}",
            "{town} शहर के भीतर से बुकिंग के लिए {l1} पर फ़ोन करें।",
        ]
    },
    "LIST_HEADS": ["संपर्क सूत्र", "हमारे नंबर"],
    "LIST_LABELS": ["बुकिंग", "कार्यालय", "ज्योतिषी जी", "शिविर प्रबंधक"],
    "EMAIL": ["जन्म प्रमाणपत्र की फ़ोटो {e} पर भेजें।", "शिविर से जुड़े सवाल {e} पर लिखें।"],
    "CARD": ["अग्रिम राशि कार्ड {c} से ली गई है।"],
    "IBAN": [],
    "IP": ["लाइव प्रसारण हमारे सर्वर {ip} से होता है।"],
    "OTHER": ["बुकिंग के लिए निःशुल्क नंबर: {p}।"],
}
