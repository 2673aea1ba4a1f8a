"""Italian, Dutch, Portuguese and Hindi text for v64 (same slots as lex_en)."""

IT = {
    "GENRES": {
        "foodbank": {
            "titles": ["Banco alimentare – colletta del sabato", "Emporio solidale: note per i volontari"],
            "lines": [
                "Servono volontari per smistare pasta, legumi e latte a lunga conservazione.",
                "Le famiglie con neonati ricevono anche pannolini su richiesta.",
                "Controllate le scadenze prima di preparare le borse.",
            ],
            "phone": [
                "Chi può guidare il furgone chiami {name} al {p}.",
                "Per la distribuzione di giovedì rivolgetevi al {p}.",
                "I negozi che vogliono donare possono telefonare al {p}.",
            ],
        },
        "shelter": {
            "titles": ["Dormitorio invernale – consegne", "Unità di strada: turni"],
            "lines": [
                "Le coperte pulite sono nell'armadio del corridoio.",
                "L'unità di strada passa dalla stazione verso le ventidue.",
                "Segnate ogni episodio nel quaderno all'ingresso.",
            ],
            "phone": [
                "Reperibile stanotte: {name}, cellulare {p}.",
                "Per scambiare un turno sentite {name} al {p}.",
                "Se mancano posti letto, il dormitorio di appoggio risponde al {p}.",
            ],
        },
        "rescue": {
            "titles": ["Rifugio – cerchiamo stalli", "Giornata di adozione al canile"],
            "lines": [
                "Tutti i cani vengono affidati con microchip, vaccinati e sterilizzati.",
                "Prima dell'adozione facciamo un controllo pre-affido.",
                "Accettiamo crocchette, coperte e guinzagli.",
            ],
            "phone": [
                "Avete trovato un animale? Chiamate il rifugio al {p}.",
                "Per gli stalli, {name} risponde al {p}.",
                "Appuntamenti per conoscere i cani: {p}.",
            ],
        },
        "blooddrive": {
            "titles": ["Raccolta sangue in piazza", "Donazione di sangue: volontari per il ristoro"],
            "lines": [
                "Fate una colazione leggera e portate un documento d'identità.",
                "La prima donazione richiede circa un'ora tra visita e prelievo.",
                "Il ristoro dopo la donazione è offerto dal bar della piazza.",
            ],
            "phone": [
                "Prenotazioni al {p} o direttamente all'autoemoteca.",
                "{name} coordina i volontari del ristoro: {p}.",
                "Per dubbi sull'idoneità chiamate il {p}.",
            ],
        },
    },
    "INTL": [
        "L'associazione partner all'estero risponde al {p}.",
        "{name}, che segue il convoglio, ha il {p}.",
    ],
    "OTHER": ["Numero verde per i donatori: {p}.", "Ascolto gratuito: {p}."],
    "EMAIL": ["Mandate le disponibilità a {e}.", "Le ricevute per le detrazioni le invia {name}: {e}."],
    "CARD": ["La donazione con la carta {c} è stata addebitata due volte."],
    "IBAN": ["IBAN per le donazioni: {i}.", "Rimborsate la quota sul conto {i}."],
    "IP": ["Il totem delle donazioni all'ingresso ha l'indirizzo {ip}."],
    "NEG": {
        "cf_ets": ["Codice fiscale dell'associazione: {v}."],
        "donation_total": ["La cena di beneficenza ha raccolto {v}."],
        "microchip": ["Microchip {v}, registrato all'anagrafe canina."],
        "shift": ["Turno della mattina: {v}."],
        "food_weight": ["La colletta ha raccolto {v} di alimenti."],
        "kennel": ["Argo è nel box {v} durante la quarantena."],
        "hemoglobin": ["Emoglobina al controllo: {v}."],
    },
    "LIST_HEADS": ["Contatti volontari", "Numeri della giornata"],
    "LABELS": ["Magazzino", "Furgone", "Cucina", "Veterinario", "Coordinamento"],
}

NL = {
    "GENRES": {
        "foodbank": {
            "titles": ["Voedselbank – uitgifte donderdag", "Inzamelactie bij de supermarkt"],
            "lines": [
                "Verse producten gaan als eerste mee; kijk even naar de datum.",
                "Gezinnen met een baby krijgen luiers en flesvoeding als ze erom vragen.",
                "De koelcel wordt maandag schoongemaakt, dus geen zuivel aannemen die dag.",
            ],
            "phone": [
                "Wie de bus kan rijden, belt {name} op {p}.",
                "Vragen over de uitgifte: bel {p}, niet het algemene nummer.",
                "Winkels die iets willen doneren, kunnen {p} bellen.",
            ],
        },
        "shelter": {
            "titles": ["Nachtopvang – overdracht", "Winteropvang: rooster vrijwilligers"],
            "lines": [
                "Schone dekens liggen in de kast in de gang.",
                "Het ontbijt is vanaf half acht; koffie staat eerder klaar.",
                "Noteer bijzonderheden in het overdrachtsboek.",
            ],
            "phone": [
                "Bereikbaarheidsdienst vannacht: {name}, mobiel {p}.",
                "Dienst ruilen? Regel het met {name} via {p}.",
                "Is de opvang vol, bel dan de partnerlocatie op {p}.",
            ],
        },
        "rescue": {
            "titles": ["Dierenopvang – gastgezinnen gezocht", "Kattenopvang: adoptiedag"],
            "lines": [
                "Alle katten zijn gechipt, gevaccineerd en gecastreerd.",
                "Voor een adoptie komen twee vrijwilligers op huisbezoek.",
                "Brokken en dekens zijn altijd welkom.",
            ],
            "phone": [
                "Zwerfdier gevonden? Bel de opvang op {p}.",
                "Gastgezinnen met vragen kunnen {name} bereiken op {p}.",
                "Voor een kennismakingsafspraak: {p}.",
            ],
        },
        "mutualaid": {
            "titles": ["Burenhulp – bericht in de buurtapp", "Boodschappenhulp in de wijk"],
            "lines": [
                "We doen boodschappen, halen medicijnen op en laten honden uit.",
                "Zet geen adressen in de groepsapp, stuur de beheerders een bericht.",
                "Bonnetjes worden vergoed uit de buurtpot.",
            ],
            "phone": [
                "Geen smartphone? Bel gewoon {p}, dan regelen wij het.",
                "{name} plant de ritjes naar het ziekenhuis, telefoon {p}.",
                "Voor de boodschappenronde van vrijdag even melden bij {p}.",
            ],
        },
        "fundraiser": {
            "titles": ["Sponsorloop – laatste informatie", "Rommelmarkt voor het inloophuis"],
            "lines": [
                "Inschrijven kost vijf euro, kinderen lopen gratis mee.",
                "De prijzen van de loterij liggen bij de ingang.",
                "Kramen worden toegewezen op volgorde van aanmelding.",
            ],
            "phone": [
                "Teams aanmelden bij {name}, telefoon {p}.",
                "Verkeersregelaars bewaren {p}: dat is de finishtent.",
                "Wil je een prijs doneren? Bel {p}.",
            ],
        },
    },
    "LOCAL": [
        "Bel je vanuit {town}? Dan is {a} genoeg voor de uitgiftebalie.",
        "Binnen {town} zonder kengetal:\n{a}",
        "De opvang in {town} is lokaal te bereiken op {a}, de keuken op {b}.",
        "‘Gewoon {a} draaien, dat is hier in {town} een lokaal nummer,’ legde {name} uit.",
        "{a} – vanaf een vaste lijn in {town} kom je zo bij de coördinator.",
        "Voor donateurs uit {town}: {a}, zonder netnummer als je lokaal belt.",
        "In {town} (lokaal gesprek): {a} overdag, {b} 's avonds.",
    ],
    "INTL": [
        "Onze partnerorganisatie in het buitenland: {p}.",
        "{name} rijdt mee met het hulptransport: {p}.",
    ],
    "OTHER": ["Gratis informatielijn voor donateurs: {p}.", "Gratis en anoniem: {p}."],
    "EMAIL": ["Stuur je beschikbaarheid naar {e}.", "Giftbewijzen regelt {name}: {e}."],
    "CARD": ["De gift met kaart {c} is dubbel afgeschreven."],
    "IBAN": ["Giften graag op {i}.", "Onkosten van vrijwilligers worden betaald vanaf {i}."],
    "IP": [
        "De donatiezuil bij de ingang heeft adres {ip}.",
        "Mislukte inlogpogingen op het vrijwilligersportaal kwamen van {ip}.",
    ],
    "NEG": {
        "kvk": ["Ingeschreven bij de KvK onder nummer {v}."],
        "rsin": ["RSIN van de stichting: {v} (voor de ANBI-aangifte)."],
        "donation_total": ["De sponsorloop bracht {v} op."],
        "microchip": ["Chipnummer {v}, geregistreerd bij de databank."],
        "shift": ["Dienst zaterdag: {v}."],
        "food_weight": ["Opgehaald bij de actie: {v}."],
        "occupancy": ["Bezetting vannacht: {v} bedden."],
        "animal_weight": ["Gewicht bij binnenkomst: {v}."],
        "plate": ["De koelbus ({v}) is terug van de garage."],
    },
    "LIST_HEADS": ["Contactlijst vrijwilligers", "Wie bel je op de dag zelf", "Nummers van het team"],
    "LABELS": ["Magazijn", "Bus", "Keuken", "Dierenarts", "Coördinator", "Penningmeester"],
}

PT = {
    "GENRES": {
        "foodbank": {
            "titles": ["Banco de alimentos – campanha de arrecadação", "Cozinha solidária: avisos"],
            "lines": [
                "Precisamos de voluntários para separar arroz, feijão e óleo no sábado.",
                "As cestas para famílias com bebês levam fralda e leite.",
                "Confiram a validade antes de montar as cestas.",
            ],
            "phone": [
                "Quem puder dirigir a van, fale com {name} no {p}.",
                "Dúvidas sobre a entrega de quinta: {p}.",
                "Mercados que quiserem doar podem ligar para {p}.",
            ],
        },
        "shelter": {
            "titles": ["Albergue – passagem de turno", "Ronda noturna: relatório"],
            "lines": [
                "Os cobertores limpos estão no armário do corredor.",
                "A ronda passa pela rodoviária e depois pela praça.",
                "Anotem qualquer ocorrência no caderno da portaria.",
            ],
            "phone": [
                "Plantão desta noite: {name}, celular {p}.",
                "Para trocar de turno, combinem com {name} pelo {p}.",
                "Se faltar vaga, o abrigo parceiro atende no {p}.",
            ],
        },
        "rescue": {
            "titles": ["Protetores – lares temporários", "Feira de adoção de cães e gatos"],
            "lines": [
                "Todos os animais saem castrados, vacinados e vermifugados.",
                "Antes da adoção fazemos uma entrevista e uma visita.",
                "Aceitamos ração, cobertas e caminhas.",
            ],
            "phone": [
                "Achou um animal perdido? Ligue para {p}.",
                "Lares temporários podem tirar dúvidas com {name} no {p}.",
                "Agendamento para conhecer os cães: {p}.",
            ],
        },
        "blooddrive": {
            "titles": ["Campanha de doação de sangue", "Doe sangue: voluntários para o lanche"],
            "lines": [
                "Não venha em jejum e traga documento com foto.",
                "A primeira doação leva cerca de uma hora.",
                "O lanche depois da doação é oferecido pela padaria do bairro.",
            ],
            "phone": [
                "Agende seu horário pelo {p}.",
                "{name} coordena o lanche: {p}.",
                "Passou mal depois de doar? Ligue para {p}.",
            ],
        },
        "mutualaid": {
            "titles": ["Rede de apoio do bairro", "Mutirão de vizinhos"],
            "lines": [
                "Fazemos compras, buscamos remédios e acompanhamos consultas.",
                "Não publiquem endereços no grupo; mandem mensagem aos administradores.",
                "O dinheiro das compras é devolvido com o cupom fiscal.",
            ],
            "phone": [
                "Quem não tem celular com internet pode ligar para {p}.",
                "{name} organiza as caronas para o posto de saúde: {p}.",
                "Para a entrega de sábado, avisem até sexta no {p}.",
            ],
        },
    },
    "LOCAL": [
        "De telefone fixo aqui em {town}, basta discar {a} para falar com a cozinha.",
        "Ligação local ({town}), sem DDD:\n{a}",
        "Em {town} o abrigo atende no {a} e o depósito no {b}.",
        "“É só discar {a}, é ligação local em {town}”, explicou {name} na reunião.",
        "{a} – esse é o fixo da sede em {town}, para quem liga da cidade.",
        "Doadores de {town}: {a} de dia, {b} à noite (ligação local).",
    ],
    "INTL": ["A ONG parceira no exterior atende no {p}.", "{name}, que acompanha o comboio, está no {p}."],
    "OTHER": ["Ligação gratuita para doadores: {p}.", "Atendimento gratuito às famílias: {p}."],
    "EMAIL": ["Mandem a disponibilidade para {e}.", "Os recibos de doação quem envia é {name}: {e}."],
    "CARD": ["A doação no cartão {c} foi cobrada duas vezes."],
    "IBAN": ["Donativos por transferência: {i}.", "Devolvam a inscrição para a conta {i}."],
    "IP": ["O totem de doações da entrada está no endereço {ip}."],
    "NEG": {
        "cnpj": ["Associação sem fins lucrativos, CNPJ {v}."],
        "cnpj_total": ["O bazar arrecadou {v}."],
        "microchip": ["Microchip {v}, já cadastrado."],
        "shift": ["Turno da manhã: {v}."],
        "food_weight": ["A campanha arrecadou {v} de alimentos."],
        "animal_weight": ["Peso na chegada: {v}."],
        "meals": ["Refeições servidas desde janeiro: {v}."],
        "blood_pressure": ["Pressão medida na triagem: {v}."],
    },
    "LIST_HEADS": ["Contatos da equipe", "Telefones do mutirão", "Para quem ligar"],
    "LABELS": ["Depósito", "Van", "Cozinha", "Veterinária", "Coordenação", "Tesouraria"],
}

HI = {
    "GENRES": {
        "foodbank": {
            "titles": ["अन्न बैंक – रविवार का वितरण", "राशन किट: स्वयंसेवकों के लिए सूचना"],
            "lines": [
                "इस बार हर किट में आटा, दाल, चावल और तेल रखा जाएगा।",
                "जिन परिवारों में छोटे बच्चे हैं, उन्हें दूध पाउडर भी दें।",
                "पैकिंग से पहले सभी सामान की एक्सपायरी तारीख ज़रूर देख लें।",
            ],
            "phone": [
                "गाड़ी चलाने में मदद कर सकें तो {name} को {p} पर फ़ोन करें।",
                "वितरण से जुड़े सवालों के लिए {p} पर संपर्क करें।",
                "दुकानदार दान देना चाहें तो {p} पर बता दें।",
            ],
        },
        "shelter": {
            "titles": ["रैन बसेरा – रात की पाली", "सर्दी राहत शिविर: सूचना"],
            "lines": [
                "साफ़ कंबल गलियारे वाली अलमारी में रखे हैं।",
                "रात का खाना साढ़े आठ बजे तक बाँट दिया जाएगा।",
                "कोई भी घटना हो तो रजिस्टर में ज़रूर लिखें।",
            ],
            "phone": [
                "आज रात के प्रभारी {name} हैं, मोबाइल {p}।",
                "पाली बदलनी हो तो {name} से {p} पर बात करें।",
                "जगह न हो तो सहयोगी आश्रय को {p} पर फ़ोन करें।",
            ],
        },
        "blooddrive": {
            "titles": ["रक्तदान शिविर – सामुदायिक भवन", "रक्तदान: स्वयंसेवक चाहिए"],
            "lines": [
                "खाली पेट न आएँ और पहचान पत्र साथ लाएँ।",
                "पहली बार रक्तदान करने वालों को लगभग एक घंटा लगेगा।",
                "रक्तदान के बाद जूस और बिस्कुट दिए जाएँगे।",
            ],
            "phone": [
                "समय तय करने के लिए {p} पर फ़ोन करें।",
                "नाश्ते की व्यवस्था {name} देख रहे हैं: {p}।",
                "रक्तदान के बाद तबीयत ठीक न लगे तो {p} पर कॉल करें।",
            ],
        },
        "rescue": {
            "titles": ["पशु बचाव – फ़ॉस्टर घर चाहिए", "गोद लेने का दिन: देसी कुत्ते"],
            "lines": [
                "सभी पिल्लों का टीकाकरण हो चुका है।",
                "गोद देने से पहले हमारी टीम घर देखने आती है।",
                "पुराने कंबल और खाने के बर्तन दान में दे सकते हैं।",
            ],
            "phone": [
                "घायल जानवर दिखे तो {p} पर तुरंत सूचना दें।",
                "फ़ॉस्टर से जुड़े सवालों के लिए {name} से {p} पर बात करें।",
                "गोद लेने की मुलाक़ात के लिए {p} पर समय लें।",
            ],
        },
        "fundraiser": {
            "titles": ["चैरिटी दौड़ – आख़िरी जानकारी", "दान मेला: आयोजन नोट्स"],
            "lines": [
                "पंजीकरण शुल्क दो सौ रुपये है, बच्चों के लिए मुफ़्त।",
                "लकी ड्रॉ के इनाम मंच के पास वाले स्टॉल पर मिलेंगे।",
                "स्टॉल पंजीकरण के क्रम में दिए जाएँगे।",
            ],
            "phone": [
                "टीम पंजीकरण के लिए {name} को {p} पर कॉल करें।",
                "रास्ते पर तैनात स्वयंसेवक {p} नंबर सेव कर लें।",
                "इनाम दान करना हो तो {p} पर बताएँ।",
            ],
        },
    },
    "LOCAL": [
        "{town} के लैंडलाइन से सीधे {a} मिलाएँ, कोड की ज़रूरत नहीं।",
        "{town} शहर के अंदर (लोकल कॉल):\n{a}",
        "{town} में भंडार का नंबर {a} है और रसोई का {b}।",
        "बैठक में {name} ने कहा, “{town} से बस {a} डायल कीजिए, यह लोकल नंबर है।”",
        "{a} – {town} के किसी भी लैंडलाइन से रक्त बैंक काउंटर के लिए।",
    ],
    "INTL": ["विदेश में सहयोगी संस्था का नंबर: {p}।", "राहत काफ़िले के साथ {name} हैं: {p}।"],
    "OTHER": ["दानदाताओं के लिए टोल-फ़्री नंबर: {p}।", "मुफ़्त सहायता लाइन: {p}।"],
    "EMAIL": ["अपनी उपलब्धता {e} पर भेजें।", "दान की रसीदें {name} भेजते हैं: {e}।"],
    "CARD": [],
    "IBAN": [],
    "IP": ["प्रवेश द्वार पर दान कियोस्क का पता {ip} है।"],
    "NEG": {
        "darpan": ["NGO दर्पण आईडी: {v}।"],
        "inr_total": ["दौड़ से कुल {v} जुटाए गए।"],
        "shift": ["सुबह की पाली: {v}।"],
        "food_weight": ["इस हफ़्ते {v} अनाज इकट्ठा हुआ।"],
        "hemoglobin": ["हीमोग्लोबिन: {v}।"],
        "blood_pressure": ["ब्लड प्रेशर {v} था, इसलिए अगली बार आने को कहा।"],
        "meals": ["जनवरी से अब तक परोसे गए भोजन: {v}।"],
    },
    "LIST_HEADS": ["संपर्क सूची", "आज किसे फ़ोन करें"],
    "LABELS": ["भंडार", "गाड़ी", "रसोई", "पशु चिकित्सक", "समन्वयक"],
}
