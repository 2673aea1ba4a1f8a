"""German, French, Spanish, Italian, Dutch, Portuguese and Hindi text for the garden genres."""

DE = {
    "gardencentre": {
        "title": ["Frühjahrsmarkt im Gartencenter", "Ihre Bestellung liegt zur Abholung bereit"],
        "pos": [
            "Die Obstgehölze stehen im Freiland hinter den Gewächshäusern; für Reservierungen rufen Sie"
            " die Baumschulabteilung unter {F} an.",
            "Bezahlt mit Karte {C}; den Beleg bitte zur Abholung mitbringen.",
            "Fragen zur Lieferung ({delivery_slot}) beantwortet unser Fahrer unter {M}.",
            "Rückfragen zur Rechnung gern an {E}.",
        ],
        "neg": [
            "Geöffnet {opening_hours}, Torfreie Erde im Sack (EAN {compost_ean}).",
            "Bodenprobe: {soil_ph}, Topfgröße {pot_size}.",
        ],
    },
    "allotment": {
        "title": ["Rundschreiben des Kleingartenvereins", "Mitteilung des Vorstands"],
        "pos": [
            "Parzelle 23 ({plot_rods}) ist frei geworden – Interessierte melden sich bitte bei Frau Wendt"
            " unter {F}.",
            "Die Pacht wird per Lastschrift vom Konto {B} eingezogen, sofern nicht anders vereinbart.",
            "Wasseruhr-Stand bitte bis Monatsende an {E} melden; bei Rohrbruch ist der Wasserwart unter"
            " {M} erreichbar.",
        ],
        "neg": [
            "Ihre Mitgliedsnummer {membership_no} steht auf dem Pachtvertrag; Zählerstand zuletzt"
            " {water_meter}.",
            "Aussaat im Zeitraum {sowing_window}, Saatgut-Charge {seed_lot}.",
        ],
    },
    "treesurgeon": {
        "title": ["Angebot Baumpflege", "Auftragsbestätigung Baumfällung"],
        "pos": [
            "Die Kronenpflege der Linde ({tree_dbh}) ist für Dienstag geplant; unser Baumkletterer ist"
            " unter {M} erreichbar.",
            "Für Sturmschäden am Wochenende wählen Sie bitte {O}.",
            "Das Büro in Basel erreichen Sie unter {I:CH}.",
        ],
        "neg": [
            "Bäume {tree_tags} laut Gutachten, Standort {gps_coords}.",
            "Häcksler-Betriebsstunden {engine_hours}; Stückpreis {vat_price}.",
        ],
    },
}
DE_LOCAL = [
    "Aus dem {town}er Ortsnetz erreichen Sie die Gärtnerei direkt unter {L1}.",
    "Kleingärtner in {town} wählen für die Vereinsheim-Telefonzelle einfach {L1}, für den Vorstand {L2}.",
    "Ortsgespräch {town}: Baumdienst {L1}.",
    "Innerhalb von {town} genügt die {L1} – die Vorwahl können Sie weglassen.",
]
DE_LIST = (
    ["Vorstand", "Ansprechpartner am Markttag"],
    ["Vorsitz", "Kasse", "Gartenfachberatung", "Lieferung"],
)

NL = {
    "gardencentre": {
        "title": ["Voorjaarsactie tuincentrum", "Uw bestelling staat klaar"],
        "pos": [
            "De vaste planten staan buiten bij de kassa; wilt u iets laten reserveren, bel dan de"
            " plantenafdeling op {F}.",
            "Vragen over de bezorging ({delivery_slot})? Onze chauffeur is bereikbaar op {M}.",
            "Betaald met kaart {C}; neem het bonnetje mee.",
            "De incasso loopt via rekening {B}.",
        ],
        "neg": [
            "Open {opening_hours}; potmaat {pot_size}.",
            "Grondmonster: {soil_ph}, gazon {lawn_area}.",
        ],
    },
    "allotment": {
        "title": ["Nieuwsbrief volkstuinvereniging", "Bericht van het bestuur"],
        "pos": [
            "Tuin 18 komt vrij ({plot_rods}); belangstellenden kunnen Henk bellen op {M}.",
            "Vragen over de jaarcontributie: {E} of het secretariaat op {F}.",
            "Storing aan de waterleiding? Bel het gratis nummer {O}.",
        ],
        "neg": [
            "Lidnummer {membership_no}; zaaiperiode {sowing_window}.",
            "Regenval afgelopen week: {rainfall}, luchtdruk {air_pressure}.",
        ],
    },
    "landscaper": {
        "title": ["Offerte tuinaanleg", "Werkbon hovenier"],
        "pos": [
            "Offerte {quote_ref}: terras, {lawn_area} graszoden en schuttingen ({fence_panel}).",
            "Onze vestiging in Antwerpen is bereikbaar op {I:BE}.",
            "Uitvoerder Sander: {M}.",
        ],
        "neg": [
            "Betonmengsel {concrete_mix}, plantvakken {bed_dimensions}.",
            "Totaal {vat_price}; levering op {pallet_count}.",
        ],
    },
}
NL_LOCAL = [
    "Binnen {town} belt u de kwekerij gewoon op {L1}.",
    "Woont u in {town}? Het tuinpark is lokaal bereikbaar op {L1}, de kantine op {L2}.",
    "Lokaal nummer ({town}): {L1}.",
]
NL_LIST = (
    ["Bestuur", "Contact op de keuringsdag"],
    ["Voorzitter", "Penningmeester", "Tuincommissie", "Bezorging"],
)

PT = {
    "nursery": {
        "title": ["Confirmação de pedido – viveiro", "Lista de mudas disponíveis"],
        "pos": [
            "As mudas de ipê ({pot_size}) saem do viveiro na terça; dúvidas sobre a entrega pelo {M}.",
            "Atendimento comercial: {F} ou {E}.",
            "Pagamento no cartão {C} confirmado.",
            "Central de atendimento gratuita: {O}.",
        ],
        "neg": [
            "Germinação: {germination}; adubo NPK {npk_ratio}.",
            "Horário de funcionamento {opening_hours}; área do gramado {lawn_area}.",
        ],
    },
    "landscaper": {
        "title": ["Orçamento de paisagismo", "Ordem de serviço – jardinagem"],
        "pos": [
            "Orçamento {quote_ref}: grama esmeralda em {lawn_area} e canteiros de {bed_dimensions}.",
            "O encarregado da obra atende no {M}; o escritório no {F}.",
            "Nosso fornecedor em Lisboa atende pelo {I:PT}.",
        ],
        "neg": [
            "Traço do concreto {concrete_mix}; chuva acumulada {rainfall}.",
            "Total {vat_price}, pallets {pallet_count}.",
        ],
    },
}
PT_LOCAL = [
    "Quem liga de um fixo de {town} fala com o viveiro no {L1}.",
    "Em {town}, ligação local: {L1} (loja) e {L2} (entregas).",
    "Telefone local da exposição de orquídeas em {town}: {L1}.",
]
PT_LIST = (["Contatos da equipe", "Quem atende"], ["Viveiro", "Entregas", "Paisagista", "Financeiro"])

FR = {
    "gardencentre": {
        "title": ["Jardinerie – votre commande est prête", "Fête des plantes"],
        "pos": [
            "Les rosiers à racines nues vous attendent au comptoir ; pour une réservation, appelez le"
            " rayon pépinière au {F}.",
            "Notre livreur vous prévient la veille depuis le {M}.",
            "Paiement par carte {C} enregistré.",
            "Service client : {E} ou {O}.",
        ],
        "neg": [
            "Ouvert {opening_hours}, terreau (EAN {compost_ean}).",
            "Pots {pot_size}, engrais {npk_ratio}.",
        ],
    },
    "treesurgeon": {
        "title": ["Devis élagage", "Confirmation d'abattage"],
        "pos": [
            "L'élagage du platane ({tree_dbh}) est prévu jeudi ; le grimpeur est joignable au {M}.",
            "Notre antenne de Genève répond au {I:CH}.",
            "Prélèvement sur le compte {B}.",
        ],
        "neg": [
            "Arbres {tree_tags}, coordonnées {gps_coords}.",
            "Montant {vat_price}, broyeur à {engine_hours}.",
        ],
    },
}
FR_LIST = (["Qui appeler", "Contacts de l'équipe"], ["Pépinière", "Livraison", "Chef de chantier", "Accueil"])

ES = {
    "nursery": {
        "title": ["Vivero – confirmación de pedido", "Feria de plantas"],
        "pos": [
            "Los olivos ({pot_size}) salen del vivero el martes; para cambiar la entrega llame al {F}.",
            "El encargado, Javier, está en el {M}.",
            "Atención gratuita: {O}; pedidos por correo a {E}.",
            "Domiciliación en la cuenta {B}.",
        ],
        "neg": [
            "Horario {opening_hours}; germinación {germination}.",
            "Abono {npk_ratio}, macetas {pot_size}.",
        ],
    },
}
ES_LIST = (["Contactos del equipo", "A quién llamar"], ["Vivero", "Reparto", "Jardinero jefe", "Oficina"])

IT = {
    "show": {
        "title": ["Mostra mercato di piante e fiori", "Iscrizioni alla rassegna florovivaistica"],
        "pos": [
            "Le iscrizioni chiudono giovedì; la segreteria risponde al {F} nel pomeriggio.",
            "Per i banchi di piante grasse, chiedete di Lucia al {M}.",
            "Info: {E}; numero verde {O}.",
        ],
        "neg": [
            "{show_class}, espositore {exhibitor_no}, punteggio {judging_points}.",
            "Orario {opening_hours}; pressione {air_pressure}.",
        ],
    },
}
IT_LIST = (["Recapiti dello staff", "Chi chiamare"], ["Segreteria", "Vivaio", "Allestimento", "Cassa"])

HI = {
    "nursery": {
        "title": ["नर्सरी – ऑर्डर की पुष्टि", "पौधों की उपलब्धता सूची"],
        "pos": [
            "आपके गुलाब के पौधे ({pot_size}) मंगलवार को भेजे जाएंगे; डिलीवरी के बारे में {M} पर बात करें।",
            "थोक ऑर्डर के लिए ऑफिस का नंबर {F} है।",
            "टोल-फ्री हेल्पलाइन: {O}; ईमेल {E}।",
        ],
        "neg": [
            "खुलने का समय {opening_hours}; खाद {npk_ratio}।",
            "अंकुरण: {germination}; लॉन {lawn_area}।",
        ],
    },
    "show": {
        "title": ["वार्षिक पुष्प प्रदर्शनी", "फूल और सब्ज़ी प्रदर्शनी – प्रवेश फ़ॉर्म"],
        "pos": [
            "प्रविष्टियाँ गुरुवार तक; सचिव से {F} पर संपर्क करें।",
            "गेंदे की क्यारियों के लिए माली रमेश जी का नंबर {M} है।",
        ],
        "neg": [
            "{show_class}, प्रदर्शक {exhibitor_no}, अंक {judging_points}।",
            "बारिश {rainfall}, वायुदाब {air_pressure}।",
        ],
    },
}
HI_LOCAL = [
    "{town} शहर के लैंडलाइन से नर्सरी को सीधे {L1} पर कॉल करें।",
    "{town} के भीतर, प्रदर्शनी कार्यालय {L1} और माली सेवा {L2} पर।",
    "स्थानीय नंबर ({town}): {L1}",
]
HI_LIST = (["संपर्क सूची", "टीम के नंबर"], ["नर्सरी", "डिलीवरी", "सचिव", "माली"])

LANGS = {
    "de": (DE, DE_LIST),
    "nl": (NL, NL_LIST),
    "pt": (PT, PT_LIST),
    "fr": (FR, FR_LIST),
    "es": (ES, ES_LIST),
    "it": (IT, IT_LIST),
    "hi": (HI, HI_LIST),
}
LOCALS = {"DE": ("de", DE_LOCAL), "NL": ("nl", NL_LOCAL), "BR": ("pt", PT_LOCAL), "IN-hi": ("hi", HI_LOCAL)}
