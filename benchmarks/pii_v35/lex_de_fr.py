"""German (with Denglisch) and French lines; slots as in lex_en."""

DE = {
    "post": {
        "open": [
            "Kurze Info an alle aus der Nachbarschaftsgruppe 🏘️",
            "Okay Leute, ich brauch mal eure Hilfe 🙈",
        ],
        "pos": [
            "Handy geklaut, neue Nummer: {ph} – bitte speichern!",
            "Wer hat meinen Schlüsselbund gefunden? Meldet euch unter {ph} 🔑",
            "Unsere Foodsharing-Abholung koordiniert Jana, erreichbar unter {ph}",
        ],
        "neg": [
            "Krass, {social_count} Aufrufe über Nacht 😳 {hashtag_digits}",
            "Umfrage beendet: {poll_pct}, danke fürs Voten",
            "Fotos by {handle_digits}, schon {social_count} Likes",
        ],
        "close": ["Bitte teilen 🙏", "Danke euch ❤️", "Sharing is caring 😅"],
    },
    "comments": {
        "open": ["Relevanteste Kommentare ▾", "Antworten auf den Beitrag:"],
        "pos": [
            "Ruf einfach beim Hausmeister an, der ist super nett: {ph}",
            "Wir hatten die Umzugsfirma auch, frag nach Timo {ph}",
        ],
        "neg": [
            "Bei {video_ts} bin ich gestorben 😂",
            "{handle_digits} es stand am Ende {match_score}, sorry",
        ],
        "close": ["Gefällt mir · Antworten", "Mehr Kommentare laden"],
    },
    "bio": {
        "open": ["Tattoo Artist 🖤 | Termine nur nach Absprache", "Hobbyköchin, Mama von 2 Wirbelwinden"],
        "pos": ["📲 Termine per WhatsApp: {ph}", "Booking & Kooperationen → {ph}"],
        "neg": ["{social_count} Follower 💕 seit {year_range} dabei", "🎂 {age_height} • {hashtag_digits}"],
        "close": ["Link in Bio ⬇️", "✌️"],
    },
    "forum": {
        "open": ["Beste Antwort ✔", "Re: Welcher Anbieter hat auf dem Land den besten Empfang?"],
        "pos": [
            "Ruf bei der Kündigungsabteilung an und frag nach dem Treuerabatt: {ph}",
            "Mein Display hat der kleine Laden am Bahnhof gemacht, Nummer {ph}",
        ],
        "neg": [
            "Hatte das gleiche Problem mit meinem {phone_model}, ich hab {rep_points} Punkte hier, glaub mir",
            "Warteschleife war {stream_uptime}, nimm dir Snacks mit",
        ],
        "close": ["Hoffe, das hilft!", "Gesendet vom Handy, sorry für Tippfehler"],
    },
    "chat": {
        "open": ["WhatsApp-Chat mit WG Kastanienallee 🏠", "Telegram-Export · Gruppe: Laufgruppe Sonntag"],
        "pos": [
            "hier die nummer vom klempner {ph}, er kommt morgen früh",
            "kannst du oma anrufen? sie ist unter {ph}",
            "neue sim, speicher mal {ph}",
        ],
        "neg": [
            "meine Sicherheitsnummer hat sich geändert: {signal_safety}",
            "Nutzer-ID {telegram_id} ist beigetreten",
            "gg {discord_tag}, bis morgen",
        ],
        "close": ["👍", "ok danke", "haha ja"],
    },
    "dating": {
        "open": ["WG-Zimmer frei 🛏️ ab sofort", "Über mich 💫"],
        "pos": [
            "Besichtigung am Wochenende, meld dich unter {ph}",
            "Wenn's matcht, schreib mir direkt: {ph} 😉",
        ],
        "neg": [
            "Zimmer {rent_area}, warm {price}, Einzug {date_range}",
            "{age_height}, Skorpion, Kaffee > Tee",
        ],
        "close": ["Nichtraucher bevorzugt 🚭", "Hunde willkommen 🐶"],
    },
    "market": {
        "open": ["VERKAUFE 🔥 nur Abholung", "Flohmarkt-Gruppe: Regeln im angepinnten Beitrag"],
        "pos": ["Bei Interesse gerne anrufen oder simsen: {ph}", "Nur Barzahlung, Kontakt {ph} ab 17 Uhr"],
        "neg": [
            "{phone_model}, kaum benutzt, VB {price}",
            "Sneaker {shoe_size}, {price}, Anzeige-ID {classified_id}",
            "per PayPal bezahlt, Transaktionscode {paypal_txn}",
        ],
        "close": ["Keine Tauschangebote", "Privatverkauf, keine Garantie"],
    },
    "event": {
        "open": ["🎉 Sommerfest im Hinterhof", "Online-Infoabend fürs Auslandssemester"],
        "pos": ["Gästeliste & Tische: {ph} (nur SMS)", "Fragen an die Orga: {ph}"],
        "neg": [
            "Einlass {time_range}, Eintritt {price}, Ticket-Code {ticket_barcode}",
            "Meeting-ID {zoom_id}, Kenncode {zoom_pass}",
            "Anreise mit {train_no}, Block/Reihe/Platz {seat_ref}",
        ],
        "close": ["Markiert eure Freunde 👇", "Wir freuen uns auf euch!"],
    },
    "gaming": {
        "open": ["Suche Squad 🎮 chillig, EU-Server", "Raid heute Abend, wer ist dabei?"],
        "pos": ["für den Squad-Chat adde mich auf WhatsApp {ph}", "wenn Discord wieder down ist: {ph}"],
        "neg": [
            "mein Trainercode {pogo_code}",
            "Freundescode {switch_code}, MMR {mmr_elo}",
            "join {invite_code}, Lobby {lobby_code}",
        ],
        "close": ["gg", "Kein Toxic bitte"],
    },
    "local": [
        "Aus {town}? Dann einfach {ph} wählen, ohne Vorwahl",
        "Festnetz für {town} (Ortsgespräch): {ph}",
        "Wer in {town} wohnt, erreicht uns unter {ph}",
    ],
    "other": ["Hotline kostenlos: {ph}", "Servicenummer: {ph}"],
    "list_head": ["📌 Wichtige Nummern für die Gruppe", "Notfallkontakte für die Freizeit 🚐", "Admins:"],
    "email": ["Bewerbungen an {em} 📩", "oder per Mail: {em}"],
    "card": ["Jemand hat grad seine Kartennummer {cc} in die Gruppe gepostet 😬 bitte löschen"],
    "iban": ["Kaution bitte auf IBAN {iban}", "Überweisung geht auch: {iban}"],
    "ip": ["Server-IP {ip}, Whitelist ist an", "Ping mal {ip} und schick die ms"],
    "ssn": [],
}

FR = {
    "post": {
        "open": ["Petit message pour le groupe du quartier 🏘️", "Besoin d'aide svp 🙏"],
        "pos": [
            "On m'a volé mon tel, nouveau numéro : {ph} – enregistrez-le !",
            "Qui a trouvé un trousseau de clés rue Oberkampf ? Appelez-moi au {ph} 🔑",
            "Pour les paniers solidaires, contactez Léa au {ph}",
        ],
        "neg": [
            "Dingue, {social_count} vues en une nuit 😳 {hashtag_digits}",
            "Sondage terminé : {poll_pct}, merci",
            "Photos de {handle_digits}, déjà {social_count} likes",
        ],
        "close": ["Partagez svp 🔁", "Merci à tous ❤️"],
    },
    "comments": {
        "open": ["Commentaires les plus pertinents ▾", "Réponses :"],
        "pos": [
            "Appelle direct le proprio, il répond vite : {ph}",
            "On a pris ce déménageur aussi, demande Karim au {ph}",
        ],
        "neg": ["À {video_ts} j'ai pleuré de rire 😂", "{handle_digits} c'était {match_score} à la fin"],
        "close": ["J'aime · Répondre", "Afficher plus de commentaires"],
    },
    "bio": {
        "open": ["Tatoueuse 🖤 | sur rdv uniquement", "Pâtissier amateur 🍰"],
        "pos": ["📲 Rdv par WhatsApp : {ph}", "Collabs & presse → {ph}"],
        "neg": ["{social_count} abonnés 💕 depuis {year_range}", "🎂 {age_height} • {hashtag_digits}"],
        "close": ["Lien en bio ⬇️", "✌️"],
    },
    "forum": {
        "open": ["Meilleure réponse ✔", "Re : quel opérateur capte le mieux à la campagne ?"],
        "pos": [
            "Appelez le service résiliation et demandez un geste commercial : {ph}",
            "Mon écran a été réparé par la petite boutique près de la gare, {ph}",
        ],
        "neg": [
            "J'ai eu le même souci avec mon {phone_model}",
            "Attente de {stream_uptime} au téléphone la dernière fois",
        ],
        "close": ["En espérant que ça aide !", "Envoyé depuis mon mobile"],
    },
    "chat": {
        "open": [
            "Discussion WhatsApp · Coloc rue des Lilas 🏠",
            "Export Telegram · Groupe : Running du dimanche",
        ],
        "pos": [
            "voilà le numéro du plombier {ph}, il passe demain matin",
            "tu peux appeler mamie ? elle est au {ph}",
            "nouvelle puce, enregistre {ph}",
        ],
        "neg": [
            "mon numéro de sécurité a changé : {signal_safety}",
            "ID utilisateur {telegram_id} a rejoint le groupe",
        ],
        "close": ["👍", "ok merci", "mdrr"],
    },
    "dating": {
        "open": ["Chambre libre en coloc 🛏️", "À propos de moi 💫"],
        "pos": ["Visites ce week-end, appelez le {ph}", "Si ça matche, écris-moi directement : {ph} 😉"],
        "neg": [
            "Chambre de {rent_area}, {price} CC, entrée {date_range}",
            "{age_height}, Balance, team café",
        ],
        "close": ["Non-fumeurs svp 🚭", "Chats acceptés 🐱"],
    },
    "market": {
        "open": ["À VENDRE 🔥 remise en main propre", "Groupe vide-grenier : règles en post épinglé"],
        "pos": ["Si intéressé(e), appelez ou texto au {ph}", "Paiement en espèces, contact {ph} après 17h"],
        "neg": [
            "{phone_model}, très bon état, {price} à débattre",
            "Baskets {shoe_size}, {price}, annonce n° {classified_id}",
            "payé par PayPal, transaction {paypal_txn}",
        ],
        "close": ["Pas d'échange", "Vente entre particuliers"],
    },
    "event": {
        "open": ["🎉 Fête des voisins samedi", "Webinaire : partir en Erasmus"],
        "pos": ["Réservations & tables : {ph} (SMS uniquement)", "Questions à l'orga : {ph}"],
        "neg": [
            "Ouverture {time_range}, entrée {price}, billet {ticket_barcode}",
            "ID de réunion {zoom_id}, code {zoom_pass}",
            "Arrivée en {train_no}, bloc/rang/place {seat_ref}",
        ],
        "close": ["Identifiez vos potes 👇", "On vous attend !"],
    },
    "gaming": {
        "open": ["Cherche team 🎮 chill, serveurs EU", "Raid ce soir, qui est chaud ?"],
        "pos": ["ajoute-moi sur WhatsApp pour le groupe {ph}", "si le Discord plante encore : {ph}"],
        "neg": [
            "code dresseur {pogo_code}",
            "code ami {switch_code}, UID {genshin_uid}",
            "Elo {mmr_elo}, lobby {lobby_code}",
        ],
        "close": ["gg", "pas de toxiques svp"],
    },
    "local": [],
    "other": ["Numéro vert gratuit : {ph}", "Service client : {ph}"],
    "list_head": ["📌 Numéros utiles du groupe", "Contacts d'urgence pour la sortie 🚐"],
    "email": ["Candidatures à {em} 📩", "ou par mail : {em}"],
    "card": ["Quelqu'un vient de poster sa carte {cc} dans le groupe 😬 supprimez ça"],
    "iban": ["Caution par virement, IBAN {iban}", "Virement possible : {iban}"],
    "ip": ["IP du serveur {ip}, whitelist activée"],
    "ssn": [],
}
