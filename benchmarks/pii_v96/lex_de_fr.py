"""German and French sentences: games and play (same slots as lex_en)."""

DE = {
    "chess": {
        "head": [
            "Vereinsmeisterschaft – Auslosung",
            "Schachjugend: Sommercamp",
            "Stadtmeisterschaft im Schnellschach",
        ],
        "ph": [
            "Wer zur ersten Runde nicht kommen kann, meldet sich bitte beim Turnierleiter {name} unter "
            "{nat}.",
            "Eltern erreichen die Jugendwartin während des Camps unter {nat}.",
            "Gäste aus dem Ausland wenden sich an den Hauptschiedsrichter: {intl}.",
        ],
        "plain": [
            "Die Paarungen stehen fest: {neg}.",
            "Bedenkzeit: {neg}, Inkrement ab dem ersten Zug.",
            "Startgeld bitte auf das Vereinskonto {iban} überweisen.",
            "Die Wertungszahlen werden nach dem Turnier aktualisiert: {neg}.",
        ],
    },
    "boardgame": {
        "head": [
            "Spieleabend im Gemeindehaus",
            "Brettspieltreff – Rundmail",
            "Neues aus der Spielebibliothek",
        ],
        "ph": [
            "Die Tür zum Keller ist abends oft zu – dann kurz bei {name} unter {nat} durchklingeln.",
            "Wer ein Spiel aus der Bibliothek ausleihen will, ruft dienstags unter {nat} an.",
            "Unser Partnerverein in Graz ist unter {intl} erreichbar, falls jemand zur Messe fährt.",
        ],
        "plain": [
            "Spenden für neue Erweiterungen gerne an {iban}.",
            "Die Regelfrage von letzter Woche ist geklärt, siehe {neg}.",
            "Anmeldungen für das Turnier bitte an {email}.",
            "Wir haben zwei Partien des neuen Deckbauspiels geschafft.",
        ],
    },
    "escape": {
        "head": ["Ihre Buchung im Escape Room", "Buchungsbestätigung – Das Labor des Alchemisten"],
        "ph": [
            "Falls Sie sich verspäten, rufen Sie bitte unsere Rezeption unter {nat} an.",
            "Umbuchungen und Gutscheine: {oth} (kostenfrei aus dem Festnetz).",
            "Ansprechpartner für Firmenevents: {name}, Tel. {nat}.",
        ],
        "plain": [
            "Ihr Team hat es geschafft: {neg}.",
            "Die Anzahlung wurde von Ihrer Karte {card} abgebucht.",
            "Buchungsdaten: {neg}.",
            "Bitte seien Sie 15 Minuten vor Beginn für die Einweisung da.",
        ],
    },
    "lan": {
        "head": ["LAN-Party: Infos für Teilnehmer", "Sitzplan Winter-LAN"],
        "ph": [
            "Bei Netzwerkproblemen ist die Orga unter {nat} erreichbar – bitte anrufen statt schreiben.",
            "Der Hausmeister der Halle hat die Nummer {nat}, falls es um Parkplätze geht.",
        ],
        "plain": [
            "Die Gameserver laufen unter {ip}, das Turnier-Panel unter {ip}.",
            "Dein Platz: {neg}.",
            "Stromlimit pro Platz: {neg}.",
            "Teilnahmegebühr bitte an {iban}, Verwendungszweck Nickname.",
        ],
    },
    "esports": {
        "head": ["Probetraining Nachwuchskader", "Info an die Spieler"],
        "ph": [
            "Unser Teammanager {name} ist während des Bootcamps unter {nat} erreichbar.",
            "Der Hardware-Sponsor sitzt in Wien – bei defekten Headsets bitte an {intl} schreiben.",
        ],
        "plain": [
            "Letztes Scrim: {neg}.",
            "Trikotgrößen bitte bis Freitag an {email}.",
            "Spielerprofil laut Turnier-API: {neg}.",
        ],
    },
}

FR = {
    "escape": {
        "head": ["Votre réservation d'escape game", "Confirmation – La Chambre du Cartographe"],
        "ph": [
            "En cas de retard de plus de dix minutes, appelez l'accueil au {nat}.",
            "Pour modifier la date, notre service réservation répond au {oth}.",
            "Organisateur du groupe : {name}, portable {nat}.",
        ],
        "plain": [
            "Votre équipe s'est échappée : {neg}.",
            "L'acompte a été prélevé sur la carte {card}.",
            "Référence de réservation : {neg}.",
            "Merci d'arriver un quart d'heure avant le début de la session.",
        ],
    },
    "bridge": {
        "head": ["Tournoi du mardi – résultats", "Club de bridge : informations"],
        "ph": [
            "Besoin d'un partenaire ? Appelez {name} au {nat}.",
            "En cas d'annulation, un message est laissé sur le répondeur du club, {nat}.",
            "Notre professeur passe l'hiver en Espagne mais répond au {intl}.",
        ],
        "plain": [
            "Meilleur score de la soirée : {neg}.",
            "La cotisation annuelle est à verser sur {iban}.",
            "La donne 9 a fait le plus gros écart : {neg}.",
            "L'ouverture d'1SA promet {neg} dans notre système.",
        ],
    },
    "boardgame": {
        "head": ["Soirée jeux de société", "Lettre du club – mars"],
        "ph": [
            "Si la porte est fermée, appelez {name} au {nat}.",
            "Le bar qui nous accueille répond au {nat} pour les réservations de table.",
            "Nos amis du club de Bruxelles sont joignables au {intl}.",
        ],
        "plain": [
            "Les dons pour la ludothèque peuvent être faits sur {iban}.",
            "Inscriptions au tournoi par courriel à {email}.",
            "La question de règle est tranchée : voir {neg}.",
        ],
    },
    "chess": {
        "head": ["Championnat du club – appariements", "Stage d'échecs jeunes"],
        "ph": [
            "L'arbitre, {name}, est joignable au {nat} en cas d'absence à la première ronde.",
            "Les parents peuvent appeler la salle au {nat} à la fin du stage.",
        ],
        "plain": [
            "Appariements : {neg}.",
            "Cadence : {neg}.",
            "Classement mis à jour : {neg}.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem Ortsnetz {town} genügt für die Spielrunde {loc}.",
    "Wer in {town} anruft, wählt für den Spieleladen nur {loc}.",
    "Ortsgespräch nach {town}? Die Schachabteilung ist unter {loc} zu erreichen.",
    "In {town} selbst: Escape Room {loc}, Gruppenbuchungen {loc}.",
    "Vereinsheim {town}, innerhalb der Stadt ohne Vorwahl: {loc}.",
    "Für Anrufe aus {town} reicht die Kurzform {loc}.",
]

LIST_HEADS_DE = ["Kontakte", "Am Spieltag", "Telefonliste", "Orga-Team"]
LIST_HEADS_FR = ["Contacts du club", "Le jour J", "Qui appeler"]
