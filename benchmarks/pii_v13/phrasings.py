# ruff: noqa: E501
"""Announcing phrasings, written for v13: (language, placement, template). {name} and {num} are filled in.

Placements (none of v12's): checklist item, door sign, lost-pet flyer, shared-document comment, agenda
item, newsletter column, delivery note, windscreen note, pinned group message, contact card, classified ad,
thank-you, whiteboard copy, RSVP line, correction, emergency box, rota footnote and lift share.
"""

from __future__ import annotations

PHRASINGS = [
    # English (18)
    ("en", "checklist", "- [ ] ring {name} on {num} about the trestle tables"),
    ("en", "door sign", "Back in twenty minutes. If it can't wait, phone {name} on {num}."),
    ("en", "flyer", "MISSING since Sunday: small black cat with a white chest. Any sightings please call {name} on {num}, day or night."),
    ("en", "doc comment", "[Comment – {name}]: I'll have my phone on me all day, it's {num}"),
    ("en", "agenda", "4. Raffle prizes (offers of prizes to {name}, tel. {num}, before the meeting)"),
    ("en", "newsletter column", "Got a question for Ask the Gardener? {name} takes calls on {num} most weekday mornings."),
    ("en", "delivery note", "Delivery instructions: leave it by the side gate. If the gate is locked, ring {name} on {num} and someone will come down."),
    ("en", "windscreen note", "Sorry – I clipped your wing mirror reversing out. Please call me so I can pay for it. {name}, {num}"),
    ("en", "pinned message", "📌 Pinned: bookings for the hall go through {name} – text {num}, not this group."),
    ("en", "contact card", "Evenings and weekends → {name}: {num}"),
    ("en", "classified ad", "FOR SALE: child's bike, 20-inch wheels, hardly used. Offers to {name} on {num}."),
    ("en", "thank-you", "A big thank-you to {name}, who lent us the gazebo again – if anyone else needs one, just ring {num}."),
    ("en", "whiteboard", "Copied off the whiteboard in the kitchen: KEYS FOR THE SHED – ask {name} – {num}"),
    ("en", "RSVP", "RSVP by Friday to {name} on {num} (a text is fine)."),
    ("en", "correction", "Correction: the number printed for {name} last week was wrong. The right one is {num}."),
    ("en", "emergency box", "IN AN EMERGENCY ON THE DAY\nphone {name}\n{num}"),
    ("en", "rota footnote", "* Can't make your slot? Swap with someone, or let {name} know on {num}."),
    ("en", "lift share", "Lift share: {name} is driving from the station at 8.15 and has two seats – text {num} if you want one."),
    # German (14)
    ("de", "checklist", "☐ {name} anrufen wegen der Biertischgarnituren: {num}"),
    ("de", "door sign", "Bin gleich zurück! In dringenden Fällen bitte {name} anrufen: {num}"),
    ("de", "flyer", "ENTLAUFEN: Kater Moritz, rot getigert, sehr scheu. Hinweise bitte telefonisch an {name} unter {num}."),
    ("de", "agenda", "TOP 5: Kuchenspenden (Zusagen bitte vorab an {name}, Tel. {num})"),
    ("de", "delivery note", "Lieferhinweis: Bitte am Hintereingang klingeln. Falls niemand öffnet, {name} anrufen: {num}"),
    ("de", "windscreen note", "Beim Ausparken habe ich Ihren Spiegel touchiert – bitte rufen Sie mich an, ich komme für den Schaden auf. {name}, {num}"),
    ("de", "pinned message", "📌 Angepinnt: Anmeldungen nicht hier in der Gruppe, sondern direkt bei {name} unter {num}."),
    ("de", "contact card", "Abends und am Wochenende → {name}: {num}"),
    ("de", "classified ad", "Zu verschenken: Kinderhochstuhl, gut erhalten, nur Abholung. Bei Interesse {name} anrufen: {num}"),
    ("de", "thank-you", "Ein dickes Dankeschön an {name} für den Anhänger! Wer ihn auch mal braucht, ruft einfach {num} an."),
    ("de", "correction", "Korrektur: Im letzten Rundbrief stand eine falsche Nummer. {name} erreicht ihr unter {num}."),
    ("de", "emergency box", "IM NOTFALL AM FESTTAG\n{name} anrufen\n{num}"),
    ("de", "rota footnote", "* Wer nicht kann, tauscht bitte selbst oder sagt {name} telefonisch Bescheid ({num})."),
    ("de", "lift share", "Mitfahrgelegenheit: {name} fährt um 8 Uhr ab Bahnhof, zwei Plätze frei – einfach eine SMS an {num}."),
    # French (12)
    ("fr", "checklist", "☐ appeler {name} pour les tréteaux : {num}"),
    ("fr", "door sign", "De retour dans 15 minutes. En cas d'urgence, appelez {name} au {num}."),
    ("fr", "flyer", "PERDU : chat tigré gris, collier rouge, quartier de la gare. Si vous le voyez, merci d'appeler {name} au {num}."),
    ("fr", "doc comment", "[Commentaire – {name}] : je garde mon portable sur moi toute la journée, c'est le {num}"),
    ("fr", "agenda", "3. Buvette (propositions à transmettre à {name}, tél. {num}, avant la réunion)"),
    ("fr", "newsletter column", "Une question pour la rubrique « Au jardin » ? {name} répond au {num} le mardi matin."),
    ("fr", "pinned message", "📌 Message épinglé : pour réserver la salle, c'est {name} au {num}, pas dans le groupe."),
    ("fr", "classified ad", "À VENDRE : vélo enfant 20 pouces, très bon état. Faire offre à {name} au {num}."),
    ("fr", "RSVP", "Merci de confirmer votre venue avant vendredi auprès de {name} au {num} (un SMS suffit)."),
    ("fr", "whiteboard", "Recopié du tableau blanc de la salle : CLÉS DU LOCAL → appeler {name} → {num}"),
    ("fr", "correction", "Rectificatif : le numéro de {name} indiqué la semaine dernière était faux. Le bon est le {num}."),
    ("fr", "lift share", "Covoiturage : {name} part de la mairie à 8 h et a deux places, envoyez-lui un texto au {num}."),
    # Spanish (11)
    ("es", "checklist", "☐ llamar a {name} por lo de las mesas plegables: {num}"),
    ("es", "door sign", "Vuelvo en diez minutos. Si es urgente, llamad a {name} al {num}."),
    ("es", "flyer", "SE BUSCA: perrita pequeña, color canela, responde a Luna. Si la veis, llamad a {name} al {num}."),
    ("es", "agenda", "4. Rifa (los regalos se entregan a {name}, tel. {num}, antes de la reunión)"),
    ("es", "delivery note", "Indicaciones para el reparto: dejadlo en la portería; si está cerrada, llamad a {name} al {num}."),
    ("es", "windscreen note", "Perdona, te he rozado el retrovisor al aparcar. Llámame y lo arreglamos. {name}, {num}"),
    ("es", "contact card", "Tardes y fines de semana → {name}: {num}"),
    ("es", "thank-you", "Mil gracias a {name} por prestarnos la carpa; si alguien más la necesita, que llame al {num}."),
    ("es", "RSVP", "Confirmad asistencia antes del viernes a {name} en el {num} (vale un whatsapp)."),
    ("es", "emergency box", "EN CASO DE EMERGENCIA EL DÍA DE LA FIESTA\nllamar a {name}\n{num}"),
    ("es", "rota footnote", "* Si no puedes en tu turno, cámbialo con alguien o llama a {name} ({num})."),
    # Italian (11)
    ("it", "checklist", "☐ chiamare {name} per i tavoli pieghevoli: {num}"),
    ("it", "door sign", "Torno subito. Per urgenze chiamare {name} al {num}."),
    ("it", "flyer", "SMARRITO: gatto nero con macchia bianca sul muso, zona stazione. Chi lo vede chiami {name} al {num}."),
    ("it", "doc comment", "[Commento – {name}]: tengo il cellulare acceso tutto il giorno, è il {num}"),
    ("it", "newsletter column", "Domande per la rubrica dell'orto? {name} risponde al telefono, {num}, il giovedì mattina."),
    ("it", "delivery note", "Note per la consegna: lasciare al portone sul retro; se è chiuso chiamare {name} al {num}."),
    ("it", "pinned message", "📌 Messaggio fissato: le prenotazioni della sala si fanno con {name}, scrivete al {num} e non nel gruppo."),
    ("it", "classified ad", "VENDO: seggiolone per bambini, ottime condizioni, solo ritiro. Telefonare a {name}, {num}."),
    ("it", "thank-you", "Un grazie di cuore a {name} per il furgone: chi ne avesse bisogno può chiamare il {num}."),
    ("it", "correction", "Errata corrige: il numero di {name} pubblicato la settimana scorsa era sbagliato, quello giusto è {num}."),
    ("it", "lift share", "Passaggio: {name} parte dalla piazza alle 8 e ha due posti, mandate un messaggio al {num}."),
    # Dutch (11)
    ("nl", "checklist", "☐ {name} bellen over de statafels: {num}"),
    ("nl", "door sign", "Ben zo terug. Dringend? Bel {name}: {num}"),
    ("nl", "flyer", "VERMIST: rode kater, luistert naar Tijger, omgeving speeltuin. Gezien? Bel {name} op {num}."),
    ("nl", "agenda", "5. Hapjes (aanmelden bij {name}, tel. {num}, vóór de vergadering)"),
    ("nl", "newsletter column", "Vragen voor de tuinrubriek? {name} is op dinsdagochtend telefonisch bereikbaar op {num}."),
    ("nl", "windscreen note", "Sorry, ik heb uw spiegel geraakt bij het inparkeren. Bel me even, dan regelen we het. {name}, {num}"),
    ("nl", "contact card", "'s Avonds en in het weekend → {name}: {num}"),
    ("nl", "whiteboard", "Overgenomen van het whiteboard in de kantine: SLEUTELS → bel {name} → {num}"),
    ("nl", "RSVP", "Graag vóór vrijdag laten weten of je komt, bij {name} op {num} (appje mag ook)."),
    ("nl", "emergency box", "BIJ NOOD OP DE DAG ZELF\nbel {name}\n{num}"),
    ("nl", "rota footnote", "* Kun je niet? Ruil zelf of bel {name} ({num})."),
    # Portuguese (11)
    ("pt", "checklist", "☐ ligar para {name} sobre as mesas dobráveis: {num}"),
    ("pt", "door sign", "Volto já. Se for urgente, liguem para {name} no {num}."),
    ("pt", "flyer", "PROCURA-SE: cachorrinha caramelo, atende por Pipoca, sumiu perto da praça. Quem tiver notícia ligue para {name}: {num}."),
    ("pt", "doc comment", "[Comentário – {name}]: vou estar com o celular o dia todo, é {num}"),
    ("pt", "delivery note", "Instruções de entrega: deixar na portaria. Se o porteiro não estiver, ligar para {name} no {num}."),
    ("pt", "pinned message", "📌 Mensagem fixada: reservas do salão só com {name}, pelo {num}, não aqui no grupo."),
    ("pt", "classified ad", "VENDO: berço de madeira em ótimo estado, retirar no local. Falar com {name} no {num}."),
    ("pt", "thank-you", "Muito obrigado a {name} pelo empréstimo da tenda! Quem precisar, é só ligar no {num}."),
    ("pt", "correction", "Errata: o número de {name} saiu errado no último informativo. O certo é {num}."),
    ("pt", "emergency box", "EMERGÊNCIA NO DIA DA FESTA\nligar para {name}\n{num}"),
    ("pt", "lift share", "Carona: {name} sai da estação às 8h e tem duas vagas, manda mensagem pro {num}."),
    # Hinglish (8)
    ("hinglish", "checklist", "- [ ] {name} ko call karna hai tables ke liye: {num}"),
    ("hinglish", "door sign", "10 min mein aata hoon. Urgent ho toh {name} ko call karo: {num}"),
    ("hinglish", "pinned message", "📌 Pinned: hall booking ke liye group mein mat likho, seedha {name} ko {num} pe message karo."),
    ("hinglish", "classified ad", "Bechna hai: cooler, ek saal purana, bilkul sahi chal raha hai. {name} ko call karo {num} pe."),
    ("hinglish", "RSVP", "Friday tak {name} ko {num} pe bata dena ki aa rahe ho ya nahi."),
    ("hinglish", "correction", "Correction: pichle message mein {name} ka number galat tha. Sahi wala {num} hai."),
    ("hinglish", "lift share", "Lift chahiye? {name} 8 baje metro station se nikal rahe hain, {num} pe WhatsApp kar do."),
    ("hinglish", "emergency box", "EMERGENCY HO TOH\n{name} ko phone karo\n{num}"),
    # Hindi (8)
    ("hi", "checklist", "☐ मेज़ों के लिए {name} जी को फ़ोन करना है: {num}"),
    ("hi", "door sign", "दस मिनट में लौटता हूँ। ज़रूरी हो तो {name} जी को फ़ोन करें: {num}"),
    ("hi", "flyer", "खोया है: छोटा भूरा कुत्ता, गले में लाल पट्टा। दिखे तो {name} जी को {num} पर फ़ोन करें।"),
    ("hi", "agenda", "3. प्रसाद वितरण (सुझाव बैठक से पहले {name} जी को दें, फ़ोन {num})"),
    ("hi", "thank-you", "टेंट देने के लिए {name} जी का बहुत धन्यवाद। किसी और को चाहिए तो उन्हें {num} पर फ़ोन करें।"),
    ("hi", "RSVP", "शुक्रवार तक {name} जी को {num} पर फ़ोन करके बता दें कि आप आ रहे हैं या नहीं।"),
    ("hi", "emergency box", "आपात स्थिति में\n{name} जी को फ़ोन करें\n{num}"),
    ("hi", "rota footnote", "* अपनी बारी पर न आ सकें तो {name} जी को {num} पर पहले फ़ोन कर दें।"),
]  # fmt: skip

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
              "pt": "Portuguese", "hinglish": "Hinglish", "hi": "Hindi"}  # fmt: skip


def by_language(lang: str) -> list[int]:
    return [i for i, p in enumerate(PHRASINGS) if p[0] == lang]
