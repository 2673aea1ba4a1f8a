"""Dutch sentences for v34 (nl_NL, nl_BE documents)."""

G = {
    "legal": {
        "head": [
            "{ORG}\nAdvocaten en notarissen\n\nOns kenmerk: {n:docket}\nUw kenmerk: {n:claim}\n\n"
            "Geachte {NAME},\n\nBetreft: {ORG2} / {NAME2}",
            "RECHTBANK {CITY}\n{n:docket}\n\nDAGVAARDING\n\nEiseres: {ORG2}\nGedaagde: {NAME}",
        ],
        "ph": [
            "Wilt u een schikking bespreken, dan bereikt u de behandelend advocaat rechtstreeks op {NAT}.",
            "De griffie vroeg ons de zitting telefonisch te bevestigen via {FIX}.",
            "Gedaagde is drie keer gebeld op {NAT} maar heeft niet teruggebeld.",
            "Ons correspondentiekantoor in het buitenland is bereikbaar op {INTL}.",
        ],
        "fill": [
            "De vordering is gegrond op {n:statute}.",
            "Zie de uitspraak {n:ecli}, in het bijzonder r.o. {n:pages}.",
            "Het perceel, {n:parcel}, wordt vrij van hypotheken geleverd.",
            "De akte is opgenomen in het repertorium onder nummer {n:deed}.",
        ],
        "foot": ["Met vriendelijke groet,\n\nmr. {NAME2}", "Kosten dezes: zie voetnoot."],
        "list": None,
    },
    "insurance": {
        "head": [
            "SCHADENOTITIE\nPolisnummer: {n:policy}\nSchadenummer: {n:claim}\nVerzekerde: {NAME}\n"
            "Schadelocatie: {CITY}",
            "Expertiserapport – {ORG}\nDossier {n:claim} (polis {n:policy})\nExpert: {NAME2}",
        ],
        "ph": [
            "Verzekerde vanochtend gesproken; voor de opname ter plaatse bellen naar {MOB}.",
            "De ingeschakelde expert is bereikbaar op {NAT} en stuurt vrijdag de foto's.",
            "De verzekeraar van de wederpartij vraagt verhaal te regelen via {INTL}.",
            "Offerte van de loodgieter ontvangen; vragen aan het bedrijf via {FIX}.",
        ],
        "fill": [
            "Voertuig met kenteken {n:plate} is naar de schadehersteller gesleept.",
            "Reserve gesteld op {n:price} in afwachting van het rapport.",
            "Waterschade aan circa {n:area} parketvloer op de begane grond.",
            "Proces-verbaalnummer {n:crimeref} door verzekerde aangeleverd.",
        ],
        "foot": ["Volgende actie over twee weken.", "Advies: uitkeren op basis van dagwaarde."],
        "list": None,
    },
    "medical": {
        "head": [
            "ONTSLAGBRIEF\nPatiënt: {NAME}   Patiëntnummer: {n:patient}\nAfdeling/bed: {n:ward}\n"
            "Opname: {n:admitted}",
            "Verwijsbrief\n\nGeachte collega,\n\nHierbij verwijs ik {NAME}, dossiernummer {n:patient}.",
        ],
        "ph": [
            "Bij vragen na ontslag is de afdelingsverpleegkundige bereikbaar op {FIX}.",
            "Zijn dochter, die de mantelzorg op zich neemt, wil graag gebeld worden op {MOB}.",
            "De controleafspraak kan via de polikliniek worden gemaakt: {NAT}.",
            "De verpleegkundig specialist heeft een telefonisch spreekuur op {NAT}.",
        ],
        "fill": [
            "Bloeddruk bij opname {n:vitals}, pols {n:pulse}; {n:lab}.",
            "Medicatie bij ontslag: {n:dosage}.",
            "Hoofddiagnose {n:icd}, ongecompliceerd beloop.",
            "Mobiliseert zelfstandig, wond rustig.",
        ],
        "foot": ["Met collegiale groet,\n\ndrs. {NAME2}, arts-assistent", "Kopie aan: huisarts"],
        "list": None,
    },
    "hr": {
        "head": [
            "INDIENSTTREDINGSFORMULIER – {ORG}\nPersoneelsnummer: {n:staff}\nNaam: {NAME}\n"
            "Datum in dienst: {n:admitted}",
            "Contactpersonen bij nood (vertrouwelijk)\nPersoneelsnr. {n:staff}, afdeling financiën",
        ],
        "ph": [
            "Mobiel privé: {MOB}",
            "Vaste telefoon thuis: {FIX}",
            "Je buddy, {NAME2}, is de eerste week bereikbaar op {NAT}.",
        ],
        "fill": [
            "Bruto jaarsalaris: {n:salary}, inclusief vakantiegeld.",
            "Bloktijden {n:hours}; thuiswerken in overleg.",
            "Deelnemersnummer pensioenfonds: {n:member}.",
        ],
        "foot": ["Binnen vijf werkdagen retour aan HR.", "Handtekening medewerker: ________"],
        "list": (
            "Te waarschuwen bij nood\nNaam | Relatie | Telefoon",
            "{PNAME} | {REL} | {LP}",
            ["echtgenote", "moeder", "broer", "partner", "buurman"],
        ),
    },
    "tender": {
        "head": [
            "AANKONDIGING VAN EEN OPDRACHT\nAankondigingsnummer: {n:ted}\n"
            "Aanbestedende dienst: {ORG}, {CITY}\n"
            "Kenmerk: {n:tenderid}",
            "Aanbesteding {n:tenderid}\nHoofd-CPV-code: {n:cpv}\nPerceel {n:lot}: groenonderhoud",
        ],
        "ph": [
            "Vragen van inschrijvers kunnen ook telefonisch worden gesteld op {NAT}.",
            "Helpdesk van het aanbestedingsplatform: {SVC}",
            "Locatiebezoek op afspraak met de beheerder, tel. {INTL}",
        ],
        "fill": [
            "Geraamde waarde exclusief btw: {n:price}.",
            "Uiterste datum van inschrijving: {n:admitted}.",
            "Gefinancierd onder subsidieovereenkomst nr. {n:grant}.",
        ],
        "foot": ["Beroepsinstantie: de voorzieningenrechter.", "Datum van verzending: zie boven."],
        "list": ("Contactpunten", "{PNAME} ({REL}): {LP}", ["technisch", "inkoop", "juridisch"]),
    },
    "academic": {
        "head": [
            "CURRICULUM VITAE\n{NAME}\nORCID {n:orcid}\nFaculteit der Letteren, Universiteit {CITY}",
            "Congresprogramma – Sessie {n:session}\nVoorzitter: {NAME}\nCollegezaal 4",
        ],
        "ph": [
            "Kamer en telefoon: {FIX}",
            "Organisatie, tijdens het congres bereikbaar op {MOB}",
            "Bezoekadres: Academiegebouw, {CITY}, tel. {INTL}",
        ],
        "fill": [
            "{NAME2} (2018). Gilden en armenzorg. Tijdschr. Gesch. {n:bibvol}, p. {n:pages}. DOI {n:doi}",
            "Monografie, ISBN {n:isbn}; besproken in een tijdschrift met ISSN {n:issn}.",
            "Paper {n:paper}: armenzorg op het platteland.",
        ],
        "foot": ["Volledige publicatielijst op aanvraag.", "Koffiepauze in de hal."],
        "list": ("Sessievoorzitters", "{PNAME} – {REL} – {LP}", ["voorzitter", "discussiant"]),
    },
    "press": {
        "head": [
            "PERSBERICHT\nEmbargo tot {n:embargo}\n\n{ORG} publiceert kwartaalcijfers",
            "PERSBERICHT\n{CITY} – {ORG} opent nieuw distributiecentrum (ISIN {n:isin})",
        ],
        "ph": [
            "Voor interviewverzoeken kunt u de persvoorlichting bellen op {NAT}.",
            "Buiten kantooruren is de dienstdoende woordvoerder bereikbaar op {MOB}.",
            "Investor relations: {INTL}",
        ],
        "fill": [
            "De omzet steeg naar {n:price}; het nieuwe centrum beslaat {n:area}.",
            "De vennootschap staat ingeschreven onder {n:companyreg}.",
            "De aandeelhouders stemmen over besluit {n:resolution}.",
        ],
        "foot": ["– EINDE PERSBERICHT –", "Beeldmateriaal in hoge resolutie op aanvraag."],
        "list": ("Noot voor de redactie", "{PNAME}, {REL}: {LP}", ["woordvoerder", "hoofd communicatie"]),
    },
    "police": {
        "head": [
            "PROCES-VERBAAL VAN AANGIFTE\nRegistratienummer: {n:crimeref}\n"
            "Verbalisant: dienstnummer {n:badge}\n"
            "Pleegplaats: {CITY}",
            "Verhoor getuige\nZaaknummer {n:crimeref}\nDienstnummer {n:badge}",
        ],
        "ph": [
            "Getuige {NAME2} is bereikbaar op {MOB} en wil een verklaring afleggen.",
            "Melder belde opnieuw vanaf {NAT}: de verdachte reed weg in een grijs busje.",
            "Benadeelde is gewezen op het blokkeren van de pas via {SVC}.",
        ],
        "fill": [
            "Het voertuig met kenteken {n:plate} werd gezien bij het verlaten van de parkeerplaats.",
            "Inzet van de surveillance beëindigd om {n:hours}.",
            "In beslag genomen goederen geregistreerd onder nummer {n:claim}.",
        ],
        "foot": ["Waarvan door mij is opgemaakt dit proces-verbaal.", "Doorgezet naar de recherche."],
        "list": None,
    },
}

COMMON = {
    "loc": [
        "Binnen {TOWN} volstaat het nummer {LOC}.",
        "Kantoor {TOWN}, lokaal te bellen op {LOC}.",
        "Thuis (netnummer van {TOWN}): {LOC}",
    ],
    "mob": ["Mobiel, liefst via WhatsApp: {MOB}"],
    "fix": ["Het secretariaat is tijdens kantooruren bereikbaar op {FIX}."],
    "svc": ["Gratis informatienummer: {SVC}", "Meer informatie via {SVC}."],
    "email": ["Correspondentie graag naar {EMAIL}, met een kopie aan {ROLE}.", "Stukken naar {ROLE}."],
    "iban": ["Betaling op onze derdengeldrekening, IBAN {IBAN}."],
    "card": ["De premie is afgeschreven van kaart {CARD}."],
    "ip": [
        "Het webformulier is verstuurd vanaf IP-adres {IP4}.",
        "VPN-toegang toegewezen: {IPP}; het logboek toont ook {IP6}.",
    ],
}

ROLES = ["kantoor", "schade", "pers", "info", "inkoop", "hr", "secretariaat"]
ORGSUFFIX = ["B.V.", "& Partners", "N.V.", "Verzekeringen", "Advocaten"]
