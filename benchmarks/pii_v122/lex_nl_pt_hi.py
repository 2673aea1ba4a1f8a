"""Dutch, Portuguese and Hindi sentences for v122 (same placeholders as lex_en)."""

G = {
    "nl": {
        "hotdesk": {
            "t": ["Flexplek geboekt"],
            "s": [
                "Je {N:desk|locker} blijft tot twaalf uur vrij.",
                "De belcellen zijn na tienen meestal bezet.",
            ],
            "p": [
                "Later? App de balie even op {P}.",
                "Het bonnetje is naar {E} gestuurd.",
                "Dagpas afgeschreven van {C}.",
            ],
        },
        "meetup": {
            "t": ["Foundersontbijt – aanmelden"],
            "s": [
                "Onderwerp: van nul naar {N:arr} zonder op te branden.",
                "We zitten in {N:room_label}, de trap op langs de fietsen.",
            ],
            "p": ["Kun je ons niet vinden? Bel {NAME} op {P}.", "Aanmelden via {E}."],
        },
        "membership": {
            "t": ["Lidmaatschap vaste plek"],
            "s": [
                "Inbegrepen: een vaste plek, {N:print_quota|locker} en vergaderuren.",
                "Lever bij vertrek {N:fob_id|parking_permit} in.",
            ],
            "p": [
                "Het bedrag wordt maandelijks geïncasseerd van {I}; vragen via {P}.",
                "Factuurcontact: {E}.",
            ],
        },
        "demoday": {
            "t": ["Demo Day draaiboek"],
            "s": ["Deuren om vijf uur, {N:seat_cap} al vergeven.", "Elk team krijgt een {N:pitch_slot}."],
            "p": ["De stream loopt via {IP}; AV-vragen naar {P}.", "Persvragen naar {E}."],
        },
    },
    "pt": {
        "hotdesk": {
            "t": ["Reserva de mesa rotativa"],
            "s": [
                "A tua {N:desk|locker} fica guardada até ao meio-dia.",
                "As cabines enchem depressa depois das dez.",
            ],
            "p": ["Atrasado? Manda mensagem para a receção: {P}.", "O recibo foi para {E}."],
        },
        "pitchnight": {
            "t": ["Noite de pitch: ordem de apresentação"],
            "s": ["A tua {N:pitch_slot} está confirmada.", "A última vencedora levou {N:funding_eur}."],
            "p": ["Coordenação do palco: {NAME}, no {P}.", "Manda o deck final para {E} até quinta."],
        },
        "virtualoffice": {
            "t": ["Escritório virtual: correspondência de hoje"],
            "s": [
                "Chegaram duas cartas da Receita ({N:company_no|po_box}).",
                "Reencaminhamos a correspondência às sextas.",
            ],
            "p": [
                "As chamadas para o número da empresa são transferidas para {P}.",
                "A mensalidade é debitada de {I}.",
                "As digitalizações seguem para {E}.",
            ],
        },
        "accelerator": {
            "t": ["Aprovação na aceleradora"],
            "s": [
                "Investimos em troca de {N:equity_pct|share_count}.",
                "O demo day tem {N:seat_cap} reservados para investidores.",
            ],
            "p": ["Dúvidas sobre o contrato: {E} ou {P}.", "Confirme por telefone ({P}) até sexta."],
        },
    },
    "hi": {
        "hotdesk": {
            "t": ["हॉट डेस्क बुकिंग कन्फ़र्म"],
            "s": ["आपकी {N:desk|locker} दोपहर 12 बजे तक रिज़र्व है।", "दस बजे के बाद फ़ोन बूथ जल्दी भर जाते हैं।"],
            "p": ["देर हो रही है? रिसेप्शन को {P} पर मैसेज करें।", "रसीद {E} पर भेज दी गई है।"],
        },
        "pitchnight": {
            "t": ["पिच नाइट: क्रम"],
            "s": [
                "आपका {N:pitch_slot} तय है, दस मिनट पहले बैकस्टेज पहुँचें।",
                "पिछली बार विजेता टीम को {N:funding_usd} मिला था।",
            ],
            "p": ["स्टेज मैनेजर {NAME} से {P} पर बात करें।", "फ़ाइनल डेक गुरुवार तक {E} पर भेजें।"],
        },
        "meetup": {
            "t": ["फ़ाउंडर्स मीटअप – RSVP"],
            "s": ["आज का विषय: बिना थके {N:arr} तक पहुँचना।", "हम {N:room_label} में मिलेंगे।"],
            "p": ["रास्ता न मिले तो {NAME} को {P} पर कॉल करें।", "RSVP {E} पर भेजें।"],
        },
    },
}
MISC = {
    "nl": [
        "Er ligt een {N:parcel} bij de balie.",
        "Je {N:booking_ref} is aangepast.",
        "Ons adres: Stationsplein, {N:postcode_nl} Utrecht.",
    ],
    "pt": ["Há uma {N:parcel} na receção.", "A tua {N:booking_ref} foi alterada.", "Bem-vinda à {N:cohort}!"],
    "hi": [
        "रिसेप्शन पर आपका {N:parcel} रखा है।",
        "आपकी {N:booking_ref} बदल दी गई है।",
        "{N:cohort} में आपका स्वागत है!",
    ],
}
LOCAL = {
    "NL": [
        "Bel je vanuit {TOWN}? Dan is de balie gewoon {L1}.",
        "Coworking {TOWN}, lokaal: balie {L1}, events {L2}.",
        "Binnen {TOWN} hoef je het netnummer niet te draaien: {L1}.",
    ],
    "BR": [
        "Ligando de um fixo de {TOWN}, a recepção atende no {L1}.",
        "Coworking {TOWN} (ligação local): recepção {L1}, eventos {L2}.",
        "Em {TOWN}, sem DDD: {L1}.",
    ],
    "IN": [
        "{TOWN} के लैंडलाइन से कोवर्किंग रिसेप्शन का नंबर {L1} है।",
        "{TOWN} में लोकल कॉल: रिसेप्शन {L1}, फ़ैसिलिटी {L2}।",
        "{TOWN} शहर के अंदर सीधे {L1} डायल करें।",
    ],
}
LIST_HEADS = {
    "nl": ["Wie bel je?", "Nummers van het pand"],
    "pt": ["Contatos úteis", "Para quem ligar"],
    "hi": ["ज़रूरी संपर्क"],
}
LIST_LABELS = {
    "nl": ["Balie", "Community", "Events", "Facilitair"],
    "pt": ["Recepção", "Comunidade", "Eventos"],
    "hi": ["रिसेप्शन", "कम्युनिटी", "इवेंट्स"],
}
