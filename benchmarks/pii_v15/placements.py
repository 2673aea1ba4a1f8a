"""Where an announced number sits in a v15 document: twenty placements, each in nine languages.

{p} is the announcing sentence, {g} a second person's first name. "top" placements open the document,
"end" ones close it, the rest sit among the body lines.
"""

from __future__ import annotations

L = ("en", "de", "fr", "es", "it", "nl", "pt", "hx", "hi")


def _t(*texts):
    return dict(zip(L, texts, strict=True))


PLACEMENTS = {
    "notebook": (
        "body",
        _t(
            "Notebook, last entry: {p}",
            "Aus meinem Notizbuch: {p}",
            "Extrait de mon carnet : {p}",
            "De mi libreta: {p}",
            "Dal mio taccuino: {p}",
            "Uit mijn notitieboekje: {p}",
            "Do meu caderninho: {p}",
            "Meri diary se: {p}",
            "मेरी डायरी से: {p}",
        ),
    ),
    "classified": (
        "body",
        _t(
            "FOR SALE – child's bike, hardly used, collection only. {p}",
            "ZU VERKAUFEN – Kinderfahrrad, kaum benutzt, nur Abholung. {p}",
            "À VENDRE – vélo enfant, très peu servi, à venir chercher. {p}",
            "SE VENDE – bici de niño, casi sin uso, recogida en mano. {p}",
            "VENDO – bici da bambino, usata pochissimo, ritiro a mano. {p}",
            "TE KOOP – kinderfiets, nauwelijks gebruikt, alleen ophalen. {p}",
            "VENDE-SE – bicicleta infantil, pouco usada, retirar no local. {p}",
            "FOR SALE – bachchon ki cycle, bilkul nayi jaisi, pickup only. {p}",
            "बिक्री हेतु – बच्चों की साइकिल, बहुत कम चली है। {p}",
        ),
    ),
    "swap": (
        "body",
        _t(
            "Swap wanted: can anyone take my Saturday slot? {p}",
            "Tausch gesucht: Wer übernimmt meinen Samstagsdienst? {p}",
            "Échange recherché : quelqu'un peut prendre mon créneau du samedi ? {p}",
            "Busco cambio: ¿alguien me cubre el turno del sábado? {p}",
            "Cerco cambio turno: qualcuno mi sostituisce sabato? {p}",
            "Ruil gezocht: wie neemt mijn zaterdagdienst over? {p}",
            "Procuro troca: alguém fica com meu turno de sábado? {p}",
            "Shift swap chahiye: Saturday wali duty koi le sakta hai? {p}",
            "ड्यूटी बदलनी है: शनिवार की ड्यूटी कोई ले सकता है? {p}",
        ),
    ),
    "liftshare": (
        "body",
        _t(
            "Lift offered: two seats free from the station, leaving early. {p}",
            "Mitfahrgelegenheit: zwei Plätze frei ab Bahnhof, früh los. {p}",
            "Covoiturage proposé : deux places libres depuis la gare. {p}",
            "Ofrezco coche: dos plazas libres desde la estación. {p}",
            "Offro passaggio: due posti liberi dalla stazione. {p}",
            "Meerijden: twee plekken vrij vanaf het station. {p}",
            "Ofereço carona: duas vagas saindo da rodoviária. {p}",
            "Lift available: station se do seats khaali hain. {p}",
            "गाड़ी में जगह: स्टेशन से दो सीटें खाली हैं। {p}",
        ),
    ),
    "weather": (
        "body",
        _t(
            "Bad weather plan: if it's pouring we cancel. {p}",
            "Bei Unwetter fällt alles aus. {p}",
            "En cas d'intempéries, tout est annulé. {p}",
            "Si hace mal tiempo, se suspende. {p}",
            "In caso di maltempo si annulla tutto. {p}",
            "Bij noodweer gaat alles niet door. {p}",
            "Se chover forte, fica cancelado. {p}",
            "Agar baarish hui toh event cancel. {p}",
            "बारिश हुई तो कार्यक्रम रद्द रहेगा। {p}",
        ),
    ),
    "housesit": (
        "body",
        _t(
            "While we're away:\n1. Water the tomatoes.\n2. Feed the cat twice a day.\n3. {p}",
            "Während wir weg sind:\n1. Tomaten gießen.\n2. Katze zweimal füttern.\n3. {p}",
            "Pendant notre absence :\n1. Arroser les tomates.\n2. Nourrir le chat deux fois.\n3. {p}",
            "Mientras estamos fuera:\n1. Regar los tomates.\n2. Dar de comer al gato dos veces.\n3. {p}",
            "Mentre siamo via:\n1. Annaffiare i pomodori.\n2. Dare da mangiare al gatto.\n3. {p}",
            "Terwijl wij weg zijn:\n1. Tomaten water geven.\n2. Kat twee keer voeren.\n3. {p}",
            "Enquanto estivermos fora:\n1. Regar os tomates.\n2. Dar comida ao gato.\n3. {p}",
            "Jab hum bahar hain:\n1. Paudhon ko paani dena.\n2. Billi ko do baar khana.\n3. {p}",
            "हमारे बाहर रहने तक:\n1. पौधों को पानी देना।\n2. बिल्ली को दो बार खाना देना।\n3. {p}",
        ),
    ),
    "welcome": (
        "body",
        _t(
            "New here? A few things to know:\n• Tea and coffee are free.\n• {p}",
            "Neu dabei? Ein paar Hinweise:\n• Kaffee und Tee sind umsonst.\n• {p}",
            "Nouveau ? Quelques infos utiles :\n• Le café est offert.\n• {p}",
            "¿Eres nuevo? Un par de cosas:\n• El café es gratis.\n• {p}",
            "Sei nuovo? Qualche informazione:\n• Il caffè è offerto.\n• {p}",
            "Nieuw hier? Even dit:\n• Koffie en thee zijn gratis.\n• {p}",
            "Chegou agora? Algumas dicas:\n• O café é por nossa conta.\n• {p}",
            "Naye ho? Kuch zaroori baatein:\n• Chai free hai.\n• {p}",
            "नए सदस्य? कुछ ज़रूरी बातें:\n• चाय मुफ़्त है।\n• {p}",
        ),
    ),
    "footnote": (
        "end",
        _t(
            "Keys will be left with a neighbour*.\n\n* {p}",
            "Der Schlüssel liegt bei den Nachbarn*.\n\n* {p}",
            "Les clés seront chez un voisin*.\n\n* {p}",
            "Las llaves las tiene un vecino*.\n\n* {p}",
            "Le chiavi le ha un vicino*.\n\n* {p}",
            "De sleutel ligt bij de buren*.\n\n* {p}",
            "A chave fica com um vizinho*.\n\n* {p}",
            "Chaabi padosi ke paas rahegi*.\n\n* {p}",
            "चाबी पड़ोसी के पास रहेगी*।\n\n* {p}",
        ),
    ),
    "subject": (
        "top",
        _t(
            "Subject: Re: Saturday – {p}",
            "Betreff: AW: Samstag – {p}",
            "Objet : RE: samedi – {p}",
            "Asunto: RE: el sábado – {p}",
            "Oggetto: R: sabato – {p}",
            "Onderwerp: RE: zaterdag – {p}",
            "Assunto: RES: sábado – {p}",
            "Subject: Re: Sunday plan – {p}",
            "विषय: रविवार की तैयारी – {p}",
        ),
    ),
    "forumquote": (
        "body",
        _t(
            "> {p}\n\nThanks, that's really helpful — saved it.",
            "> {p}\n\nDanke, sehr hilfreich – gespeichert.",
            "> {p}\n\nMerci, c'est noté !",
            "> {p}\n\nGracias, apuntado.",
            "> {p}\n\nGrazie, me lo segno.",
            "> {p}\n\nDank je, opgeslagen!",
            "> {p}\n\nValeu, anotado!",
            "> {p}\n\nThanks yaar, save kar liya.",
            "> {p}\n\nधन्यवाद, नोट कर लिया।",
        ),
    ),
    "neighbour": (
        "body",
        _t(
            "Dear neighbours, sorry in advance for the noise on Saturday. {p}",
            "Liebe Nachbarn, entschuldigt schon mal den Lärm am Samstag. {p}",
            "Chers voisins, désolés d'avance pour le bruit samedi. {p}",
            "Queridos vecinos, perdonad de antemano el ruido del sábado. {p}",
            "Cari vicini, scusate in anticipo per il rumore di sabato. {p}",
            "Beste buren, alvast sorry voor het lawaai op zaterdag. {p}",
            "Queridos vizinhos, desculpem desde já o barulho no sábado. {p}",
            "Dear padosiyon, Saturday ke shor ke liye pehle se sorry. {p}",
            "प्रिय पड़ोसियों, शनिवार के शोर के लिए पहले से क्षमा। {p}",
        ),
    ),
    "script": (
        "body",
        _t(
            "{g}: So who do we ring about the chairs?\n{f}: {p}",
            "{g}: Und wen rufen wir wegen der Stühle an?\n{f}: {p}",
            "{g} : Et pour les chaises, on appelle qui ?\n{f} : {p}",
            "{g}: ¿Y a quién llamamos por las sillas?\n{f}: {p}",
            "{g}: E per le sedie chi chiamiamo?\n{f}: {p}",
            "{g}: En wie bellen we over de stoelen?\n{f}: {p}",
            "{g}: E sobre as cadeiras, a gente liga pra quem?\n{f}: {p}",
            "{g}: Chairs ke liye kisko call karein?\n{f}: {p}",
            "{g}: कुर्सियों के लिए किसे फ़ोन करें?\n{f}: {p}",
        ),
    ),
    "thanks": (
        "body",
        _t(
            "A huge thank-you to {g} for lending the gazebo. {p}",
            "Ein großes Dankeschön an {g} für den Pavillon. {p}",
            "Un grand merci à {g} pour le prêt du barnum. {p}",
            "Mil gracias a {g} por prestarnos la carpa. {p}",
            "Un grazie enorme a {g} per il gazebo. {p}",
            "Heel veel dank aan {g} voor het lenen van de partytent. {p}",
            "Um agradecimento enorme a {g} pela tenda emprestada. {p}",
            "{g} ko bahut thanks, tent dene ke liye. {p}",
            "शामियाने के लिए {g} जी का बहुत धन्यवाद। {p}",
        ),
    ),
    "recipe": (
        "body",
        _t(
            "Recipe card – {g}'s lentil soup. {p}",
            "Rezeptkarte – Linsensuppe nach {g}. {p}",
            "Fiche recette – la soupe de lentilles de {g}. {p}",
            "Ficha de receta – las lentejas de {g}. {p}",
            "Scheda ricetta – la zuppa di lenticchie di {g}. {p}",
            "Receptkaart – linzensoep van {g}. {p}",
            "Ficha de receita – a sopa de lentilha de {g}. {p}",
            "Recipe card – {g} ki dal makhani. {p}",
            "रेसिपी कार्ड – {g} जी की दाल। {p}",
        ),
    ),
    "courier": (
        "body",
        _t(
            "Note for the delivery driver: parcels round the back, not on the step. {p}",
            "Hinweis für den Paketboten: Pakete bitte hinten abstellen. {p}",
            "Note pour le livreur : déposez les colis à l'arrière. {p}",
            "Nota para el repartidor: los paquetes, por la puerta de atrás. {p}",
            "Nota per il corriere: i pacchi sul retro, grazie. {p}",
            "Voor de bezorger: pakketjes graag achterom. {p}",
            "Recado para o entregador: deixar as encomendas nos fundos. {p}",
            "Delivery boy ke liye: parcel peeche wale gate pe rakhna. {p}",
            "डिलीवरी वाले के लिए: पार्सल पीछे के गेट पर रखें। {p}",
        ),
    ),
    "margin": (
        "body",
        _t(
            "[handwritten in the margin: {p}]",
            "[handschriftlich am Rand: {p}]",
            "[écrit à la main dans la marge : {p}]",
            "[escrito a mano en el margen: {p}]",
            "[scritto a mano a margine: {p}]",
            "[met de hand in de kantlijn: {p}]",
            "[escrito à mão na margem: {p}]",
            "[haath se likha hua, side mein: {p}]",
            "[हाशिये पर हाथ से लिखा: {p}]",
        ),
    ),
    "aob": (
        "end",
        _t(
            "Any other business\n– {p}",
            "Verschiedenes\n– {p}",
            "Questions diverses\n– {p}",
            "Ruegos y preguntas\n– {p}",
            "Varie ed eventuali\n– {p}",
            "Rondvraag\n– {p}",
            "Assuntos gerais\n– {p}",
            "Baaki baatein\n– {p}",
            "अन्य विषय\n– {p}",
        ),
    ),
    "callout": (
        "body",
        _t(
            "Good to know",
            "Gut zu wissen",
            "Bon à savoir",
            "Conviene saber",
            "Da sapere",
            "Goed om te weten",
            "Bom saber",
            "Yaad rakhna",
            "ध्यान दें",
        ),
    ),
    "review": (
        "end",
        _t(
            '★★★★★ "Sorted our move in a day. {p}" – {g}',
            "★★★★★ „Umzug an einem Tag erledigt. {p}“ – {g}",
            "★★★★★ « Déménagement bouclé en une journée. {p} » – {g}",
            "★★★★★ «Mudanza resuelta en un día. {p}» – {g}",
            "★★★★★ «Trasloco fatto in un giorno. {p}» – {g}",
            '★★★★★ "Verhuizing in één dag geregeld. {p}" – {g}',
            '★★★★★ "Mudança resolvida em um dia. {p}" – {g}',
            '★★★★★ "Ek din mein shifting ho gayi. {p}" – {g}',
            '★★★★★ "एक दिन में सामान शिफ़्ट हो गया। {p}" – {g}',
        ),
    ),
    "whiteboard": (
        "body",
        _t(
            "Whiteboard by the kettle says: {p}",
            "Auf dem Whiteboard in der Küche steht: {p}",
            "Sur le tableau blanc de la cuisine : {p}",
            "En la pizarra de la cocina pone: {p}",
            "Sulla lavagna in cucina c'è scritto: {p}",
            "Op het whiteboard in de keuken staat: {p}",
            "No quadro branco da cozinha está escrito: {p}",
            "Kitchen ke whiteboard pe likha hai: {p}",
            "रसोई के बोर्ड पर लिखा है: {p}",
        ),
    ),
}
PLACEMENT_NAMES = sorted(PLACEMENTS)


def seg_len(segs) -> int:
    return sum(len(s) if isinstance(s, str) else len(s.text) for s in segs)


def place(name: str, lang: str, phrase_segs: list, f: str, g: str) -> tuple[str, list]:
    """Wrap the announcing sentence (a list of segments) in a placement; returns (position, segments)."""
    pos, texts = PLACEMENTS[name]
    if name == "callout":
        inner = seg_len(phrase_segs) + 4
        head = "┌─ " + texts[lang] + " "
        top = head + "─" * max(2, inner - len(head) - 1) + "┐"
        bottom = "└" + "─" * (len(top) - 2) + "┘"
        return pos, [top + "\n│ "] + phrase_segs + [" │\n" + bottom]
    tmpl = texts[lang].replace("{f}", f).replace("{g}", g)
    before, after = tmpl.split("{p}")
    return pos, [before] + phrase_segs + [after]
