"""Announcing phrasings of v11: 104 ways people introduce a phone number, in nine languages.

Each line is `language|placement|template`; `{v}` is the number, `{name}` a person, `\\n` a line break.
Placements: before, after, form field, reported speech, line above, question and answer, SMS, voicemail,
chat, postscript, note and parenthesis. `hing` is Hinglish (Latin script), `hi` Devanagari Hindi.
"""

from __future__ import annotations

from dataclasses import dataclass

_RAW = """
en|before|Anyone who needs a lift, ring {name} on {v} after six.
en|after|{v} is {name}'s landline, best before 9 pm.
en|form field|Home phone (no area code needed if local): {v}
en|reported speech|{name} said to just call the shop directly at {v} if the gate's locked.
en|line above|Hall caretaker, same exchange as the church:\\n{v}
en|question and answer|Q: Who do I call if the urn won't heat?\\nA: {name}, on {v}.
en|SMS|Text from {name}: running late, if u cant find us call the house {v}
en|voicemail|Voicemail (Tue 4:12 pm): "Hi, it's {name}. Could you call me back on {v}? Cheers."
en|chat|[19:04] {name}: my number's {v} if anyone wants to swap shifts
en|postscript|P.S. My new home number is {v}, the old one's been cut off.
en|note|Sticky note on the fridge: CALL {name} BACK – {v}
en|parenthesis|Drop-offs go to {name} (phone {v}) before Thursday.
en|before|For last-minute changes give {name} a buzz at {v}.
en|after|{v} – that's the clubhouse phone, it rings in the bar.
en|form field|Daytime contact number: {v}
en|reported speech|According to {name}, the best number for the caretaker is {v}.
en|SMS|SMS: pls ring {v} not my mobile, battery dead. {name}
en|question and answer|Q: Is there a number for the key holder?\\nA: Yes, {v} (ask for {name}).
de|before|Wer am Samstag nicht kann, ruft bitte bei {name} unter {v} an.
de|after|{v} – das ist der Festnetzanschluss im Vereinsheim.
de|form field|Telefon (tagsüber): {v}
de|reported speech|{name} meinte, man soll einfach zu Hause anrufen: {v}.
de|line above|Rufnummer Hausmeister (Ortsnetz):\\n{v}
de|question and answer|Frage: Wen erreiche ich bei Schlüsselproblemen?\\nAntwort: {name}, Tel. {v}
de|SMS|SMS von {name}: Bin erst ab 18 Uhr da, ruf notfalls {v} an
de|voicemail|Anrufbeantworter, 17:40: „Hallo, hier ist {name}, bitte zurückrufen unter {v}, danke!“
de|chat|[20:15] {name}: Meine Nummer für Rückfragen: {v}
de|postscript|PS: Neue Festnetznummer bei uns: {v}
de|note|Zettel an der Pinnwand: Fahrdienst – {name} anrufen, {v}
de|parenthesis|Die Kuchenspenden nimmt {name} entgegen (Ruf {v}).
de|before|Abmeldungen bitte telefonisch an {v}, gern auch auf den AB.
de|question and answer|F: Gibt es eine Notfallnummer?\\nA: Ja, {name} ist unter {v} erreichbar.
fr|before|Pour le covoiturage, appelez {name} au {v}.
fr|after|{v} : c'est le fixe de la salle, il sonne au bar.
fr|form field|Téléphone fixe : {v}
fr|reported speech|{name} m'a dit qu'on pouvait appeler chez lui au {v}.
fr|line above|Numéro du gardien (à appeler avant 19 h) :\\n{v}
fr|question and answer|Q : Qui appeler si la salle est fermée ?\\nR : {name}, au {v}.
fr|SMS|SMS de {name} : je serai en retard, appelle-moi au {v} stp
fr|voicemail|Message vocal : « Bonjour, c'est {name}, rappelez-moi au {v}, merci. »
fr|chat|[21:02] {name} : mon numéro c'est le {v}
fr|postscript|P.-S. : pour les réservations, le numéro à composer est le {v}.
fr|parenthesis|Les gâteaux sont à déposer chez {name} (tél. {v}) la veille.
fr|note|Mot scotché sur la porte : en cas d'absence, téléphonez au {v}.
es|before|Para apuntarse, llamad a {name} al {v}.
es|after|{v}: es el fijo del local, lo coge quien esté.
es|form field|Teléfono de contacto: {v}
es|reported speech|{name} dice que llaméis a su casa, al {v}, mejor por la tarde.
es|line above|Teléfono del conserje (solo mañanas):\\n{v}
es|question and answer|P: ¿A quién llamo si no puedo ir?\\nR: A {name}, al {v}.
es|SMS|SMS de {name}: llego tarde, si eso llamadme al {v}
es|voicemail|Mensaje en el contestador: «Hola, soy {name}, llamadme al {v} cuando podáis.»
es|chat|[22:10] {name}: os paso mi número: {v}
es|postscript|P. D.: el número nuevo de la sede es el {v}.
es|parenthesis|Las inscripciones las lleva {name} (tlf. {v}) hasta el viernes.
it|before|Per informazioni telefonare a {name} al numero {v}.
it|after|{v} è il fisso della sede, risponde chi c'è.
it|form field|Recapito telefonico: {v}
it|reported speech|{name} ha detto di chiamare a casa al {v} dopo cena.
it|line above|Numero del custode (solo in orario d'ufficio):\\n{v}
it|question and answer|D: Chi chiamo per le chiavi?\\nR: {name}, al {v}.
it|SMS|SMS di {name}: arrivo tardi, chiamatemi al {v}
it|voicemail|Segreteria: «Ciao, sono {name}, richiamami al {v}, grazie.»
it|chat|[18:55] {name}: il mio numero è {v}
it|postscript|P.S. Il nuovo numero della sede è {v}.
it|parenthesis|Le torte si portano da {name} (tel. {v}) entro sabato.
nl|before|Afmelden kan bij {name}, bel {v}.
nl|after|{v} is het vaste nummer van het clubhuis.
nl|form field|Telefoonnummer (overdag): {v}
nl|reported speech|{name} zei dat je gewoon thuis kunt bellen op {v}.
nl|line above|Beheerder, bellen tussen 9 en 17 uur:\\n{v}
nl|question and answer|V: Wie bel ik als de sleutel kwijt is?\\nA: {name}, op {v}.
nl|SMS|Sms van {name}: ben later, bel me even op {v}
nl|voicemail|Voicemail: ‘Hoi, met {name}, wil je me terugbellen op {v}? Dank je.’
nl|chat|[19:30] {name}: mijn nummer is {v} voor wie wil ruilen
nl|postscript|PS: ons nieuwe vaste nummer is {v}.
nl|parenthesis|De sleutel ligt bij {name} (tel. {v}) om de hoek.
pt|before|Para confirmar presença, liga para {name} no {v}.
pt|after|{v} é o fixo da sede, atende quem estiver lá.
pt|form field|Telefone para contato: {v}
pt|reported speech|{name} pediu pra ligar em casa, no {v}, depois das 19h.
pt|line above|Telefone do zelador (só de manhã):\\n{v}
pt|question and answer|P: Pra quem eu ligo se não puder ir?\\nR: Para {name}, no {v}.
pt|SMS|SMS de {name}: vou atrasar, me liga no {v}
pt|voicemail|Recado na secretária eletrônica: "Oi, aqui é {name}, me retorna no {v}, beleza?"
pt|chat|[20:47] {name}: meu número é {v}, pode chamar
pt|postscript|P.S.: o telefone novo da associação é {v}.
pt|parenthesis|As doações ficam com {name} (tel. {v}) até sexta.
hing|before|Koi bhi issue ho toh {name} ko {v} pe call karo.
hing|after|{v} – yeh society office ka landline hai, 10 se 6 tak.
hing|form field|Ghar ka number: {v}
hing|reported speech|{name} ji ne bola ki ghar pe {v} pe phone kar lena.
hing|SMS|SMS from {name}: thoda late hoga, {v} pe call kar lena
hing|voicemail|Voicemail: "Hello, {name} here, please {v} pe call back kar dijiye."
hing|question and answer|Q: Cylinder wala kab aayega?\\nA: Pata nahi, {v} pe pooch lo ({name}).
hing|chat|[21:20] {name}: mera landline {v} hai, mobile band hai
hi|before|किसी भी जानकारी के लिए {name} जी को {v} पर फ़ोन करें।
hi|after|{v} – यह समिति कार्यालय का फ़ोन नंबर है।
hi|form field|घर का फ़ोन: {v}
hi|reported speech|{name} जी ने कहा है कि उनके घर {v} पर फ़ोन कर लें।
hi|line above|कार्यालय (सुबह 9 से 12 बजे तक):\\n{v}
hi|question and answer|प्रश्न: चाबी किसके पास है?\\nउत्तर: {name} जी के पास, फ़ोन {v}
hi|SMS|SMS: {name} – देर हो जाएगी, {v} पर फ़ोन करना
hi|voicemail|वॉइसमेल: "नमस्ते, {name} बोल रहे हैं, कृपया {v} पर वापस फ़ोन करें।"
"""


@dataclass(frozen=True)
class Phrasing:
    pid: int
    lang: str
    placement: str
    template: str


PHRASINGS: list[Phrasing] = [
    Phrasing(i, *line.split("|", 2)[:2], line.split("|", 2)[2].replace("\\n", "\n"))
    for i, line in enumerate(x for x in _RAW.strip().splitlines())
]
BY_LANG: dict[str, list[Phrasing]] = {}
for _p in PHRASINGS:
    BY_LANG.setdefault(_p.lang, []).append(_p)
