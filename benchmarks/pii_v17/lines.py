"""Rosters (formats, headings, jobs) and value-line labels and shapes of the v17 set."""

# lang|Name|Job|Phone|heading 1|heading 2|six jobs separated by ;
ROSTER_TEXT = """
en|Name|Doing|Phone|Who to call on the day|Helpers list (ring if you drop out)|setting up;raffle;first \
aid;car park;washing up;music
hg|Naam|Kaam|Phone|Din mein kisko call karein|Helpers ki list|setup;raffle;first aid;parking;bartan;music
hi|नाम|काम|फ़ोन|उस दिन किसे फ़ोन करें|सहायकों की सूची|तैयारी;लॉटरी;प्राथमिक चिकित्सा;पार्किंग;बर्तन;संगीत
de|Name|Aufgabe|Telefon|Wen ruft man am Tag an|Helferliste (bei Absage bitte \
melden)|Aufbau;Tombola;Sanitäter;Parkplatz;Spüldienst;Musik
fr|Nom|Rôle|Téléphone|Qui appeler le jour J|Liste des \
bénévoles|installation;tombola;secours;parking;vaisselle;musique
es|Nombre|Tarea|Teléfono|A quién llamar ese día|Lista de \
voluntarios|montaje;rifa;botiquín;aparcamiento;fregar;música
it|Nome|Compito|Telefono|Chi chiamare quel giorno|Elenco dei volontari|allestimento;lotteria;primo \
soccorso;parcheggio;piatti;musica
nl|Naam|Taak|Telefoon|Wie bel je op de dag zelf|Lijst met helpers|opbouw;loterij;EHBO;parkeren;afwas;muziek
pt|Nome|Função|Telefone|Para quem ligar no dia|Lista de voluntários|montagem;rifa;primeiros \
socorros;estacionamento;louça;música
"""
ROSTER = {}
for _ln in ROSTER_TEXT.strip().splitlines():
    _p = _ln.split("|")
    ROSTER[_p[0]] = {"head": _p[1:4], "headings": _p[4:6], "jobs": _p[6].split(";")}

ROSTER_FORMATS = [
    "markdown_table",
    "dot_leaders",
    "tab_separated",
    "numbered_paren",
    "slash_separated",
    "middle_dot",
    "arrow_to_number",
    "job_in_capitals",
    "star_bullet",
]


def roster_lines(fmt, lang, rows):
    """rows: [(name, job)]; returns a list of lines, each a list of parts; None marks the number."""
    h = ROSTER[lang]["head"]
    width = max(len(n) + len(j) for n, j in rows) + 4
    out = []
    if fmt == "markdown_table":
        out += [["| %s | %s | %s |" % tuple(h)], ["|---|---|---|"]]
    if fmt == "tab_separated":
        out.append(["\t".join(h)])
    for i, (name, job) in enumerate(rows, 1):
        if fmt == "markdown_table":
            out.append(["| %s | %s | " % (name, job), None, " |"])
        elif fmt == "dot_leaders":
            out.append(["%s (%s) " % (name, job) + "." * (width - len(name) - len(job)) + " ", None])
        elif fmt == "tab_separated":
            out.append(["%s\t%s\t" % (name, job), None])
        elif fmt == "numbered_paren":
            out.append(["%d) %s, %s: " % (i, name, job), None])
        elif fmt == "slash_separated":
            out.append(["%s / %s / " % (name, job), None])
        elif fmt == "middle_dot":
            out.append(["%s · %s · " % (name, job), None])
        elif fmt == "arrow_to_number":
            out.append(["%s → " % name, None, " (%s)" % job])
        elif fmt == "job_in_capitals":
            out.append(["%s — %s, " % (job.upper(), name), None])
        elif fmt == "star_bullet":
            out.append(["* %s (%s): " % (name, job), None])
    return out


# kind|lang|label 1;label 2
LABEL_TEXT = """
national|en|the plumber who did the boiler;the village taxi
national|hg|plumber bhaiya;auto stand wale
national|hi|प्लंबर;टैक्सी स्टैंड
national|de|Klempner Notdienst;Taxi im Ort
national|fr|le plombier;le taxi du village
national|es|el fontanero;el taxi del pueblo
national|it|l'idraulico;il taxi del paese
national|nl|de loodgieter;de dorpstaxi
national|pt|o encanador;o táxi do bairro
intl|en|our twin-town contact;the rental villa
intl|hg|cousin videsh mein;holiday homestay
intl|hi|विदेश में भाई;छुट्टियों वाला होमस्टे
intl|de|Partnergemeinde;Ferienwohnung
intl|fr|la ville jumelée;le gîte des vacances
intl|es|el pueblo hermanado;el apartamento de vacaciones
intl|it|il comune gemellato;la casa vacanze
intl|nl|de zusterstad;het vakantiehuis
intl|pt|a cidade-irmã;a casa de temporada
own|en|Mum's house back home;the old football club at home
own|de|Onkel daheim;unser Hausarzt zu Hause
own|fr|la famille au pays;le médecin de chez nous
own|nl|oma thuis;de huisarts thuis
own|it|la zia a casa;il medico di casa
other|en|the council's helpline;ticket hotline
other|hg|customer care;booking line
other|hi|सहायता लाइन;बुकिंग लाइन
other|de|Servicenummer der Stadt;Kartenhotline
other|fr|numéro de la mairie;billetterie
other|es|atención al cliente;venta de entradas
other|it|numero verde del Comune;biglietteria
other|nl|klantenservice gemeente;kaartverkoop
other|pt|central de atendimento;venda de ingressos
email_personal|en|photos can go to;RSVP to me at
email_personal|hg|photos bhejo;RSVP yahan
email_personal|hi|तस्वीरें भेजें;उत्तर यहाँ दें
email_personal|de|Fotos bitte an;Zusagen an
email_personal|fr|photos à envoyer à;réponses à
email_personal|es|fotos a;confirmad a
email_personal|it|foto a;conferme a
email_personal|nl|foto's naar;aanmelden bij
email_personal|pt|fotos para;confirmação para
email_role|en|the organisers;bookings desk
email_role|hg|organisers;bookings
email_role|hi|आयोजक;पंजीकरण
email_role|de|Orga-Team;Anmeldestelle
email_role|fr|les organisateurs;inscriptions
email_role|es|la organización;inscripciones
email_role|it|gli organizzatori;iscrizioni
email_role|nl|de organisatie;inschrijvingen
email_role|pt|a organização;inscrições
card|en|card on file for the hall deposit;card used for the raffle prizes
card|hg|tent booking wala card;prize order ka card
card|hi|टेंट बुकिंग का कार्ड;इनाम के ऑर्डर का कार्ड
card|de|Karte für die Saalkaution;Karte für die Tombolapreise
card|fr|carte pour la caution de la salle;carte des lots
card|es|tarjeta de la fianza del local;tarjeta de los premios
card|it|carta per la caparra della sala;carta per i premi
card|nl|pas voor de borg van de zaal;pas voor de prijzen
card|pt|cartão do sinal do salão;cartão dos prêmios
iban|en|float for the stalls;refunds go to
iban|de|Kassenkonto;Erstattungen an
iban|fr|compte de la caisse;remboursements sur
iban|es|cuenta de la caja;devoluciones a
iban|it|conto della cassa;rimborsi su
iban|nl|rekening van de kas;terugbetalingen naar
iban|pt|conta do caixa;reembolsos para
ip|en|ticket scanner;projector on the network
ip|hg|projector ka IP;wifi camera
ip|hi|प्रोजेक्टर का पता;वाई-फ़ाई कैमरा
ip|de|Kassenterminal;Beamer im Netz
ip|fr|scanner des billets;vidéoprojecteur
ip|es|lector de entradas;proyector en la red
ip|it|lettore dei biglietti;proiettore in rete
ip|nl|kaartscanner;beamer op het netwerk
ip|pt|leitor de ingressos;projetor na rede
ssn|en|SSN for the chaperone check;SSN on the coach-hire form
"""
LABELS = {}
for _ln in LABEL_TEXT.strip().splitlines():
    _k, _lang, _labs = _ln.split("|")
    LABELS[(_k, _lang)] = _labs.split(";")

LINE_SHAPES = {
    "equals": ("{L} = ", ""),
    "em_dash": ("{L} — ", ""),
    "left_arrow": ("", " ← {l}"),
    "square_label": ("[{L}] ", ""),
    "slash": ("{L} / ", ""),
    "single_arrow": ("{L} → ", ""),
    "guillemet": ("{L} » ", ""),
    "ellipsis": ("{L} … ", ""),
}


def label_for(kind, lang, rng):
    labs = LABELS.get((kind, lang)) or LABELS.get((kind, "en"))
    return rng.choice(labs)


def value_line(shape, label, value_part):
    pre, post = LINE_SHAPES[shape]
    cap = label[:1].upper() + label[1:]
    return [pre.format(L=cap, l=label), value_part, post.format(L=cap, l=label)]
