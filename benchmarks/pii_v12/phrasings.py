"""Announcing phrasings: {n} is a first name, {num} the local number. (language, placement, template)."""

_EN = [
    ("before", "If the gate's padlocked, {n} has the spare key: ring {num}."),
    ("after", "{num} is {n}'s landline, best after 7pm."),
    (
        "out-of-office",
        "Auto-reply: I'm away until the 14th. For anything urgent about the hall, call {n} on {num}.",
    ),
    ("tear-off strip", "(tear-off strips at the bottom: {n}, {num})"),
    ("calendar entry", "Calendar, Tue 6pm: {n} ringing round for helpers, her number {num}"),
    ("minutes action", "ACTION: members with questions about the accounts to phone {n} on {num}."),
    ("quoted reply", "> Has anyone got {n}'s number?\nYes, {num}, but she's away till Friday."),
    ("reported speech", "{n} asked me to pass on that she's on {num} now, the old one's gone."),
    ("signature", "--\n{n} (Hon. Sec.)\nhome {num}"),
    ("photo caption", "[photo: the new tea urn] Donated by {n}; if it misbehaves, {num}."),
    ("question and answer", "Q: Who do I call if the alarm goes off?\nA: {n}, on {num}."),
    ("voicemail", "Voicemail from {n}: 'It's me, can you ring me back on {num} before nine?'"),
    ("SMS", "Text from {n}: running late, bring the float, call me on {num} if stuck"),
    ("chat", "[18:42] {n}: my mobile's dead, use the house phone {num}"),
    ("line above", "Locked out of the pavilion?\n{n}: {num}"),
    ("postscript", "P.S. {n} is collecting the prizes, give her a bell on {num} if you've got something."),
    ("handover log", "Handover: {n} on call this weekend ({num}), keys in the usual place."),
    (
        "forwarded message",
        "---- Forwarded message ----\nFrom {n}: anyone needing a lift can ring me at {num}.",
    ),
]
_DE = [
    ("before", "Wer noch Kuchen bringt, bitte bei {n} melden: {num}."),
    ("after", "{num}, das ist {n}, ab 18 Uhr erreichbar."),
    (
        "out-of-office",
        "Automatische Antwort: Ich bin bis 3.9. im Urlaub. In dringenden Fällen erreichen Sie {n}"
        " unter {num}.",
    ),
    ("tear-off strip", "Zum Abreißen: {n} · {num}"),
    ("minutes action", "Zu TOP 5: Fragen zur Abrechnung bitte direkt an {n}, Tel. {num}."),
    ("reported speech", "{n} lässt ausrichten, sie sei ab sofort unter {num} zu erreichen."),
    ("quoted reply", "> Hat jemand die Nummer von {n}?\nJa: {num}, aber erst nach der Arbeit anrufen."),
    ("signature", "--\n{n}, Kassenwart\nprivat {num}"),
    ("question and answer", "Wen rufe ich an, wenn der Schlüssel fehlt? {n}, {num}."),
    ("voicemail", "Auf dem AB: „Hier ist {n}, ruf mich bitte unter {num} zurück, danke!“"),
    ("SMS", "SMS von {n}: Stehe im Stau, bin unter {num} erreichbar."),
    ("chat", "[07:15] {n}: Akku leer, bitte übers Festnetz {num}"),
    ("line above", "Schlüssel vergessen?\n{n} anrufen: {num}"),
    ("parenthesis", "Die Anmeldung läuft über {n} ({num}, abends)."),
]
_FR = [
    ("before", "Pour les covoiturages, voyez avec {n} au {num}."),
    ("after", "{num} : c'est le fixe de {n}, plutôt le soir."),
    ("out-of-office", "Réponse automatique : absente jusqu'au 20. En cas d'urgence, appelez {n} au {num}."),
    ("minutes action", "Point 3 : pour toute question sur les cotisations, joindre {n} au {num}."),
    ("reported speech", "{n} m'a dit de vous donner son numéro, le {num}, pour les inscriptions."),
    ("quoted reply", "> Quelqu'un a le numéro de {n} ?\nOui, {num}, mais pas avant 10 h."),
    ("signature", "--\n{n}, trésorière\ntél. perso {num}"),
    ("question and answer", "Qui appeler si la salle est fermée ? {n}, au {num}."),
    ("voicemail", "Message sur le répondeur : « C'est {n}, rappelle-moi au {num}, bisous. »"),
    ("SMS", "SMS de {n} : je suis en retard, appelez-moi au {num} si besoin"),
    ("line above", "Clés de la salle :\n{n} — {num}"),
    ("note", "Post-it sur le frigo : rappeler {n} au {num} !"),
]
_ES = [
    ("before", "Para apuntarse, llamad a {n} al {num}."),
    ("after", "{num}, el fijo de {n}, mejor por las tardes."),
    (
        "out-of-office",
        "Respuesta automática: estoy fuera hasta el lunes. Para urgencias, llamad a {n} al {num}.",
    ),
    ("minutes action", "Punto 4: dudas sobre las cuotas, a {n} en el {num}."),
    ("reported speech", "{n} dice que la llaméis al {num}, que el móvil viejo ya no lo usa."),
    ("quoted reply", "> ¿Alguien tiene el número de {n}?\nSí, el {num}, pero después de comer."),
    ("signature", "--\n{n}, tesorera\ntel. {num}"),
    ("question and answer", "¿Y si el local está cerrado? Pues a {n}: {num}."),
    ("voicemail", "Mensaje en el contestador: «Soy {n}, devuélveme la llamada al {num}, ¿vale?»"),
    ("chat", "[21:03] {n}: sin batería, llamadme al fijo {num}"),
    ("parenthesis", "Las llaves las tiene {n} (teléfono {num})."),
]
_IT = [
    ("before", "Per le iscrizioni chiamate {n} al {num}."),
    ("after", "{num}: è il numero di casa di {n}, meglio dopo cena."),
    ("out-of-office", "Risposta automatica: sono in ferie fino al 25. Per urgenze rivolgersi a {n}, {num}."),
    ("minutes action", "Dal verbale: per le quote contattare {n} al {num}."),
    ("reported speech", "{n} mi ha chiesto di dirvi che ora risponde al {num}."),
    ("quoted reply", "> Qualcuno ha il numero di {n}?\nSì, {num}, ma non prima delle 9."),
    ("signature", "--\n{n}, segretaria\ncell. {num}"),
    ("question and answer", "Chi chiamo se piove? {n}, al {num}."),
    ("voicemail", "Messaggio in segreteria: «Sono {n}, richiamami al {num}, grazie.»"),
    ("note", "Biglietto sul portone: per la sala chiedere a {n}, {num}"),
    ("line above", "Chiavi del magazzino:\n{n} – {num}"),
]
_NL = [
    ("before", "Aanmelden kan bij {n}, bel {num}."),
    ("after", "{num} is het vaste nummer van {n}, liefst 's avonds."),
    ("out-of-office", "Automatisch antwoord: ik ben tot 12 augustus weg. Voor dringende zaken: {n}, {num}."),
    ("minutes action", "Actiepunt: vragen over de contributie naar {n} op {num}."),
    ("reported speech", "{n} vroeg of ik wilde doorgeven dat ze nu op {num} zit."),
    ("quoted reply", "> Heeft iemand het nummer van {n}?\nJa: {num}, na vijven bellen."),
    ("signature", "--\n{n}, penningmeester\ntel. {num}"),
    ("question and answer", "Wie bel ik als het hek dicht zit? {n}: {num}."),
    ("voicemail", "Ingesproken bericht: 'Met {n}, bel me even terug op {num}, doei!'"),
    ("chat", "[19:56] {n}: telefoon is stuk, bel de vaste lijn {num}"),
    ("parenthesis", "De sleutel ligt bij {n} (bereikbaar op {num})."),
]
_PT = [
    ("before", "Quem quiser carona fala com {n} no {num}."),
    ("after", "{num} é o fixo de {n}, melhor à noite."),
    ("out-of-office", "Resposta automática: estou de férias até dia 15. Urgências: {n}, {num}."),
    ("minutes action", "Da ata: dúvidas sobre a mensalidade, falar com {n} pelo {num}."),
    ("reported speech", "{n} pediu pra avisar que agora o número dela é {num}."),
    ("quoted reply", "> Alguém tem o número de {n}?\nTenho: {num}, mas só depois das 18h."),
    ("signature", "--\n{n}, tesoureira\ntel. {num}"),
    ("question and answer", "E se o portão estiver trancado? Liga pra {n}: {num}."),
    ("voicemail", 'Áudio de {n}, transcrito: "gente, me liga no {num} que eu explico"'),
    ("note", "Bilhete na geladeira: ligar pra {n} no {num}!!"),
    ("line above", "Chave do salão:\n{n} – {num}"),
]
_HG = [
    ("before", "Koi bhi doubt ho toh {n} ko call karo, {num}."),
    ("after", "{num}, yeh {n} ka ghar ka number hai, shaam ko try karna."),
    ("SMS", "Msg from {n}: traffic mein hoon, {num} pe call karo"),
    ("reported speech", "{n} bol rahi thi ki ab woh {num} pe milegi."),
    ("question and answer", "Gate band ho toh kisko phone karein? {n} ko, {num}."),
    ("chat", "[9:12 pm] {n}: mera phone kharab hai, landline {num} pe karo"),
    ("postscript", "PS: payment ke liye {n} se baat karo, number {num}."),
    ("parenthesis", "Chabi {n} ke paas hai ({num} pe pehle phone kar lena)."),
]
_HI = [
    ("before", "किसी भी जानकारी के लिए {n} जी से {num} पर संपर्क करें।"),
    ("after", "{num}, यह {n} जी का नंबर है, शाम को फ़ोन करें।"),
    ("reported speech", "{n} जी ने कहा है कि अब उन्हें {num} पर फ़ोन करें।"),
    ("question and answer", "प्रश्न: चाबी किसके पास है?\nउत्तर: {n} जी के पास, फ़ोन {num}"),
    ("note", "सूचना पट पर: सफ़ाई के लिए {n} जी को {num} पर बताएं"),
    ("SMS", "{n} जी का संदेश: देर हो जाएगी, {num} पर बात करें"),
    ("voicemail", '{n} जी का वॉइस मैसेज: "मुझे {num} पर वापस फ़ोन कीजिए"'),
    ("line above", "रसोई की व्यवस्था:\n{n} जी – {num}"),
]

LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "hg": "Hinglish",
    "hi": "Hindi",
}

PHRASINGS = {}
for _lang, _rows in (
    ("en", _EN),
    ("de", _DE),
    ("fr", _FR),
    ("es", _ES),
    ("it", _IT),
    ("nl", _NL),
    ("pt", _PT),
    ("hg", _HG),
    ("hi", _HI),
):
    for _i, (_place, _tpl) in enumerate(_rows):
        assert _tpl.count("{num}") == 1 and _tpl.count("{n}") == 1
        PHRASINGS["%s%02d" % (_lang, _i)] = (_lang, _place, _tpl)


def for_lang(lang):
    return sorted(k for k, v in PHRASINGS.items() if v[0] == lang)
