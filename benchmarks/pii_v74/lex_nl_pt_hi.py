"""Dutch, Portuguese and Hindi sentences for v74, written fresh for this set."""

NL = {
    "titles": {
        "vet": ["Ontslagbrief – {pet}", "Herinnering vaccinatie"],
        "boarding": ["Reserveringsbevestiging dierenpension", "Intakeformulier kattenpension"],
        "walker": ["Uitlaatverslag van deze week"],
        "groomer": ["Afspraak trimsalon"],
        "stable": ["Mededeling manege", "Lesrooster en hoefsmid"],
        "rescue": ["Adoptie vanuit het asiel"],
    },
    "body": {
        "vet": [
            "{pet} is goed wakker geworden, gewicht {n_weight} kg, temperatuur {n_temp} °C.",
            "Bloedt de wond in het weekend na, bel dan de dierenarts van dienst op {ph}.",
            "Rabiësvaccin uit batch {n_vaxlot}; chip {n_chip} gescand en gecontroleerd.",
            "Dierenarts {name} hoort donderdag graag hoe het gaat, via een appje naar {mob}.",
            "De aanbetaling van € {n_amount} is afgeschreven van kaart {card}.",
        ],
        "boarding": [
            "{pet} logeert van {n_booking} in kennel {n_kennel}; brengen tussen {n_apptime}.",
            "Noodcontact tijdens uw vakantie: {name}, {mob}.",
            "Heeft uw vlucht vertraging, laat het de balie weten via {ph}.",
            "De factuur (€ {n_amount}) sturen we naar {mail}; vragen naar {rmail}.",
        ],
        "walker": [
            "Rondje langs de dijk vandaag: {n_walk}, {pet} liep keurig los.",
            "De GPS-tracker ({n_tracker}) viel even weg bij {n_gps}.",
            "Ben ik later, dan app ik vanaf {mob}.",
            "Deze maand komt op € {n_amount}; graag overmaken naar {iban}.",
        ],
        "groomer": [
            "{pet} staat zaterdag ingepland, {n_apptime}, kort knippen met kam {n_blade}.",
            "Lukt het niet? Bel even met de salon: {ph}.",
        ],
        "stable": [
            "Box {n_kennel} wordt dinsdag opnieuw ingestrooid; de paarden staan in de bovenwei.",
            "Voor de wedstrijdinschrijving hebben we UELN {n_ueln} en FEI-nummer {n_fei} nodig.",
            "Lessen afzeggen vóór 18.00 uur de dag ervoor via {ph}.",
            "Het stallingsgeld (€ {n_amount} per maand) wordt geïncasseerd van {iban}.",
        ],
        "rescue": [
            "{pet} (opname {n_intake}) is goed gesetteld bij het gastgezin.",
            "Adoptienummer {n_adopt}, de bijdrage was € {n_amount}.",
            "Onze adoptiecoördinator {name} is doordeweeks bereikbaar op {mob}.",
        ],
    },
    "local": {
        "NL": [
            "Woont u in {town}? Bel de praktijk dan gewoon op {loc}.",
            "Dierenpension {town}, lokaal: {loc}",
            "Vanuit {town} bereikt u de trimsalon op {loc} en de balie op {loc2}.",
            "Binnen {town} hoeft u het kengetal niet te draaien: {loc} is het asiel.",
            "Manege ({town}, vast nummer zonder netnummer): {loc}",
            "Voor bellers uit {town} is de spoedlijn {loc}.",
        ],
    },
    "heads": ["Nummers voor de oppas", "Naast de telefoon leggen"],
    "labels": ["Dierenarts", "Spoed", "Pension", "Hoefsmid", "Trimsalon", "Buurvrouw", "Asiel"],
}
PT = {
    "titles": {
        "vet": ["Alta veterinária – {pet}", "Lembrete de vacina"],
        "boarding": ["Reserva no hotelzinho", "Ficha de entrada – gatil"],
        "walker": ["Relatório de passeios da semana"],
        "groomer": ["Agendamento de banho e tosa"],
        "rescue": ["Acompanhamento de adoção", "Lar temporário – entrega"],
    },
    "body": {
        "vet": [
            "{pet} acordou bem da anestesia; peso {n_weight} kg, temperatura {n_temp} °C.",
            "Se o corte sangrar no fim de semana, ligue para o plantão veterinário: {ph}.",
            "Vacina antirrábica do lote {n_vaxlot}; microchip {n_chip} conferido.",
            "A Dra. {name} quer notícias na quinta, pelo WhatsApp {mob}.",
            "O sinal de {n_amount} foi cobrado no cartão {card}.",
        ],
        "boarding": [
            "{pet} fica de {n_booking} no canil {n_kennel}; entrega entre {n_apptime}.",
            "Contato de emergência durante a viagem: {name}, {mob}.",
            "Se o voo atrasar, avise a recepção no {ph}.",
            "A nota ({n_amount}) vai para {mail}.",
        ],
        "walker": [
            "Passeio de hoje no parque: {n_walk}; {pet} se comportou muito bem.",
            "A coleira GPS ({n_tracker}) perdeu sinal perto de {n_gps}.",
            "Se eu atrasar, mando mensagem do {mob}.",
        ],
        "groomer": [
            "{pet} está agendado no sábado, {n_apptime}, tosa com lâmina {n_blade}.",
            "Imprevisto? Ligue para o pet shop: {ph}.",
            "As fotos do banho vão para {mail}.",
        ],
        "rescue": [
            "{pet} (entrada {n_intake}) já se adaptou ao lar temporário.",
            "Adoção número {n_adopt}; a taxa foi de {n_amount}.",
            "Nossa voluntária {name} atende no {mob} em dias úteis.",
            "Se {pet} fugir, ligue grátis para {free}.",
        ],
    },
    "local": {
        "BR": [
            "Quem está em {town} liga para a clínica direto no {loc}, sem o DDD.",
            "Hotelzinho em {town} – fixo, ligação local: {loc}",
            "De um fixo de {town}, o banho e tosa atende no {loc} e a recepção no {loc2}.",
            "Em {town} mesmo, o abrigo recebe ligações no {loc}.",
            "Haras ({town}, chamada local): {loc}",
        ],
    },
    "heads": ["Telefones para quem cuida do {pet}", "Deixar perto do telefone"],
    "labels": ["Veterinário", "Plantão", "Hotelzinho", "Passeador", "Abrigo", "Vizinha"],
}
HI = {
    "titles": {
        "vet": ["डिस्चार्ज नोट – {pet}", "टीकाकरण रिमाइंडर"],
        "boarding": ["पेट बोर्डिंग बुकिंग की पुष्टि"],
        "groomer": ["ग्रूमिंग अपॉइंटमेंट"],
        "rescue": ["गोद लेने के बाद की जानकारी"],
    },
    "body": {
        "vet": [
            "{pet} ऑपरेशन के बाद ठीक है, वज़न {n_weight} kg, तापमान {n_temp} °C।",
            "अगर टांकों से खून आए तो रात में क्लिनिक के इमरजेंसी नंबर {ph} पर फ़ोन करें।",
            "रेबीज़ का टीका बैच {n_vaxlot} से लगा, माइक्रोचिप {n_chip} जाँच ली गई है।",
            "डॉ. {name} गुरुवार को हाल जानना चाहेंगी – {mob} पर WhatsApp करें।",
        ],
        "boarding": [
            "{pet} के लिए {n_booking} तक केनल {n_kennel} बुक है, छोड़ने का समय {n_apptime}।",
            "आपकी यात्रा के दौरान इमरजेंसी संपर्क: {name}, {mob}।",
            "बिल ({n_amount} रुपये) {mail} पर भेजा जाएगा।",
        ],
        "groomer": [
            "{pet} की ग्रूमिंग शनिवार {n_apptime} पर है, ब्लेड {n_blade}।",
            "देर हो रही हो तो सैलून को {ph} पर बता दें।",
        ],
        "rescue": [
            "{pet} (इनटेक {n_intake}) नए घर में अच्छे से रह रही है।",
            "गोद लेने का नंबर {n_adopt}; हमारी वॉलंटियर {name} से {mob} पर बात करें।",
            "जानवर खो जाए तो हमारी मुफ़्त हेल्पलाइन {free} पर कॉल करें।",
        ],
    },
    "local": {
        "IN": [
            "{town} शहर के लैंडलाइन से क्लिनिक का नंबर सिर्फ़ {loc} है।",
            "बोर्डिंग डेस्क ({town}, लोकल कॉल): {loc}",
            "{town} में ही रहते हैं तो ग्रूमिंग के लिए {loc} और रिसेप्शन के लिए {loc2} मिलाएँ।",
            "{town} के अंदर शेल्टर की हेल्पलाइन {loc} है, कोड की ज़रूरत नहीं।",
            "लोकल ({town}) एम्बुलेंस डेस्क: {loc}",
        ],
    },
    "heads": ["पालतू के लिए ज़रूरी संपर्क", "फ़ोन के पास रखें"],
    "labels": ["डॉक्टर", "इमरजेंसी", "बोर्डिंग", "ग्रूमर", "शेल्टर", "पड़ोसी"],
}
