"""German and Dutch sentences: sports and hobby clubs."""

DE = {
    "genres": {
        "fixtures": {
            "titles": ["Spielplan der Kreisliga", "Spielverlegung – {club}", "Ansetzungen am Wochenende"],
            "pos": [
                "Das Auswärtsspiel bei {club2} wird verlegt; "
                "Rückfragen bitte an den Staffelleiter unter {P}.",
                "Bei Platzsperre informiert {name} alle Betreuer per SMS von {M}.",
                "Spielabsagen bitte an {E} und zusätzlich telefonisch unter {P}.",
                "Der Busunternehmer ist am Spieltag unter {P} erreichbar.",
                "Die Ergebnishotline des Verbands {F} nimmt Ergebnisse bis 19 Uhr an.",
                "Ansprechpartner beim Gegner: {name}, {X}.",
            ],
            "neg": [
                "Das Hinspiel endete {n:score}, nach Rückstand zur Pause.",
                "Tabelle nach dem {n:matchday}. Spieltag (Sp S U N Tore Pkt): {n:table_row}.",
                "Spiel {n:match_no} wird als Eröffnungsspiel angesetzt.",
                "Zuschauer beim Derby: {n:attendance}.",
            ],
        },
        "gym": {
            "titles": ["Kursplan Fitnessstudio", "Mitgliederinfo", "Neue Kurszeiten"],
            "pos": [
                "Spinningkurse können jetzt auch telefonisch unter {P} gebucht werden.",
                "Trainerin {name} leitet den Frühkurs; bei Verspätung bitte an {M} schreiben.",
                "Pausierungen der Mitgliedschaft regelt die Theke ({E}, {P}).",
                "Firmenangebote über unser Vertriebsteam: {F}.",
                "Der Check-in-Scanner hängt an {IP}; Störungen bitte an {P}.",
            ],
            "neg": [
                "Das Rückenfit verschiebt sich auf {n:class_times}.",
                "Zielbereich im Ausdauerblock: {n:heart_rate}.",
                "Heute: Kniebeugen {n:lift_sets}, danach Rudern.",
                "Ihr Spind ist {n:locker}; Mitgliedsnummer {n:membership_no}.",
                "Die Platzbuchung {n:court_booking} wurde in Halle 2 verlegt.",
            ],
        },
        "angling": {
            "titles": [
                "Vereinsmitteilung Angelsportverein",
                "Ergebnisse Hegefischen",
                "Hinweis der Gewässerwarte",
            ],
            "pos": [
                "Schwarzangler bitte sofort dem Gewässerwart unter {M} melden.",
                "Anmeldungen zum Königsfischen nimmt {name} unter {P} entgegen.",
                "Gewässerverunreinigungen bitte direkt an {P} (Wasserbehörde) melden.",
                "Beitragsfragen an {E} oder telefonisch {P}; Lastschrift vom Konto {B}.",
            ],
            "neg": [
                "Das Siegergewicht lag bei {n:fish_weight} von Platz {n:peg}.",
                "Pegelstand heute früh: {n:river_level}.",
                "Treffpunkt Parkplatz ({n:gps}) um 6 Uhr zur Auslosung.",
                "Montage des Tages: Haken/Schnur {n:hook_line}.",
            ],
        },
        "chess": {
            "titles": ["Schachklub – Rundschreiben", "Ergebnisse Vereinsturnier", "Mannschaftskampf"],
            "pos": [
                "Brett eins der Zweiten ist noch frei; bitte beim Mannschaftsführer {name} unter {M} melden.",
                "Die Turnierleitung ist während der Runden unter {P} erreichbar.",
                "Die Liveübertragung der Bretter läuft über {IP}; Fragen an {M}.",
                "Jugendtraining donnerstags, Anmeldung bei {E} oder unter {P}.",
            ],
            "neg": [
                "Bedenkzeit: {n:time_control}.",
                "Unser Spitzenbrett (FIDE-ID {n:fide_id}, Elo {n:rating}) spielte remis.",
                "Die entscheidende Phase: {n:chess_moves}.",
                "Ergebnis an Brett {n:board_result}.",
            ],
        },
        "stewards": {
            "titles": [
                "Ordnerdienst – Einweisung",
                "Einsatzplan Ordner",
                "Hinweise des Sicherheitsbeauftragten",
            ],
            "pos": [
                "Sicherheitsbeauftragter am Spieltag ist {name}, mobil {M}.",
                "Wer ausfällt, meldet sich bis Freitag bei der Einsatzleitung unter {P}.",
                "Verlorene Kinder werden zum Familienblock gebracht, Durchwahl {P}.",
            ],
            "neg": [
                "Treffpunkt Drehkreuze {n:turnstiles} um 12:15 Uhr.",
                "Ihr Posten: Block/Reihe/Platz {n:seat}.",
                "Erwartete Zuschauer: {n:attendance}.",
                "Die Leibchennummer {n:bib} bitte nach Abpfiff zurückgeben.",
            ],
        },
    },
    "local": [
        "Vereinsheim ({town}, nur im Ortsnetz):\n{L}",
        "Aus dem {town}er Festnetz erreichen Sie den Platzwart direkt unter {L}.",
        "„Ruf einfach {L} an, wir sind alle im {town}er Netz“, sagte die Kassiererin.",
        "Die Sporthalle in {town} meldet sich unter {L} – innerhalb der Stadt ohne Vorwahl.",
        "Geräteraum {L}, Trainerbüro {L2} (beides Ortsanschlüsse in {town}).",
        "{L} ist die Nummer der Anzeigetafel; die Vorwahl brauchen nur Anrufer außerhalb von {town}.",
        "(Für Mitglieder in {town}: Platzbuchung einfach unter {L}.)",
        "Bootshaus {town}, Ortsgespräch: {L}",
    ],
    "heads": ["Ansprechpartner im Verein", "Telefonliste Vorstand", "Kontakte am Spieltag"],
    "labels": ["Vorsitz", "Kasse", "Jugendleitung", "Platzwart", "Trainer", "Schriftführung", "Sportwart"],
}

NL = {
    "genres": {
        "fixtures": {
            "titles": ["Programma en uitslagen", "Wedstrijd verplaatst – {club}", "Competitieschema"],
            "pos": [
                "De uitwedstrijd tegen {club2} begint nu om 14.00 uur; "
                "vragen aan de wedstrijdsecretaris op {P}.",
                "Bij afgelasting stuurt {name} alle leiders een sms vanaf {M}.",
                "Afmeldingen graag naar {E} en telefonisch op {P}.",
                "De uitslagenlijn van de bond, {F}, is op zaterdag bereikbaar tot 19.00 uur.",
                "Contactpersoon van de tegenstander: {name}, {X}.",
            ],
            "neg": [
                "Vorige week werd het {n:score} na een achterstand bij rust.",
                "Stand na speelronde {n:matchday}: {n:table_row}.",
                "Wedstrijd {n:match_no} is nu de openingswedstrijd.",
                "Het nieuwe veld meet {n:pitch_size}.",
            ],
        },
        "referees": {
            "titles": ["Scheidsrechtersindeling", "Aanstellingen arbitrage", "Rooster spelleiders"],
            "pos": [
                "Aangestelde scheidsrechter {name} is bereikbaar op {M}.",
                "Assistenten bevestigen hun beschikbaarheid bij de aanstellingscommissie op {P}.",
                "Verhinderd? Mail {E} en bel {P} vóór donderdag 12.00 uur.",
            ],
            "neg": [
                "Vermeld wedstrijdnummer {n:match_no} bij je declaratie.",
                "Conditietest: sprint {n:lap_time}, intervaltempo {n:pace}.",
                "Rugnummers op het wedstrijdformulier: {n:squad_numbers}.",
            ],
        },
        "angling": {
            "titles": [
                "Nieuwsbrief hengelsportvereniging",
                "Uitslag viswedstrijd",
                "Mededeling van de controleurs",
            ],
            "pos": [
                "Stroperij graag direct melden bij de controleur op {M}.",
                "Inschrijven voor de koppelwedstrijd kan bij {name}, {P}.",
                "Contributie wordt geïncasseerd van {B}; vragen via {E}.",
            ],
            "neg": [
                "Het winnende gewicht was {n:fish_weight} vanaf stek {n:peg}.",
                "Waterstand bij de stuw: {n:river_level}.",
                "Verzamelen op de parkeerplaats ({n:gps}) om 7.00 uur.",
            ],
        },
        "chess": {
            "titles": ["Schaakclub – clubblad", "Uitslagen interne competitie", "Teamwedstrijd"],
            "pos": [
                "Bord één van het tweede team is nog vrij; geef het door aan teamleider {name}, {M}.",
                "De wedstrijdleiding is tijdens de rondes bereikbaar op {P}.",
                "Jeugdles op donderdag: ouders kunnen bellen naar {P}.",
            ],
            "neg": [
                "Speeltempo: {n:time_control}.",
                "Onze kopman (FIDE-ID {n:fide_id}, rating {n:rating}) speelde remise.",
                "Het beslissende moment: {n:chess_moves}.",
                "Uitslag bord {n:board_result}.",
            ],
        },
        "gym": {
            "titles": ["Lesrooster sportschool", "Ledenbericht", "Nieuwe lestijden"],
            "pos": [
                "Spinninglessen kun je nu ook telefonisch boeken via {P}.",
                "Trainer {name} geeft de vroege bootcamp; app {M} als je later bent.",
                "Voor bedrijfsabonnementen: {F}.",
                "De toegangspoortjes melden zich bij {IP}; storingen via {P}.",
                "Je jaarabonnement is afgeschreven van kaart {C}.",
            ],
            "neg": [
                "Bodypump verschuift naar {n:class_times}.",
                "Hartslagzone: {n:heart_rate}.",
                "Vandaag: squat {n:lift_sets}.",
                "Je kluisje is {n:locker}, lidnummer {n:membership_no}.",
            ],
        },
    },
    "local": [
        "Kantine ({town}, alleen lokaal):\n{L}",
        "Vanaf een vaste lijn in {town} bel je de terreinknecht gewoon op {L}.",
        "‘Bel maar {L}, binnen {town} heb je geen netnummer nodig,’ zei de penningmeester.",
        "De sporthal in {town} neemt op via {L} (zonder netnummer als je in de stad belt).",
        "Materiaalhok {L}, trainerskamer {L2} – beide lokale nummers in {town}.",
        "{L} is het nummer van de jurytafel; alleen van buiten {town} draai je het netnummer.",
        "(Leden in {town}: baan reserveren via {L}.)",
    ],
    "heads": ["Contacten van de club", "Telefoonlijst bestuur", "Wie bel je op de wedstrijddag"],
    "labels": ["Voorzitter", "Penningmeester", "Wedstrijdsecretaris", "Jeugdcoördinator", "Terreinknecht"],
}
