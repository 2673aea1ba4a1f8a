"""Rosters (ten formats) and value lines (eight shapes) with their labels in each language."""
# ruff: noqa: E501
# (long literal lines of document text, kept whole so that the data reads as written)

ROSTER_FORMATS = {
    "semicolon_csv": "{name};{job};{N}",
    "tel_bullet": "- {name} ({job}): {tel} {N}",
    "number_first": "{N}  {name}, {job}",
    "name_colon": "{name}: {N} ({job})",
    "bracket_job": "[{job}] {name} {N}",
    "dotted_num": "{i}. {name} - {job} - {N}",
    "letter_list": "{a}) {job} — {name}, {N}",
    "double_pipe": "{job} || {name} || {N}",
    "hash_num": "#{i} {name} ({job}) {N}",
    "day_slot": "{day} {name}, {job}: {N}",
}

# language: (headings, jobs, tel word, weekday abbreviations, csv header)
ROSTER_WORDS = {
    "en": (
        ["Phone tree", "Who's doing what"],
        "ladder, tea urn, gate, raffle tickets, chairs, bins",
        "tel.",
        "Mon Tue Wed Thu Fri Sat",
        "name;job;phone",
    ),
    "hg": (
        ["Phone tree", "Kaun kya karega"],
        "chairs, chai, gate, decoration, sound, safai",
        "ph.",
        "Mon Tue Wed Thu Fri Sat",
        "naam;kaam;phone",
    ),
    "hi": (
        ["फ़ोन सूची", "कौन क्या करेगा"],
        "कुर्सियाँ, चाय, गेट, सजावट, साउंड, सफ़ाई",
        "फ़ोन",
        "सोम मंगल बुध गुरु शुक्र शनि",
        "नाम;काम;फ़ोन",
    ),
    "de": (
        ["Telefonkette", "Wer macht was"],
        "Leiter, Kaffee, Tor, Deko, Stühle, Müll",
        "Tel.",
        "Mo Di Mi Do Fr Sa",
        "Name;Aufgabe;Telefon",
    ),
    "fr": (
        ["Chaîne téléphonique", "Qui fait quoi"],
        "échelle, café, portail, déco, chaises, poubelles",
        "tél.",
        "lun. mar. mer. jeu. ven. sam.",
        "nom;tâche;téléphone",
    ),
    "es": (
        ["Cadena de llamadas", "Quién hace qué"],
        "escalera, café, puerta, adornos, sillas, basura",
        "tel.",
        "lun mar mié jue vie sáb",
        "nombre;tarea;teléfono",
    ),
    "it": (
        ["Catena telefonica", "Chi fa cosa"],
        "scala, caffè, cancello, addobbi, sedie, rifiuti",
        "tel.",
        "lun mar mer gio ven sab",
        "nome;compito;telefono",
    ),
    "nl": (
        ["Belboom", "Wie doet wat"],
        "ladder, koffie, hek, versiering, stoelen, afval",
        "tel.",
        "ma di wo do vr za",
        "naam;taak;telefoon",
    ),
    "pt": (
        ["Corrente de ligações", "Quem faz o quê"],
        "escada, café, portão, enfeites, cadeiras, lixo",
        "tel.",
        "seg ter qua qui sex sáb",
        "nome;tarefa;telefone",
    ),
}

VALUE_SHAPES = {
    "ascii_arrow": "{L} -> {V}",
    "tab": "{L}\t{V}",
    "pipe": "{L} | {V}",
    "tilde": "{L} ~ {V}",
    "paren_after": "{V} ({l})",
    "em_dash": "{L} — {V}",
    "square_label": "[{L}] {V}",
    "label_above": "{L}\n{V}",
}

KINDS = ["national", "intl", "own", "other", "email_personal", "email_role", "card", "iban", "ip", "ssn"]
# language: one label per kind, in KINDS order (ssn only for English)
LABELS = {
    "en": [
        "glazier who did the greenhouse",
        "the exchange family in",
        "my sister back home",
        "council bulky-waste line",
        "send the minutes to",
        "general enquiries mailbox",
        "card that paid for the marquee",
        "transfer the plot fee to",
        "the NAS in the clubhouse",
        "SSN for the background check",
    ],
    "hg": [
        "electrician bhaiya",
        "cousin abroad",
        "ghar wala number",
        "bijli complaint line",
        "photos yahan bhejo",
        "society ka mail",
        "card jisse tent book hua",
        "maintenance yahan jama karo",
        "CCTV recorder ka address",
        "",
    ],
    "hi": [
        "बिजली मिस्त्री",
        "विदेश वाले भाई",
        "घर का पुराना नंबर",
        "नगर निगम हेल्पलाइन",
        "फ़ोटो यहाँ भेजें",
        "समिति का ईमेल",
        "टेंट वाला कार्ड",
        "शुल्क इस खाते में",
        "कैमरा रिकॉर्डर का पता",
        "",
    ],
    "de": [
        "Glaser fürs Gewächshaus",
        "Partnerfamilie im Ausland",
        "meine Schwester daheim",
        "Sperrmüll-Hotline",
        "Protokoll bitte an",
        "Postfach des Vereins",
        "Karte für das Festzelt",
        "Parzellenbeitrag überweisen an",
        "Netzwerkspeicher im Vereinsheim",
        "",
    ],
    "fr": [
        "vitrier de la serre",
        "famille d'échange à l'étranger",
        "ma sœur au pays",
        "ligne des encombrants",
        "compte rendu à envoyer à",
        "boîte de l'association",
        "carte utilisée pour le barnum",
        "virement de la cotisation sur",
        "NAS du local",
        "",
    ],
    "es": [
        "cristalero del invernadero",
        "familia de intercambio",
        "mi hermana en el pueblo",
        "línea de recogida de muebles",
        "el acta, a",
        "buzón de la asociación",
        "tarjeta de la carpa",
        "ingresad la cuota en",
        "NAS del local",
        "",
    ],
    "it": [
        "vetraio della serra",
        "famiglia dello scambio",
        "mia sorella al paese",
        "numero per gli ingombranti",
        "il verbale va a",
        "casella dell'associazione",
        "carta usata per il gazebo",
        "bonifico della quota su",
        "NAS della sede",
        "",
    ],
    "nl": [
        "glazenmaker van de kas",
        "uitwisselingsgezin",
        "mijn zus thuis",
        "grofvuil-lijn",
        "notulen sturen naar",
        "mailbox van de vereniging",
        "pas voor de partytent",
        "contributie overmaken naar",
        "NAS in het clubhuis",
        "",
    ],
    "pt": [
        "vidraceiro da estufa",
        "família do intercâmbio",
        "minha irmã na terra natal",
        "disque-entulho",
        "a ata vai para",
        "e-mail da associação",
        "cartão da tenda",
        "depositar a taxa na conta",
        "NAS da sede",
        "",
    ],
}


def label(lang, kind):
    return LABELS[lang][KINDS.index(kind)]


def value_line(shape, lab, val):
    """Return (line, offset of the value in the line)."""
    tpl = VALUE_SHAPES[shape]
    cap = lab[:1].upper() + lab[1:]
    pre = tpl.split("{V}")[0].format(L=cap, l=lab)
    return tpl.format(L=cap, l=lab, V=val), len(pre)
