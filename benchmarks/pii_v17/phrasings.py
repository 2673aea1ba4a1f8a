"""Announcing phrasings ({n} the number, {f} a first name) and placements of the v17 set."""

PHRASING_TEXT = """
@en
Anyone with a spare gazebo, please text or ring {f} on {n}.
Stuck in traffic on the day? Let us know on {n} so we can shuffle things round.
{f}'s landline is {n} – no WhatsApp there, so a call it is.
The number to ring if the gate is locked when you arrive: {n}.
Call {n} and leave your name if you'd like a seat kept for you.
I've swapped phones, so the number for me is now {n}.
For lifts from the station, {f} is coordinating – {n}, any time before nine.
Dial {n} for the caretaker; he holds the only key to the storeroom.
If nobody picks up at {n}, try again after the news.
{n} reaches the kitchen directly, handy if you're bringing food.
We can be reached at the cottage on {n} all weekend.
Questions about allergies? {f} will happily take a call on {n}.
Do phone ahead – {n} – if you're bringing more than two children.
Until the new line is sorted, please use {n} for everything.
@hg
Gazebo ya extra chairs ho toh {f} ko {n} pe bata dena.
Traffic mein phas gaye toh {n} pe ek call, hum adjust kar lenge.
{f} ka landline {n} hai, WhatsApp nahi chalta wahan.
Gate band mile toh yeh number try karo: {n}.
Seat reserve karwani hai? {n} pe naam bata do.
Naya phone liya hai, ab mera number {n} hai.
Station se pickup ke liye {f} se baat karo, {n}, raat nau se pehle.
Store room ki chaabi watchman ke paas hai, {n} dial karo.
{n} koi na uthaye toh thodi der baad phir try karna.
Khaana la rahe ho toh seedha kitchen wale number pe bolo: {n}.
Allergy ka koi sawaal ho toh {f} {n} pe mil jayenge.
Jab tak naya connection nahi lagta, sab kuch ke liye {n} use karo.
@hi
अतिरिक्त कुर्सियाँ हों तो {f} जी को {n} पर बता दें।
रास्ते में देर हो जाए तो {n} पर सूचना दें।
{f} जी का लैंडलाइन नंबर {n} है, वहाँ व्हाट्सऐप नहीं चलता।
गेट बंद मिले तो इस नंबर पर फ़ोन करें: {n}।
सीट आरक्षित करवानी हो तो {n} पर अपना नाम लिखवाएँ।
मेरा नंबर बदल गया है, अब {n} पर संपर्क करें।
स्टेशन से लाने के लिए {f} जी व्यवस्था कर रहे हैं – {n}, रात नौ बजे से पहले।
भंडार कक्ष की चाबी के लिए चौकीदार को {n} पर फ़ोन करें।
{n} पर कोई न उठाए तो थोड़ी देर बाद फिर प्रयास करें।
भोजन लाने वाले सीधे रसोई के नंबर {n} पर बात करें।
एलर्जी से जुड़े प्रश्नों के लिए {f} जी {n} पर उपलब्ध हैं।
नया कनेक्शन लगने तक हर काम के लिए {n} का ही प्रयोग करें।
@de
Wer einen Pavillon übrig hat, meldet sich bitte bei {f} unter {n}.
Steht ihr im Stau? Kurz Bescheid unter {n}, dann schieben wir um.
{f} hat nur Festnetz – {n} – also bitte anrufen statt schreiben.
Ist das Tor abgeschlossen, diese Nummer wählen: {n}.
Platz reservieren? Einfach {n} anrufen und Namen hinterlassen.
Neues Handy, neue Nummer – ab sofort bin ich unter {n} dran.
Mitfahrgelegenheiten vom Bahnhof organisiert {f}, Tel. {n}, bis neun Uhr abends.
Den Hausmeister mit dem Schlüssel für den Keller erreicht man unter {n}.
Geht unter {n} keiner ran, später nochmal probieren.
Wer Essen mitbringt, ruft am besten direkt in der Küche an: {n}.
Übers Wochenende sind wir in der Hütte, erreichbar unter {n}.
Fragen zu Allergien beantwortet {f} gern telefonisch unter {n}.
@fr
Si quelqu'un a un barnum en trop, prévenez {f} au {n}.
Coincés dans les bouchons ? Un coup de fil au {n} et on s'adapte.
{f} n'a qu'un fixe, le {n}, donc appelez plutôt qu'écrire.
Portail fermé à votre arrivée ? Composez le {n}.
Pour réserver une place, laissez votre nom au {n}.
J'ai changé de portable, mon numéro est désormais le {n}.
Le covoiturage depuis la gare, c'est {f} qui gère : {n}, avant neuf heures du soir.
Le gardien, qui a la clé de la réserve, répond au {n}.
Si personne ne décroche au {n}, réessayez un peu plus tard.
Ceux qui apportent à manger peuvent appeler directement la cuisine : {n}.
Tout le week-end, on est joignables au chalet au {n}.
Une question sur les allergies ? {f} vous répondra au {n}.
@es
Si alguien tiene una carpa de sobra, que avise a {f} al {n}.
¿Atascados en la carretera? Un toque al {n} y nos reorganizamos.
{f} solo tiene fijo, el {n}, así que mejor llamar que escribir.
Si la verja está cerrada al llegar, marcad el {n}.
Para reservar sitio, dejad vuestro nombre en el {n}.
He cambiado de móvil; ahora mi número es el {n}.
Lo de ir en coche desde la estación lo lleva {f}: {n}, antes de las nueve.
El conserje, que tiene la llave del almacén, contesta en el {n}.
Si nadie coge el {n}, probad otra vez en un rato.
Quien traiga comida puede llamar directamente a la cocina: {n}.
Todo el fin de semana estamos en la casa del pueblo, en el {n}.
¿Dudas sobre alergias? {f} os atiende en el {n}.
@it
Se qualcuno ha un gazebo in più, avvisi {f} al {n}.
Bloccati nel traffico? Un colpo al {n} e ci riorganizziamo.
{f} ha solo il fisso, il {n}, quindi meglio chiamare che scrivere.
Cancello chiuso all'arrivo? Componete il {n}.
Per tenere un posto, lasciate il vostro nome al {n}.
Ho cambiato cellulare: adesso il mio numero è il {n}.
I passaggi dalla stazione li organizza {f}: {n}, entro le nove di sera.
Il custode, che ha la chiave del magazzino, risponde al {n}.
Se al {n} non risponde nessuno, riprovate più tardi.
Chi porta da mangiare può chiamare direttamente la cucina: {n}.
Per tutto il fine settimana siamo in baita, al {n}.
Domande sulle allergie? {f} vi risponde al {n}.
@nl
Heeft iemand een partytent over, laat het {f} weten via {n}.
Vast in de file? Even bellen naar {n}, dan schuiven we wat.
{f} heeft alleen een vaste lijn, {n}, dus bellen in plaats van appen.
Staat het hek op slot als je aankomt, bel dan {n}.
Een plekje reserveren? Spreek je naam in op {n}.
Nieuwe telefoon, dus mijn nummer is voortaan {n}.
Meerijden vanaf het station regelt {f}: {n}, vóór negen uur 's avonds.
De beheerder, die de sleutel van het hok heeft, neemt op via {n}.
Neemt er niemand op bij {n}, probeer het later nog eens.
Wie eten meeneemt, kan de keuken direct bellen: {n}.
Het hele weekend zitten we in het huisje, bereikbaar op {n}.
Vragen over allergieën? {f} staat je te woord op {n}.
@pt
Quem tiver uma tenda sobrando, avisa {f} no {n}.
Preso no trânsito? Uma ligação pro {n} e a gente se ajeita.
{f} só tem telefone fixo, o {n}, então liga em vez de mandar mensagem.
Portão fechado quando chegar? Disca {n}.
Para guardar lugar, deixa teu nome no {n}.
Troquei de celular, agora meu número é {n}.
A carona da rodoviária quem organiza é {f}: {n}, até as nove da noite.
O zelador, que tem a chave do depósito, atende no {n}.
Se ninguém atender no {n}, tenta de novo mais tarde.
Quem for levar comida pode ligar direto pra cozinha: {n}.
O fim de semana todo estamos no sítio, no {n}.
Dúvida sobre alergia? {f} responde no {n}.
"""

# placement words: Contact, Reminder, handwritten in the margin, Addendum
WORDS_TEXT = """
en|Contact|Reminder|Handwritten in the margin|Added later
hg|Contact|Yaad rahe|Margin mein likha hai|Baad mein joda
hi|संपर्क|याद रखें|हाशिये पर हाथ से लिखा|बाद में जोड़ा गया
de|Kontakt|Erinnerung|Handschriftlich am Rand|Nachtrag
fr|Contact|Rappel|Écrit à la main dans la marge|Ajout
es|Contacto|Recordatorio|Escrito a mano en el margen|Añadido
it|Contatto|Promemoria|Scritto a mano a margine|Aggiunta
nl|Contact|Herinnering|Met de hand in de kantlijn|Aanvulling
pt|Contato|Lembrete|Escrito à mão na margem|Adendo
"""


def _parse_blocks(text):
    out, cur = {}, None
    for line in text.strip().splitlines():
        if line.startswith("@"):
            cur = line[1:]
            out[cur] = []
        else:
            out[cur].append(line)
    return out


PHRASINGS = _parse_blocks(PHRASING_TEXT)
WORDS = {ln.split("|")[0]: ln.split("|")[1:] for ln in WORDS_TEXT.strip().splitlines()}

# name -> (where, template); {P} the phrasing sentence, {F1}/{F2} filler sentences of the genre,
# {C}/{R}/{M}/{A} the words above, {K} the genre key.  where: top (under the title, before the
# greeting), first (right after the greeting), body (among the fillers), last (just before the
# sign-off), sig (a line of the signature, under the name).
PLACEMENTS = {
    "under_title": ("top", "{P}"),
    "opening_line": ("first", "{P}"),
    "bold_line": ("body", "**{P}**"),
    "aside_brackets": ("body", "({P})"),
    "numbered_steps": ("body", "1. {F1}\n2. {P}\n3. {F2}"),
    "checkbox": ("body", "[x] {F1}\n[ ] {P}"),
    "nested_quote": ("body", "> {F1}\n> > {P}"),
    "star_banner": ("body", "*** {P} ***"),
    "contact_heading": ("last", "## {C}\n{P}"),
    "arrow_line": ("body", "→ {P}"),
    "paragraph_end": ("body", "{F1} {P}"),
    "hashtag_line": ("last", "{P} #{K}"),
    "signature_line": ("sig", "{P}"),
    "pin_line": ("body", "📌 {P}"),
    "alarm_reminder": ("body", "⏰ {R}: {P}"),
    "margin_note": ("body", "[{M}: {P}]"),
    "addendum": ("last", "{A}: {P}"),
    "closing_line": ("last", "{P}"),
}
