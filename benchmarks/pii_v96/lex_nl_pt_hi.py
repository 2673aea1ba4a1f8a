"""Dutch, Portuguese and Hindi sentences: games and play (same slots as lex_en)."""

NL = {
    "escape": {
        "head": ["Je boeking bij de escaperoom", "Bevestiging – Het Verloren Observatorium"],
        "ph": [
            "Ben je later dan tien minuten? Bel dan de balie op {nat}.",
            "Datum wijzigen kan via onze reserveringslijn {oth}.",
            "Contactpersoon van de groep: {name}, mobiel {nat}.",
        ],
        "plain": [
            "Jullie zijn ontsnapt: {neg}.",
            "De aanbetaling is afgeschreven van kaart {card}.",
            "Boekingsgegevens: {neg}.",
        ],
    },
    "lan": {
        "head": ["LAN-party: wat neem je mee", "Zaalindeling winter-LAN"],
        "ph": [
            "Problemen met het netwerk? De crew is bereikbaar op {nat}.",
            "De beheerder van het buurthuis heeft nummer {nat}, voor vragen over parkeren.",
        ],
        "plain": [
            "De gameservers draaien op {ip}.",
            "Jouw plek: {neg}.",
            "Deelnamekosten overmaken naar {iban} onder vermelding van je nickname.",
        ],
    },
    "boardgame": {
        "head": ["Spellenavond in het café", "Nieuwsbrief van de spellenclub"],
        "ph": [
            "Is de zijdeur dicht, bel dan even met {name} op {nat}.",
            "Onze vrienden van de club in Antwerpen zijn bereikbaar op {intl}.",
        ],
        "plain": [
            "Giften voor de spellenkast zijn welkom op {iban}.",
            "Aanmelden voor het toernooi via {email}.",
            "De regelkwestie is opgelost, zie {neg}.",
        ],
    },
    "chess": {
        "head": ["Clubkampioenschap – indeling", "Jeugdschaakkamp"],
        "ph": [
            "Kun je de eerste ronde niet spelen, meld je dan bij wedstrijdleider {name}, {nat}.",
            "Ouders kunnen tijdens het kamp de leiding bellen op {nat}.",
        ],
        "plain": [
            "Indeling: {neg}.",
            "Speeltempo: {neg}.",
            "Ratingupdate: {neg}.",
        ],
    },
    "bridge": {
        "head": ["Dinsdagdrive – uitslag", "Mededelingen bridgeclub"],
        "ph": [
            "Zoek je een partner? Bel {name} op {nat}.",
            "Bij afgelasting spreken we een bericht in op de clubtelefoon, {nat}.",
        ],
        "plain": [
            "Hoogste score van de avond: {neg}.",
            "Contributie graag vóór de ledenvergadering naar {iban}.",
        ],
    },
}

PT = {
    "esports": {
        "head": ["Peneira da equipe de base", "Agenda de treinos"],
        "ph": [
            "Se o Discord cair, liguem para o manager {name} no {nat}.",
            "Pais de jogadores menores falam com a coordenadora pelo {nat}.",
            "O patrocinador de periféricos fica em Lisboa: {intl}.",
        ],
        "plain": [
            "Último treino: {neg}.",
            "Tamanho da camisa até sexta para {email}.",
            "Perfil do jogador na API do campeonato: {neg}.",
        ],
    },
    "gameshop": {
        "head": ["Sua pré-venda chegou", "Comprovante de troca"],
        "ph": [
            "Sua encomenda está na loja; ligue para {nat} se precisar que a gente segure mais uns dias.",
            "Central da transportadora: {oth}.",
        ],
        "plain": [
            "Produto: edição de colecionador, {neg}.",
            "Pago com o cartão {card}.",
            "Comprovante enviado para {email}.",
        ],
    },
    "escape": {
        "head": ["Sua reserva na sala de fuga", "Confirmação – O Cofre do Barão"],
        "ph": [
            "Atrasou mais de dez minutos? Ligue para a recepção no {nat}.",
            "Responsável pelo grupo: {name}, celular {nat}.",
        ],
        "plain": [
            "Vocês escaparam: {neg}.",
            "Código da reserva: {neg}.",
        ],
    },
    "boardgame": {
        "head": ["Encontro de jogos de tabuleiro", "Boletim do clube"],
        "ph": [
            "Se o portão estiver fechado, liga pra {name} no {nat}.",
            "O café que nos recebe atende reservas no {nat}.",
        ],
        "plain": [
            "Inscrições para o torneio pelo e-mail {email}.",
            "A dúvida de regra foi resolvida: {neg}.",
        ],
    },
}

HI = {
    "chess": {
        "head": ["शतरंज क्लब – राउंड की जोड़ियाँ", "बच्चों का शतरंज कैंप"],
        "ph": [
            "पहले राउंड में नहीं आ पा रहे हैं तो आर्बिटर {name} को {nat} पर फ़ोन करें।",
            "कैंप के दौरान अभिभावक हॉल के नंबर {nat} पर संपर्क कर सकते हैं।",
        ],
        "plain": [
            "जोड़ियाँ तय हो गई हैं: {neg}।",
            "समय नियंत्रण: {neg}।",
        ],
    },
    "gameshop": {
        "head": ["आपका प्री-ऑर्डर तैयार है", "गेम स्टोर की रसीद"],
        "ph": [
            "आपका ऑर्डर दुकान पर आ गया है; ज़्यादा दिन रखवाना हो तो {nat} पर कॉल करें।",
            "कूरियर हेल्पलाइन: {oth}।",
        ],
        "plain": [
            "सामान: कलेक्टर एडिशन, {neg}।",
            "रसीद {email} पर भेज दी गई है।",
        ],
    },
    "esports": {
        "head": ["टीम ट्रायल की सूचना", "बूटकैंप की जानकारी"],
        "ph": [
            "डिस्कॉर्ड बंद हो जाए तो मैनेजर {name} को {nat} पर कॉल करें।",
            "विदेश से आए स्पॉन्सर प्रतिनिधि का नंबर {intl} है।",
        ],
        "plain": [
            "पिछला स्क्रिम: {neg}।",
            "खिलाड़ी प्रोफ़ाइल: {neg}।",
        ],
    },
}

LOCAL_NL = [
    "Bel je vanuit {town} zelf, dan volstaat {loc}.",
    "Binnen {town} is de spellenwinkel te bereiken op {loc}, zonder kengetal.",
    "Clubhuis {town} (lokaal nummer): {loc}.",
    "Escaperoom {town} – vanaf een vaste lijn in de stad: {loc}; groepen: {loc}.",
    "Voor bellers uit {town}: het schaakcafé heeft {loc}.",
    "Wie in {town} woont, belt de LAN-crew gewoon op {loc}.",
]
LOCAL_BR = [
    "De fixo em {town}, a loja de jogos atende no {loc}.",
    "Para quem liga de {town} mesmo, é só discar {loc}.",
    "Clube de xadrez de {town} – telefone local {loc}.",
    "Sala de fuga em {town}: recepção {loc}, grupos {loc} (ligação local).",
    "Em {town}, sem o DDD: {loc}.",
    "Quem está em {town} liga para a lan house no {loc}.",
]
LOCAL_HI = [
    "{town} शहर के अंदर शतरंज अकादमी का लैंडलाइन बस {loc} है।",
    "{town} से लोकल कॉल करने वाले गेमिंग कैफ़े को {loc} पर फ़ोन करें।",
    "{town} में बिना कोड के {loc} डायल करें, टूर्नामेंट डेस्क मिल जाएगा।",
    "गेम स्टोर ({town} शाखा), लोकल नंबर: {loc}",
    "{town} के लैंडलाइन से क्लब सचिव का नंबर {loc} है।",
]

LIST_HEADS_NL = ["Contactpersonen", "Op de speeldag", "Belrooster"]
LIST_HEADS_PT = ["Contatos", "No dia do evento", "Telefones da organização"]
LIST_HEADS_HI = ["संपर्क नंबर", "आयोजन के दिन"]
