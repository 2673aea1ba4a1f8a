"""Dutch and Portuguese (Brazil and Portugal) lines; slots as in lex_en."""

NL = {
    "post": {
        "open": ["Berichtje voor de buurtapp 🏘️", "Jongens ik heb even jullie hulp nodig 🙈"],
        "pos": [
            "Telefoon gejat, nieuw nummer: {ph} – even opslaan aub!",
            "Wie heeft mijn sleutelbos gevonden bij de Albert Heijn? Bel {ph} 🔑",
            "Voor de voedselbank kun je Sanne bellen op {ph}",
        ],
        "neg": [
            "Echt {social_count} views in één nacht 😳 {hashtag_digits}",
            "Poll gesloten: {poll_pct}, bedankt",
            "Foto's door {handle_digits}, al {social_count} likes",
        ],
        "close": ["Graag delen 🔁", "Dank jullie ❤️"],
    },
    "comments": {
        "open": ["Meest relevante reacties ▾", "Reacties:"],
        "pos": [
            "Bel gewoon de huisbaas, die reageert snel: {ph}",
            "Wij hadden die verhuizers ook, vraag naar Daan {ph}",
        ],
        "neg": ["Bij {video_ts} lag ik echt dubbel 😂", "{handle_digits} het werd {match_score} hoor"],
        "close": ["Vind ik leuk · Reageren", "Meer reacties laden"],
    },
    "bio": {
        "open": ["Tattoo artist 🖤 | alleen op afspraak", "Thuisbakker 🍰 & hondenmens"],
        "pos": ["📲 Afspraken via WhatsApp: {ph}", "Samenwerkingen → {ph}"],
        "neg": ["{social_count} volgers 💕 sinds {year_range}", "🎂 {age_height} • {hashtag_digits}"],
        "close": ["Link in bio ⬇️", "✌️"],
    },
    "forum": {
        "open": ["Beste antwoord ✔", "Re: welke provider heeft het beste bereik op het platteland?"],
        "pos": [
            "Bel de opzegafdeling en vraag om een loyaliteitskorting: {ph}",
            "Mijn scherm is gemaakt door dat winkeltje bij het station, {ph}",
        ],
        "neg": ["Zelfde probleem met mijn {phone_model}", "Vorige keer {stream_uptime} in de wacht gestaan"],
        "close": ["Hoop dat het helpt!", "Verstuurd vanaf mijn telefoon"],
    },
    "chat": {
        "open": ["WhatsApp-chat · Studentenhuis 🏠", "Telegram-export · Groep: zondagloop"],
        "pos": [
            "hier het nummer van de loodgieter {ph}, hij komt morgenochtend",
            "kun je oma bellen? ze zit op {ph}",
            "nieuwe simkaart, sla {ph} op",
        ],
        "neg": [
            "mijn veiligheidsnummer is veranderd: {signal_safety}",
            "gebruiker {telegram_id} is lid geworden",
        ],
        "close": ["👍", "oke thanks", "hahaha"],
    },
    "dating": {
        "open": ["Kamer vrij in studentenhuis 🛏️", "Over mij 💫"],
        "pos": ["Bezichtiging dit weekend, bel {ph}", "Als het klikt, app me direct: {ph} 😉"],
        "neg": [
            "Kamer van {rent_area}, {price} all-in, vanaf {date_range}",
            "{age_height}, Weegschaal, team koffie",
        ],
        "close": ["Geen rokers 🚭", "Katten welkom 🐱"],
    },
    "market": {
        "open": ["TE KOOP 🔥 ophalen only", "Marktplaats-groep: regels in de vastgepinde post"],
        "pos": ["Interesse? Bel of app {ph}", "Alleen contant of Tikkie, contact {ph} na 17u"],
        "neg": [
            "{phone_model}, zo goed als nieuw, {price} of bieden",
            "Sneakers {shoe_size}, {price}, advertentie {classified_id}",
            "betaald via PayPal, transactie {paypal_txn}",
        ],
        "close": ["Niet ruilen", "Particuliere verkoop"],
    },
    "event": {
        "open": ["🎉 Daktuinfeest zaterdag", "Webinar: op uitwisseling gaan"],
        "pos": ["Gastenlijst & tafels: {ph} (alleen sms)", "Vragen aan de organisatie: {ph}"],
        "neg": [
            "Deuren {time_range}, entree {price}, ticketcode {ticket_barcode}",
            "Vergader-ID {zoom_id}, toegangscode {zoom_pass}",
            "We komen met de {train_no}, vak/rij/stoel {seat_ref}",
        ],
        "close": ["Tag je vrienden 👇", "Tot dan!"],
    },
    "gaming": {
        "open": ["Zoek squad 🎮 chill, EU-servers", "Raid vanavond, wie doet mee?"],
        "pos": ["voeg me toe op WhatsApp voor de groep {ph}", "als Discord weer plat ligt: {ph}"],
        "neg": [
            "mijn trainercode {pogo_code}",
            "vriendcode {switch_code}, MMR {mmr_elo}",
            "join {invite_code}, lobby {lobby_code}",
        ],
        "close": ["gg", "geen toxic gedoe"],
    },
    "local": [
        "Vanuit {town}? Bel dan gewoon {ph}, zonder netnummer",
        "Vaste lijn voor {town} (lokaal): {ph}",
        "Woon je in {town}, dan bereik je ons op {ph}",
    ],
    "other": ["Gratis servicenummer: {ph}", "Klantenservice: {ph}"],
    "list_head": ["📌 Handige nummers voor de groep", "Noodcontacten voor het kamp 🚐"],
    "email": ["Sollicitaties naar {em} 📩", "of mail: {em}"],
    "card": ["Iemand heeft net z'n kaartnummer {cc} in de groep gezet 😬 verwijder dat"],
    "iban": ["Borg graag overmaken naar IBAN {iban}", "Overmaken kan ook: {iban}"],
    "ip": ["Server-IP {ip}, whitelist staat aan"],
    "ssn": [],
}

PT = {
    "post": {
        "open": ["Recado pro grupo do bairro 🏘️", "Galera, preciso de uma ajuda 🙏"],
        "pos": [
            "Roubaram meu celular, número novo: {ph} – salvem aí!",
            "Alguém achou um molho de chaves na praça? Me liga no {ph} 🔑",
            "Pra doação de cestas, falem com a Bia no {ph}",
        ],
        "neg": [
            "Gente, {social_count} visualizações numa noite 😳 {hashtag_digits}",
            "Enquete encerrada: {poll_pct}, valeu",
            "Fotos do {handle_digits}, já {social_count} curtidas",
        ],
        "close": ["Compartilhem 🔁", "Obrigada a todos ❤️"],
    },
    "comments": {
        "open": ["Comentários mais relevantes ▾", "Respostas:"],
        "pos": [
            "Liga direto pro dono do apê, ele responde rápido: {ph}",
            "A gente usou essa transportadora, chama o Rafa {ph}",
        ],
        "neg": ["No {video_ts} eu morri de rir 😂", "{handle_digits} terminou {match_score} kkk"],
        "close": ["Curtir · Responder", "Ver mais comentários"],
    },
    "bio": {
        "open": ["Tatuadora 🖤 | só com horário marcado", "Confeiteira 🍰 e mãe de pet"],
        "pos": ["📲 Agendamentos no WhatsApp: {ph}", "Parcerias → {ph}"],
        "neg": ["{social_count} seguidores 💕 desde {year_range}", "🎂 {age_height} • {hashtag_digits}"],
        "close": ["Link na bio ⬇️", "✌️"],
    },
    "forum": {
        "open": ["Melhor resposta ✔", "Re: qual operadora pega melhor no interior?"],
        "pos": [
            "Liga no setor de cancelamento e pede desconto de fidelidade: {ph}",
            "Minha tela foi trocada na lojinha perto da rodoviária, {ph}",
        ],
        "neg": [
            "Tive o mesmo problema com meu {phone_model}",
            "Da última vez fiquei {stream_uptime} esperando",
        ],
        "close": ["Espero ter ajudado!", "Enviado do celular"],
    },
    "chat": {
        "open": ["Conversa do WhatsApp · República 🏠", "Exportação do Telegram · Grupo: corrida de domingo"],
        "pos": [
            "o número do encanador é {ph}, ele vem amanhã cedo",
            "liga pra vó? ela tá no {ph}",
            "chip novo, salva {ph}",
        ],
        "neg": ["meu número de segurança mudou: {signal_safety}", "usuário {telegram_id} entrou no grupo"],
        "close": ["👍", "blz valeu", "kkkkk"],
    },
    "dating": {
        "open": ["Quarto disponível em república 🛏️", "Sobre mim 💫"],
        "pos": ["Visitas no fim de semana, liga {ph}", "Se der match, me chama direto: {ph} 😉"],
        "neg": [
            "Quarto de {rent_area}, {price} com contas, entrada {date_range}",
            "{age_height}, Leão, time praia",
        ],
        "close": ["Não fumantes 🚭", "Aceita pet 🐶"],
    },
    "market": {
        "open": ["VENDO 🔥 retirada em mãos", "Grupo de desapego: regras no post fixado"],
        "pos": ["Interessados chamar no zap {ph}", "Só Pix ou dinheiro, contato {ph} depois das 17h"],
        "neg": [
            "{phone_model}, seminovo, {price} aceito proposta",
            "Tênis {shoe_size}, {price}, anúncio {classified_id}",
            "pago pelo PayPal, transação {paypal_txn}",
        ],
        "close": ["Não faço troca", "Venda entre particulares"],
    },
    "event": {
        "open": ["🎉 Festa na laje sábado", "Webinar: como conseguir intercâmbio"],
        "pos": ["Lista e mesas: {ph} (só WhatsApp)", "Dúvidas com a organização: {ph}"],
        "neg": [
            "Portões {time_range}, ingresso {price}, código {ticket_barcode}",
            "ID da reunião {zoom_id}, senha {zoom_pass}",
            "Voo {flight_no}, setor/fila/cadeira {seat_ref}",
        ],
        "close": ["Marca os amigos 👇", "Esperamos vocês!"],
    },
    "gaming": {
        "open": ["Procuro squad 🎮 de boa, servidores SA", "Raid hoje à noite, quem vem?"],
        "pos": ["me adiciona no zap do squad {ph}", "se o Discord cair de novo: {ph}"],
        "neg": [
            "código de treinador {pogo_code}",
            "código de amigo {switch_code}, MMR {mmr_elo}",
            "entra {invite_code}, lobby {lobby_code}",
        ],
        "close": ["gg", "sem toxicidade"],
    },
    "local": [
        "Quem é de {town} liga só {ph}, sem DDD",
        "Fixo pra {town} (ligação local): {ph}",
        "Morando em {town}? É só discar {ph}",
    ],
    "other": ["Central gratuita: {ph}", "Atendimento ao cliente: {ph}"],
    "list_head": ["📌 Contatos úteis do grupo", "Contatos de emergência da excursão 🚐"],
    "email": ["Currículo pro {em} 📩", "ou por e-mail: {em}"],
    "card": ["Alguém acabou de mandar o cartão {cc} no grupo 😬 apaga isso"],
    "iban": ["Sinal por transferência, IBAN {iban}", "Também dá por transferência: {iban}"],
    "ip": ["IP do servidor {ip}, whitelist ligada"],
    "ssn": [],
}
