"""Dutch sentences for v44 (werk en banen); written fresh for this set."""

G = {
    "jobad": (
        ["VACATURE: Teamleider magazijn bij {O}", "{O} zoekt een salarisadministrateur"],
        [
            "Vacaturenummer {req}; beroepscode {isco}.",
            "Salaris {salary}, overuren tegen {hourly}.",
            "Dienstverband {hours} per week, {leave} vakantie.",
            "Reageren kan tot de 15e van de maand.",
            "Inschaling {grade} volgens de cao.",
        ],
        "Een assessment kan deel uitmaken van de procedure.",
    ),
    "cv": (
        ["CURRICULUM VITAE — {N}", "{N} · cv"],
        [
            "Ploegleider, {period}: team van 14 mensen.",
            "Typevaardigheid {wpm}; {degree}.",
            "Vorig personeelsnummer {emp}, werkgeversverklaring op verzoek.",
            "Heftruckcertificaat geldig.",
        ],
        "Referenties mogen gebeld worden.",
    ),
    "recruit": (
        ["Re: je sollicitatie ({req})", "Uitnodiging sollicitatiegesprek — {O}"],
        [
            "Dank voor je cv, de manager was erg enthousiast.",
            "De functie valt onder kostenplaats {cost}, budget {salary}.",
            "Neem een geldig legitimatiebewijs en je {natid} mee.",
            "Het gesprek duurt 45 minuten, daarna een rondleiding.",
        ],
        "Succes en tot snel.",
    ),
    "handbook": (
        ["PERSONEELSHANDBOEK — Hoofdstuk 7: wie bel ik?", "Telefoonboom calamiteiten, {O}"],
        [
            "Pas {badge} altijd zichtbaar dragen.",
            "Ziekmelden vóór aanvang van je dienst ({shift}).",
            "Declaraties met kostenplaats {cost} en inkooporder {po}.",
            "Neemt niemand binnen tien minuten op, bel dan het volgende niveau.",
        ],
        "Hang deze pagina bij je werkplek.",
    ),
    "rota": (
        ["Storingsdienst onderhoud, week {week}", "Rooster expeditie"],
        [
            "Vroege dienst {shift}; urenbriefje {timesheet} vrijdag laten aftekenen.",
            "Plusuren: {overtime}.",
            "Ruilen van diensten alleen in overleg met de ploegleider.",
            "Aanstelling {fte}; invalkrachten dekken de weekendnachten.",
        ],
        "Bedankt voor het bijhouden van het rooster.",
    ),
    "payroll": (
        ["Bericht van de salarisadministratie — {O}", "Uitleg bij je loonstrook ({payslip})"],
        [
            "Personeelsnummer {emp}; fiscale gegevens: {natid}.",
            "Het bruto bevat {hourly} voor 11,5 overuren.",
            "Je opzegtermijn is {notice}.",
            "Resterend verlof: {leave}.",
        ],
        "De salarisverwerking sluit op de 20e.",
    ),
    "union": (
        ["Nieuwsbrief ondernemingsraad", "Nieuws van je vakbondskaderleden"],
        [
            "Cao-overleg: de directie biedt {salary}, wij willen meer.",
            "Collega's in {grade} krijgen de verhoging met terugwerkende kracht.",
            "De stemming sluit op de 30e; opkomst tot nu toe 61%.",
            "Nieuwe collega's met {hours} zijn welkom als lid.",
        ],
        "Met solidaire groet, de OR.",
    ),
    "ooo": (
        ["Automatisch antwoord: afwezig", "Afwezig tot maandag"],
        [
            "Ik ben met vakantie en lees beperkt mijn mail.",
            "Vragen over vacature {req} pak ik op na terugkomst.",
            "Vermeld bij urenvragen je personeelsnummer {emp}.",
        ],
        "Met vriendelijke groet, {N}",
    ),
}
C = {
    "gen": [
        "Je kunt {N} rechtstreeks bellen op {P}.",
        "Bel {P} om een gesprek in te plannen.",
        "Vragen over je dienst? Ploegleider: {P}.",
    ],
    "mob": ["Mobiel van {N} (ook appen): {P}"],
    "land": ["Vaste lijn P&O, geen sms: {P}"],
    "abroad": ["Kandidaten vanuit het buitenland: {P}", "Vanuit het buitenland bel je {P}."],
    "svc": ["Gratis vertrouwenslijn voor medewerkers: {P}", "Salarisvragen: {P}"],
    "local": {"NL": ["Binnen {T} hoef je geen netnummer te draaien: {L}", "Lokaal in {T}: {L}"]},
    "mail": ["Stuur je cv naar {E}.", "Bevestig je komst via {E}."],
    "iban": "De contributie wordt op de 1e afgeschreven van {X}.",
    "card": "Plaatsingskosten betaald met de bedrijfscreditcard {X}.",
    "ip": ["Prikklok op het bedrijfsnetwerk: {X}", "VPN-gateway voor thuiswerken: {X}"],
    "dirhead": ["Bel in deze volgorde:", "Dienstdoend:"],
    "roles": [
        "Vestigingsmanager",
        "Nachtploegleider",
        "HR-adviseur",
        "Salarisadministratie",
        "OR-lid",
        "Storingsmonteur",
    ],
    "nophone": [
        "Over sollicitaties geven we telefonisch geen informatie.",
        "Salarisvragen alleen per e-mail.",
    ],
}
