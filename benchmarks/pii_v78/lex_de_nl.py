"""German and Dutch sentences for v78."""

DE = {
    "allotment": {
        "titles": [
            "Kleingartenverein – Rundschreiben",
            "Mitteilung an alle Pächter",
            "Protokoll der Vorstandssitzung",
            "Wasser wird angestellt",
            "Gartenbegehung im Juni",
        ],
        "pos": [
            "Wer den Schlüssel für das Vereinsheim braucht, meldet sich bei Gartenfreund Kühn unter {M}.",
            "Die Pacht für Parzelle {X:plot_no} ({X:rent} Euro) bitte bis 30. November auf {B} überweisen.",
            "Anfragen zur Warteliste bitte nur per Mail an {E}.",
            "Illegale Müllablagerungen am Zaun meldet man kostenlos unter {O}.",
            "Der Fachberater ist abends unter {N} zu erreichen, bitte nicht nach 20 Uhr.",
            "Die Wildkamera am Tor lädt ihre Bilder auf {P} hoch; Zugang hat nur der Vorstand.",
        ],
        "neg": [
            "Die Bodenprobe ergab {X:soil_ph}, gekalkt wird im Herbst.",
            "Parzelle {X:plot_no} wird zum Saisonende frei.",
            "Im Juni fielen {X:rainfall} Regen, die Zisternen sind voll.",
            "Die Anlage umfasst {X:hectares} mit 84 Gärten.",
        ],
    },
    "beekeeping": {
        "titles": [
            "Imkerverein – Schwarmbörse",
            "Mitteilungen des Imkervereins",
            "Völkerdurchsicht – Notizen",
            "Honigprämierung",
        ],
        "pos": [
            "Bestellungen beim Imkereibedarf gehen kostenlos über {O}.",
            "Schwarm gesichtet? Bitte nicht selbst einfangen, sondern den Schwarmfänger anrufen: {M}.",
            "Der Amtstierarzt ist wegen Faulbrut-Verdacht unter {N} erreichbar.",
            "Der Jahresbeitrag wird per Lastschrift von {B} eingezogen.",
            "Die Stockwaage am Lehrbienenstand sendet an {P}, die Kurve steht im Mitgliederbereich.",
            "Anmeldungen zum Anfängerkurs an {E}.",
        ],
        "neg": [
            "Volk {X:hive_id} sitzt auf {X:frames} Waben, Volk {X:hive_id} ist weisellos.",
            "Der natürliche Milbenfall lag bei {X:mite_drop} Milben pro Tag, also wird jetzt behandelt.",
            "Honiggläser zu {X:jar_weight}, Los-Nummer {X:honey_batch} auf dem Deckel.",
            "Der Stand liegt bei {X:lat_lon} hinter der Streuobstwiese.",
        ],
    },
    "treesurgeon": {
        "titles": ["Angebot Baumpflege", "Baumkontrolle – Bericht", "Fällung: Arbeitsauftrag"],
        "pos": [
            "Bei Sturmschäden erreichen Sie unseren Notdienst rund um die Uhr unter {M}.",
            "Die Untere Naturschutzbehörde, Frau Albers, hat die Durchwahl {N}.",
            "Die Anzahlung haben wir von Ihrer Karte {C} abgebucht.",
            "Rechnungen kommen von {E}; bitte das Einsatzdatum angeben.",
        ],
        "neg": [
            "Stammumfang der Linde: {X:girth} in 1 m Höhe, Baum-Nr. {X:tree_tag}.",
            "Die Fällgenehmigung liegt seit dem {X:show_date} vor.",
            "Das Grundstück liegt bei {X:lat_lon}.",
        ],
    },
    "gardencentre": {
        "titles": ["Ihre Bestellung im Gartencenter", "Lieferschein Pflanzen", "Abholbestätigung"],
        "pos": [
            "Der Fahrer ruft etwa eine halbe Stunde vorher von {M} aus an.",
            "Reklamationen zu Gehölzen bitte an {E} mit Foto.",
            "Bezahlt mit Karte {C} – Beleg bitte für die Anwachsgarantie aufbewahren.",
            "Unsere Baumschulabteilung erreichen Sie direkt unter {N}.",
            "Für den Pumpenrückruf ist die Hotline des Herstellers kostenfrei: {O}.",
        ],
        "neg": [
            "Abholfenster: {X:slot_time}, Tor 2.",
            "Blumenerde, EAN {X:ean}, 3 für 2.",
            "Jungpflanzen in {X:cell_tray}er-Platten, bitte Platten zurückbringen.",
            "Regentonne {X:water_butt} mit Sockel und Füllautomat.",
        ],
    },
    "plantswap": {
        "titles": ["Pflanzentauschbörse am Samstag", "Saatguttausch", "Ableger abzugeben"],
        "pos": [
            "Wer nicht kommen kann, schreibt Jutta an {M}, sie legt Ableger zurück.",
            "Die Samenliste steht unten – Wünsche bitte an {E}.",
            "Viele Tomatenpflanzen übrig, einfach kurz anrufen: {M}.",
        ],
        "neg": [
            "Gekeimt haben sie am besten bei {X:germ_temp}.",
            "Beginn {X:slot_time} im Gemeindehaus.",
            "Ausgesät am {X:show_date}, jetzt handhoch.",
        ],
    },
}

DE_LOCAL = [
    "Aus dem {town}er Ortsnetz erreichen Sie die Gärtnerei kurz unter {L}.",
    "Vereinsheim {town}, Festnetz (ohne Vorwahl innerhalb {town}): {L}",
    "Für Anrufer aus {town} genügt die {L}, sonst bitte mit Vorwahl.",
    "Imkerberatung {town} – im Ort einfach {L} wählen, Zentrale der Baumschule {L}.",
    "Wer in {town} anruft, erreicht unseren Hof unter {L}.",
]

DE_LISTS = {
    "heads": ["Telefonliste Vorstand", "Kontakte", "Erreichbarkeit", "Wen anrufen?"],
    "labels": ["Vorsitz", "Kasse", "Fachberatung", "Schwarmfang", "Wasserwart", "Laden", "Bauhof"],
}

NL = {
    "allotment": {
        "titles": [
            "Volkstuinvereniging – nieuwsbrief",
            "Mededeling aan alle tuinders",
            "Verslag ledenvergadering",
            "Tuinkeuring juli",
        ],
        "pos": [
            "Sleutel van de kantine kwijt? Bel Kees van het bestuur: {M}.",
            "De huur voor tuin {X:plot_no} ({X:rent} euro) graag vóór 1 maart overmaken naar {B}.",
            "Vragen over de wachtlijst alleen per mail: {E}.",
            "Zwerfafval bij het hek? Meld het gratis via {O}.",
            "De tuincommissie is 's avonds bereikbaar op {N}.",
            "De weercamera op het complex stuurt beelden naar {P}.",
        ],
        "neg": [
            "De grondmonsters gaven {X:soil_ph}; kalk ligt in de schuur.",
            "Tuin {X:plot_no} komt na dit seizoen vrij.",
            "Er viel vorige week {X:rainfall}, de pomp blijft uit.",
            "U staat op plaats {X:waitlist} van de wachtlijst.",
        ],
    },
    "beekeeping": {
        "titles": ["Imkersvereniging – zwermmeldingen", "Nieuws van de bijenstand", "Honingkeuring"],
        "pos": [
            "Zwerm gezien? Bel de zwermcoördinator op {M} en zeg waar hij hangt.",
            "De contributie wordt geïncasseerd van {B}.",
            "Aanmelden voor de basiscursus via {E}.",
            "De weegschaal onder de kast op de lesstand meldt zich op {P}.",
        ],
        "neg": [
            "Volk {X:hive_id} zit op {X:frames} ramen; {X:hive_id} is moerloos.",
            "Natuurlijke mijtenval: {X:mite_drop} per dag, dus we gaan behandelen.",
            "Potten van {X:jar_weight}, partij {X:honey_batch}.",
        ],
    },
    "gardencentre": {
        "titles": ["Uw bestelling bij het tuincentrum", "Afleverbon planten", "Ophaalbevestiging"],
        "pos": [
            "De chauffeur belt een half uur van tevoren vanaf {M}.",
            "Klachten over planten graag met foto naar {E}.",
            "Betaald met kaart {C}; bewaar de bon voor de groeigarantie.",
            "De afdeling vijvers is direct bereikbaar op {N}.",
            "Terugroepactie vijverpomp: gratis bellen naar {O}.",
        ],
        "neg": [
            "Ophalen tussen {X:slot_time} bij poort 3.",
            "Potgrond, streepjescode {X:ean}, drie voor twee.",
            "Kas van {X:greenhouse} met fundering.",
        ],
    },
    "landscaper": {
        "titles": ["Offerte tuinaanleg", "Werkomschrijving achtertuin", "Opleverrapport"],
        "pos": [
            "Voor vragen op de dag zelf: uitvoerder Ruud, {M}.",
            "De eindafrekening kunt u overmaken naar {B}.",
            "Tekeningen sturen we vanaf {E}.",
            "Het kantoor is op werkdagen bereikbaar via {N}.",
        ],
        "neg": [
            "Beplanting op {X:spacing}, afgestrooid met houtsnippers.",
            "De graszoden komen tussen {X:slot_time}.",
            "Gazonmest {X:npk} in april.",
        ],
    },
    "plantswap": {
        "titles": ["Plantenruilbeurs zaterdag", "Zadenruil", "Stekjes te geef"],
        "pos": [
            "Kun je niet komen? App Femke op {M}, dan legt ze iets apart.",
            "Wensen voor de zadenlijst naar {E}.",
        ],
        "neg": [
            "Kiemen ging het best bij {X:germ_temp}.",
            "Open van {X:slot_time} in het buurthuis.",
        ],
    },
}

NL_LOCAL = [
    "Binnen {town} belt u de kwekerij gewoon op {L}.",
    "Tuinpark {town}, kantine (lokaal, zonder kengetal): {L}",
    "Wie in {town} woont, kan de imkerij bellen op {L}; de winkel zit op {L}.",
    "Vanaf een vaste lijn in {town} is het alleen {L}.",
    "Bellen vanuit {town}? Toets {L}.",
]

NL_LISTS = {
    "heads": ["Telefoonlijst bestuur", "Contactpersonen", "Wie bel ik?"],
    "labels": ["Voorzitter", "Penningmeester", "Zwermen", "Tuincommissie", "Winkel", "Uitvoerder"],
}
