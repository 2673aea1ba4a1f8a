"""Announcing phrases for local numbers, part A: English, German, French.

Each entry is (placement, template); {n} is the number, {name} a person. Placements: before, after,
above (the phrase on the line above), qa (question and answer), speech, voicemail, sms.
"""

EN = [
    ("before", "If the gate is locked, buzz {name} at home on {n} and she'll come down."),
    ("before", "Best number to catch me after six: {n}."),
    ("before", "For lifts to the match, phone {name} – {n} – by Thursday night."),
    ("after", "{n} is my landline, so leave a message if nobody picks up."),
    ("after", "{n} – that's the house phone, the mobile has no signal out here."),
    ("above", "Home phone (evenings only)\n{n}"),
    ("above", "Number to text when you've dropped the kids off:\n{n}"),
    ("qa", "Q: Who do I phone if the heating goes off?\nA: {name}, on {n}."),
    ("qa", "— What's your number at the flat?\n— {n}, but I'm rarely in before eight."),
    ("speech", '"Just give me a ring, it\'s {n}, any time before ten," {name} said.'),
    ("speech", "{name}: ring me back on {n} when you're done, yeah?"),
    ("voicemail", "Voicemail 09:14 (0:38): Hi, it's {name}, about Saturday — call me back on {n}. Ta."),
    ("voicemail", "[transcribed voicemail] ...so if you could dial {n} when you get this, that'd be great."),
    ("sms", "Text from {name}, 17:52: phone's dying, reach me on the home number {n} x"),
    ("sms", "SMS: Mum says ring Grandad's landline {n}, he won't answer the mobile"),
    ("before", "Out of hours, call the caretaker's phone {n} and say which flat."),
]

DE = [
    ("before", "Wer den Schlüssel braucht, ruft bitte {name} unter {n} an."),
    ("before", "Am besten abends erreichbar, Festnetz {n}."),
    ("before", "Bei Fragen zur Abholung einfach durchklingeln: {n}."),
    ("after", "{n} ist unser Festnetz, der AB läuft immer."),
    ("after", "{n} – das ist die Nummer bei meiner Mutter, da bin ich die Woche über."),
    ("above", "Telefonisch erreichbar (nur nachmittags):\n{n}"),
    ("above", "Rückruf bitte an diese Nummer:\n{n}"),
    ("qa", "F: Wen rufe ich an, wenn der Bus nicht kommt?\nA: {name}, Tel. {n}."),
    ("qa", "– Unter welcher Nummer bist du zu Hause?\n– {n}, ab 18 Uhr."),
    ("speech", "„Ruf halt kurz an, {n}, ich bin eh daheim“, meinte {name}."),
    ("speech", "{name}: Klingel mich einfach an unter {n}, gell?"),
    ("voicemail", "Mailbox, 08:47 Uhr (0:52): Hallo, hier ist {name}, bitte zurückrufen unter {n}. Danke!"),
    ("sms", "SMS von {name}, 19:03: Handy-Akku leer, erreichst mich auf dem Festnetz {n}"),
    ("sms", "Nachricht: Oma ist nur über ihr Telefon {n} zu erreichen, nicht über WhatsApp."),
    ("before", "Notfallkontakt während der Freizeit – Telefon der Eltern: {n}."),
]

FR = [
    ("before", "Pour récupérer les clés, appelez {name} au {n} en fin de journée."),
    ("before", "Joignable le soir sur le fixe : {n}."),
    ("before", "Un souci avec le planning ? Un petit coup de fil au {n} et on s'arrange."),
    ("after", "{n}, c'est le numéro de la maison, laissez un message si besoin."),
    ("after", "{n} : ligne fixe de l'atelier, répondeur après 18 h."),
    ("above", "Numéro à composer en cas d'urgence :\n{n}"),
    ("above", "Pour me rappeler (après 17 h)\n{n}"),
    ("qa", "Q : Qui prévenir si l'enfant est malade ?\nR : {name}, tél. {n}."),
    ("qa", "– Tu as un numéro où te joindre ?\n– Oui, {n}, mais plutôt le soir."),
    ("speech", "« Passe-moi un coup de fil, c'est le {n} », a dit {name}."),
    ("speech", "{name} : rappelle-moi au {n} quand t'es rentré, d'accord ?"),
    (
        "voicemail",
        "Messagerie, 10 h 12 (0:45) : Bonjour, c'est {name}, merci de me rappeler au {n}. Bonne journée.",
    ),
    ("sms", "SMS de {name}, 20 h 31 : plus de batterie, appelle sur le fixe {n}"),
    ("sms", "Texto : mamie ne répond qu'au téléphone de la maison, le {n}."),
    ("before", "Permanence téléphonique du gardien : {n}, du lundi au vendredi."),
]
