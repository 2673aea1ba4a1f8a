"""Dutch, Portuguese and Hindi sentences (circus, magic and street performance), written for v119."""

NL = {
    "school": {
        "title": ["Circusschool – inschrijving najaar", "Jeugdcircus: proefles"],
        "pos": [
            "Een proefles boekt u via de balie: {PN}.",
            "Is uw kind ziek? Laat het trainer {NAME} weten via {PM}.",
            "Het lesgeld maakt u over naar {IBAN}; vragen over korting naar {ER}.",
        ],
        "neg": [
            "De groep luchtacrobatiek (leeftijd {n:age_range}) traint {n:class_slot} in zaal "
            "{n:rehearsal_room}.",
            "Lidnummer {n:member_no}; lesperiode {n:term_dates}.",
        ],
    },
    "clown": {
        "title": ["Clown inhuren voor een kinderfeest", "Cliniclowns: bezoekrooster"],
        "pos": [
            "Wilt u het tijdstip verzetten? Bel {NAME} op {PM}.",
            "De coördinator van de kinderafdeling is bereikbaar op {PN}; mail het team via {ER}.",
            "Gratis boekingslijn: {PO}.",
        ],
        "neg": [
            "Kostuummaten {n:costume_size}; de eenwieler heeft een {n:unicycle_wheel} wiel.",
            "Optreden {n:gig_ref}, kraam {n:fair_stand} op de braderie.",
        ],
    },
    "busking": {
        "title": ["Vergunning straatoptreden", "Rooster voor straatmuzikanten"],
        "pos": [
            "Bij controle kan een handhaver de vergunning nagaan via {PN}.",
            "Klachten over geluid naar {ER}; contactpersoon {NAME}, {PN}.",
            "Artiesten uit België bellen het cultuurloket op {PI}.",
        ],
        "neg": [
            "Vergunning {n:busking_permit}, standplaats {n:pitch_code}, maximaal {n:noise_limit}.",
            "Speeltijden {n:class_slot}; de fontein ligt op {n:gps}.",
        ],
    },
    "juggling": {
        "title": ["Jongleerclub – nieuwsbrief", "Jongleerconventie: vrijwilligers"],
        "pos": [
            "Staat de gymzaal dicht? Bel {NAME}: {PM}.",
            "Het conventiebureau zit op {PN}, het vrijwilligersrooster beheert {EP}.",
            "Contributie graag naar {IBAN}.",
        ],
        "neg": [
            "Patroon van de maand: {n:siteswap}; clubrecord {n:catch_record} vangsten.",
            "Artikel {n:prop_sku}; startvolgorde {n:running_order}, score {n:score}.",
        ],
    },
    "troupe": {
        "title": ["Tourneeblad van het gezelschap", "Vooruitinfo volgend theater"],
        "pos": [
            "Voorbereiding: {NAME}, mobiel {PM}; productie op {PN}.",
            "De tourmanager is dag en nacht bereikbaar op {PI}.",
            "Het lichtpaneel zit op {IP4}, de mediaserver op {IP6}.",
        ],
        "neg": [
            "Vrachtwagen {n:truck_plate} met aanhanger van {n:trailer_weight}; aggregaat {n:generator_kva}.",
            "Tent {n:tent_size}, opbouwdagen {n:tour_dates}.",
        ],
    },
}
NL_LOCAL = [
    "Woont u in {TOWN}? Binnen de stad belt u de circusschool gewoon op {L}.",
    "Kassa van de circustent in {TOWN}: lokaal {L}, na het optreden {L2}.",
    "Vanuit {TOWN} zelf bereikt u de goochelwinkel zonder kengetal op {L}.",
    "Straatartiesten in {TOWN} kunnen het marktbureau lokaal bellen: {L}.",
]
NL_HEADS = ["Contactlijst tournee", "Wie bel je?"]
NL_LABELS = ["Directie", "Artiesteningang", "Kassa", "Rekwisieten", "Tourmanager", "EHBO"]

PT = {
    "school": {
        "title": ["Escola de circo – matrículas", "Circo infantil: aula experimental"],
        "pos": [
            "Para marcar a aula experimental, ligue para a secretaria: {PN}.",
            "Se a criança faltar, avise a professora {NAME} pelo {PM}.",
            "A mensalidade pode ser paga no cartão ({CC}); dúvidas para {ER}.",
        ],
        "neg": [
            "A turma de tecido (idade {n:age_range}) treina {n:class_slot} na sala {n:rehearsal_room}.",
            "Matrícula {n:member_no}; período {n:term_dates}.",
        ],
    },
    "magician": {
        "title": ["Mágico para festas e eventos", "Orçamento de show de mágica"],
        "pos": [
            "Obrigado pelo contato! Fale comigo, {NAME}, no {PM}.",
            "O sinal pode ser pago no cartão ({CC}).",
            "Central gratuita de reservas: {PO}.",
            "Para shows no exterior, meu empresário atende no {PI}.",
        ],
        "neg": [
            "O show tem 40 minutos; cupom {n:voucher_code}.",
            "Meu livro de cartomagia tem ISBN {n:isbn}.",
        ],
    },
    "clown": {
        "title": ["Palhaço para aniversário", "Palhaços no hospital: agenda"],
        "pos": [
            "Para mudar o horário da festa, ligue para {NAME}: {PM}.",
            "A coordenação da pediatria atende no {PN}; e-mail da equipe: {ER}.",
        ],
        "neg": [
            "Tamanhos das fantasias {n:costume_size}; monociclo aro {n:unicycle_wheel}.",
            "Referência do evento {n:gig_ref}, barraca {n:fair_stand} na quermesse.",
        ],
    },
    "busking": {
        "title": ["Licença para artista de rua", "Escala de pontos para artistas de rua"],
        "pos": [
            "A fiscalização pode confirmar sua licença pelo {PN}.",
            "Reclamações de barulho: {ER}; responsável {NAME}, {PN}.",
        ],
        "neg": [
            "Licença {n:busking_permit}, ponto {n:pitch_code}, limite {n:noise_limit}.",
            "Horários {n:class_slot}; a praça fica em {n:gps}.",
        ],
    },
    "troupe": {
        "title": ["Roteiro de turnê da trupe", "Produção: próximo teatro"],
        "pos": [
            "Contato da produção: {NAME}, celular {PM}; escritório {PN}.",
            "A diretora de turnê atende 24 horas no {PI}.",
            "A mesa de luz está em {IPP} e o servidor de vídeo em {IP6}.",
        ],
        "neg": [
            "Caminhão {n:truck_plate} com reboque de {n:trailer_weight}; lona de {n:tent_size}.",
            "Datas de montagem {n:tour_dates}; microfones em {n:mic_freq}.",
        ],
    },
}
PT_LOCAL = [
    "Mora em {TOWN}? De telefone fixo da cidade, a escola de circo atende no {L}.",
    "Bilheteria do circo em {TOWN}: ligação local para {L}, ou {L2} à noite.",
    "Dentro de {TOWN}, para contratar o palhaço basta discar {L}.",
    "Artistas de rua de {TOWN} falam com a prefeitura pelo {L}, sem código de área.",
]
PT_HEADS = ["Contatos da trupe", "Quem atende"]
PT_LABELS = [
    "Direção",
    "Entrada dos artistas",
    "Bilheteria",
    "Contrarregra",
    "Produção",
    "Primeiros socorros",
]

HI = {
    "school": {
        "title": ["सर्कस स्कूल – दाख़िला", "बच्चों का सर्कस: ट्रायल क्लास"],
        "pos": [
            "ट्रायल क्लास बुक करने के लिए ऑफ़िस को {PN} पर फ़ोन करें।",
            "बच्चा छुट्टी पर हो तो कोच {NAME} को {PM} पर बता दें।",
            "फ़ीस से जुड़े सवाल {ER} पर भेजें।",
        ],
        "neg": [
            "एरियल ग्रुप (उम्र {n:age_range}) {n:class_slot} बजे कमरा {n:rehearsal_room} में अभ्यास करता है।",
            "सदस्य संख्या {n:member_no}।",
        ],
    },
    "magician": {
        "title": ["जादूगर बुक करें", "जादू शो का कोटेशन"],
        "pos": [
            "आपकी पूछताछ के लिए धन्यवाद! मुझसे, {NAME}, सीधे {PM} पर बात करें।",
            "एडवांस कार्ड ({CC}) से दिया जा सकता है।",
            "मुफ़्त बुकिंग लाइन: {PO}।",
        ],
        "neg": [
            "शो 45 मिनट का है; वाउचर कोड {n:voucher_code}।",
            "मेरी जादू की किताब का ISBN {n:isbn} है।",
        ],
    },
    "clown": {
        "title": ["जन्मदिन के लिए जोकर", "अस्पताल में जोकर विज़िट"],
        "pos": [
            "पार्टी का समय बदलना हो तो {NAME} को {PM} पर कॉल करें।",
            "बच्चों के वार्ड की कोऑर्डिनेटर {PN} पर मिलेंगी।",
        ],
        "neg": [
            "पोशाक का साइज़ {n:costume_size}; यूनीसाइकिल {n:unicycle_wheel}।",
            "कार्यक्रम संदर्भ {n:gig_ref}, मेले में स्टॉल {n:fair_stand}।",
        ],
    },
    "troupe": {
        "title": ["मंडली का टूर प्लान", "अगले शहर की तैयारी"],
        "pos": [
            "आगे की व्यवस्था: {NAME}, मोबाइल {PM}; प्रोडक्शन ऑफ़िस {PN}।",
            "टूर मैनेजर विदेश से {PI} पर चौबीसों घंटे उपलब्ध हैं।",
        ],
        "neg": [
            "ट्रक {n:truck_plate} के साथ {n:trailer_weight} का ट्रेलर; जनरेटर {n:generator_kva}।",
            "तंबू {n:tent_size}; सेटअप की तारीख़ें {n:tour_dates}।",
        ],
    },
}
HI_LOCAL = [
    "{TOWN} में रहते हैं? शहर के लैंडलाइन से सर्कस स्कूल का नंबर सिर्फ़ {L} है।",
    "{TOWN} के सर्कस टेंट का टिकट काउंटर: लोकल कॉल पर {L}, शाम को {L2}।",
    "{TOWN} शहर के अंदर जोकर बुक करने के लिए बिना कोड के {L} मिलाएँ।",
]
HI_HEADS = ["संपर्क सूची", "किसे फ़ोन करें"]
HI_LABELS = ["रिंगमास्टर", "टिकट काउंटर", "टूर मैनेजर", "प्राथमिक चिकित्सा", "पोशाक विभाग"]
