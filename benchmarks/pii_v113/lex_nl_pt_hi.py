"""Dutch, Portuguese and Hindi sentences for v113 (same slots as lex_en)."""

NL = {
    "recruit": {
        "titles": ["Gezonde vrijwilligers gezocht", "Onderzoek naar een nieuw griepvaccin – met vergoeding"],
        "pos": [
            "Meer weten? Bel het onderzoekscentrum op {PN} of mail naar {E}.",
            "Liever appen? Stuur een bericht naar {PM}.",
            "Gratis informatielijn: {PF}.",
            "Vanuit het buitenland belt u {PI}.",
        ],
        "neg": ["U heeft een {N.bmi} en rookt niet.", "De vergoeding bedraagt {N.money}."],
    },
    "screening": {
        "titles": ["Uw afspraak voor de keuring"],
        "pos": [
            "Kom nuchter. Lukt het niet, laat het dan weten aan {name} via {PM}.",
            "Vragen vooraf? De researchverpleegkundige is bereikbaar op {PN}.",
        ],
        "neg": ["Uw screeningnummer is {N.subject}.", "We nemen {N.tubes} af.", "Tijdvak: {N.timewin}."],
    },
    "ethics": {
        "titles": ["Positief besluit METC", "Amendement – besluit"],
        "pos": [
            "Vragen over dit besluit kunt u stellen aan het secretariaat, {name}, via {PN} of {E}.",
            "De opdrachtgever is bereikbaar op {PI}.",
        ],
        "neg": [
            "Registratie {N.isrctn}; halfwaardetijd {N.halflife}.",
            "Protocol {N.protocol}, versie {N.version}.",
        ],
    },
    "panel": {
        "titles": ["Nieuwsbrief proefpersonenpanel"],
        "pos": [
            "Verhuisd? Geef uw nieuwe gegevens door op {PN} of via {E}.",
            "Nieuwe studies melden we per sms vanaf {PM}.",
        ],
        "neg": ["Dit voorjaar deden {N.samplesize} deelnemers mee.", "De resultaten verschenen als {N.doi}."],
    },
    "stipend": {
        "titles": ["Vergoeding reiskosten"],
        "pos": ["We maken de reiskosten over naar {IBAN}.", "Vragen over betalingen: {PN}."],
        "neg": ["Per afgeronde visite ontvangt u {N.money}."],
    },
}
NL_LOCAL = [
    "Woont u in {town}? Het onderzoekscentrum belt u binnen de stad gewoon op {L}.",
    "Deelnemers uit {town}: aanmelden via {L}, spoed via {L} (zonder netnummer).",
    "Binnen {town} is de researchpoli kortweg {L}.",
]
NL_HEADS = ["Contactgegevens studie", "Telefoonnummers onderzoeksteam"]
NL_LABELS = [
    "Researchverpleegkundige",
    "Hoofdonderzoeker",
    "Apotheek",
    "Monsterontvangst",
    "Dienstdoende arts",
]

PT = {
    "recruit": {
        "titles": ["Procuramos voluntários saudáveis", "Estudo clínico sobre diabetes – participe"],
        "pos": [
            "Quer saber se pode participar? Ligue para o centro de pesquisa no {PN} ou escreva para {E}.",
            "Se preferir, mande um WhatsApp para {PM}.",
            "Ligação gratuita: {PF}.",
            "Do exterior, disque {PI}.",
        ],
        "neg": ["É preciso ter {N.bmi} e não fumar.", "Ressarcimento de despesas: {N.money}."],
    },
    "screening": {
        "titles": ["Sua consulta de triagem"],
        "pos": [
            "Venha em jejum. Se não puder comparecer, avise {name} pelo {PM}.",
            "Dúvidas antes da consulta: {PN}.",
        ],
        "neg": ["Seu número de triagem é {N.subject}.", "Coletaremos {N.tubes}.", "Horário: {N.timewin}."],
    },
    "courier": {
        "titles": ["Envio de amostras congeladas"],
        "pos": [
            "Agende a coleta até as 13h pelo {PF}; o laboratório central atende no {PN}.",
            "Envie o manifesto no mesmo dia para {E}.",
        ],
        "neg": ["Caixa com {N.dryice}, conhecimento aéreo {N.waybill}.", "Armazenar em {N.freezer}."],
    },
    "consent": {
        "titles": ["Termo de consentimento – contatos"],
        "pos": [
            "Em caso de dúvidas, fale com a coordenadora do estudo, {name}, no {PN}.",
            "Em emergência, mostre o cartão do estudo e peça para ligarem para {PI}.",
        ],
        "neg": [
            "Versão do documento: {N.version}.",
            "Eventos adversos codificados pelo MedDRA ({N.meddra}).",
        ],
    },
    "panel": {
        "titles": ["Boletim do cadastro de voluntários"],
        "pos": [
            "Mudou de endereço? Atualize seus dados no {PN} ou pelo {E}.",
            "Novos estudos são avisados por SMS do {PM}.",
        ],
        "neg": ["Neste semestre, {N.samplesize} voluntários participaram."],
    },
}
PT_LOCAL = [
    "Mora em {town}? A recepção do centro de pesquisa atende no {L}, ligação local.",
    "Voluntários de {town}: agendamento {L}, enfermagem {L} – sem o DDD.",
    "De um fixo de {town}, basta discar {L} para falar com o estudo.",
]
PT_HEADS = ["Contatos do estudo", "Telefones do centro"]
PT_LABELS = ["Enfermagem de pesquisa", "Investigador principal", "Farmácia", "Recepção de amostras"]

HI = {
    "recruit": {
        "titles": ["स्वस्थ स्वयंसेवकों की आवश्यकता", "अस्थमा की नई दवा पर क्लिनिकल ट्रायल"],
        "pos": [
            "भाग लेने के लिए रिसर्च सेंटर को {PN} पर कॉल करें या {E} पर ईमेल भेजें।",
            "आप {PM} पर व्हाट्सऐप भी कर सकते हैं।",
            "निःशुल्क हेल्पलाइन: {PF}।",
        ],
        "neg": ["शर्त: {N.bmi}, धूम्रपान न करते हों।", "हर विज़िट के लिए {N.money} दिए जाएंगे।"],
    },
    "screening": {
        "titles": ["स्क्रीनिंग विज़िट की सूचना"],
        "pos": ["खाली पेट आएं। देर हो तो {name} को {PM} पर बता दें।", "पहले से सवाल हों तो {PN} पर पूछें।"],
        "neg": ["आपका स्क्रीनिंग नंबर {N.subject} है।", "हम {N.tubes} खून लेंगे।"],
    },
    "consent": {
        "titles": ["सहमति पत्र – संपर्क"],
        "pos": [
            "अध्ययन के बारे में कोई भी सवाल हो तो टीम से {PN} पर संपर्क करें।",
            "आपात स्थिति में अपना स्टडी कार्ड दिखाएं और {PI} पर फ़ोन करवाएं।",
        ],
        "neg": ["दस्तावेज़ का संस्करण: {N.version}।", "एथिक्स कमेटी संदर्भ: {N.rec}।"],
    },
    "nurse": {
        "titles": ["रिसर्च नर्स के नोट्स"],
        "pos": ["प्रतिभागी ने कहा कि उन्हें मोबाइल {PM} पर ही कॉल करें।", "कल क्लिनिक {name} संभालेंगी, नंबर {PN}।"],
        "neg": ["जांच: {N.bp}, {N.hr}।", "ईसीजी सामान्य, {N.qtc}।"],
    },
}
HI_LOCAL = [
    "{town} शहर के लैंडलाइन से ट्रायल सेंटर का नंबर सिर्फ़ {L} है।",
    "{town} के प्रतिभागी पंजीकरण के लिए {L} और लैब के लिए {L} डायल करें।",
    "{town} में लोकल कॉल पर स्टडी कोऑर्डिनेटर: {L}।",
]
HI_HEADS = ["अध्ययन संपर्क", "ट्रायल टीम के नंबर"]
HI_LABELS = ["रिसर्च नर्स", "मुख्य अन्वेषक", "फ़ार्मेसी", "सैंपल काउंटर"]
