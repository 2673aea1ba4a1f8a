"""German and Dutch positive templates (de_DE, de_AT, nl_NL) for held-out set v4."""

DE = [
    (
        "protokoll",
        "Protokoll der Mitgliederversammlung, {org}\nDatum: {date}, Beginn {time} Uhr\nAnwesend: "
        "{who} (Vorsitz), {name}, {name}\nTOP 3: Die Hallenzeiten klärt {name}; erreichbar unter "
        "{P:loc} (abends).\nTOP 5: Kassenbericht, Konto {IBAN}.\nProtokoll: {name}",
    ),
    (
        "traueranzeige",
        "In stiller Trauer nehmen wir Abschied von\n{who}\n* {date}  † {date}\nDie Trauerfeier findet "
        "am {date} um {time} Uhr in der Friedhofskapelle {city} statt.\nBestattungshaus {company}, "
        "Telefon {P:nat}",
    ),
    (
        "gemeindebrief",
        "GEMEINDEBRIEF {org} - Ausgabe {N:lot}\nSeniorenkreis: jeden Mittwoch, {time} Uhr. Fahrdienst "
        "bitte unter Tel. {P:loc} anmelden.\nPfarrbüro: Mo-Fr 9-12 Uhr, Fon {P:nat}\n"
        "Kollekte am Sonntag: {N:price} EUR",
    ),
    (
        "vereinsliste",
        "TSV {city} - Telefonliste Jugendtrainer (Stand {date})\nName            Telefon\n{name}"
        "    {P:list}\n{name}    {P:list}\n{name}    {P:list}\nBitte nicht "
        "weitergeben!",
    ),
    (
        "mietanzeige",
        "Helle 3-Zi.-Whg., {N:measure}, {street}, {city}, ab {date} frei. KM {N:price} EUR + NK. "
        "Besichtigung nach Vereinbarung: {P:nat} (ab 18 Uhr) oder {E}. Objekt-Nr. {N:order}",
    ),
    (
        "stellenanzeige",
        "{org} sucht zum {date} eine/n Sachbearbeiter/in (m/w/d). Kennziffer {N:employee}.\n"
        "Ihre Ansprechpartnerin: {who}, Tel. {P:nat}, E-Mail {E:org}",
    ),
    (
        "fundsache",
        "GEFUNDEN: Schlüsselbund mit rotem Anhänger, am {date} am Spielplatz {street}. Abzuholen bei "
        "Familie {last}, Ruf {P:loc}.",
    ),
    (
        "hausmitteilung",
        "Mitteilung der Hausverwaltung {org}\nAm {date} wird das Treppenhaus gestrichen. Bei Fragen "
        "wenden Sie sich bitte an unseren Hausmeister Herrn {last}: {P:loc} bzw. mobil {P:mob}.\n"
        "Die Miete überweisen Sie bitte weiterhin auf {IBAN}.",
    ),
    (
        "anwaltsschreiben",
        "Rechtsanwälte {last} & Partner\nAz.: {N:case}\nSehr geehrte Damen und Herren,\nin "
        "vorbezeichneter Angelegenheit zeigen wir die Vertretung von {who} an. Rückfragen bitte "
        "unter {P:nat} oder per Fax {P:nat}.",
    ),
    (
        "schadenmeldung",
        "Schadenmeldung zur Versicherungsschein-Nr. {N:policy}\nVersicherungsnehmer: {who}\n"
        "Kennzeichen: {N:plate}, FIN {N:vin}\nTelefonisch tagsüber erreichbar: {P:mob}\n"
        "Schadennummer (wird vergeben): {N:claim}",
    ),
    (
        "branchenbuch",
        "Elektriker in {city}\n{company} .... {P:loc}\n{company}, {street} .... {P:loc}\n{company} "
        "(Notdienst) .... {P:svc}",
    ),
    (
        "hochzeit",
        "Wir trauen uns! {who} & {name}\nam {date} um {time} Uhr\nBitte sagt bis {date} Bescheid: "
        "{P:mob} oder {E}",
    ),
    (
        "chatbot",
        "Assistent: Wie kann ich helfen?\nKunde: Ich möchte meine Rückrufnummer ändern.\n"
        "Assistent: Gern. Neue Nummer?\nKunde: {P:mob}\nAssistent: Und die neue "
        "Kartennummer?\nKunde: {CC}\nAssistent: Erledigt. Vorgang {N:order}.",
    ),
    (
        "impressum",
        "Impressum\n{org}\n{street}, {city}\nVertreten durch: {who}\nTelefon: {P:nat}\nTelefax: "
        "{P:nat}\nE-Mail: {E:org}\nUSt-IdNr.: {N:vat}\nHandelsregister: HRB {N:qty}",
    ),
    (
        "reise",
        "Reiseplan {who}: {date} {N:train} ab {time}, Wagen {n}, Platz {N:seat}. Hotel in "
        "Lissabon: {PX}. Notfall zu Hause: {name}, {P:loc} (Festnetz).",
    ),
]

NL = [
    (
        "notulen",
        "Notulen ledenvergadering {org}, {date}\nAanwezig: {who} (vz), {name}, {name}\nPunt 2: "
        "de kantinedienst wordt geregeld door {name}, bel {P:loc}.\nPunt 4: contributie "
        "naar {IBAN} o.v.v. lidnummer.",
    ),
    (
        "overlijden",
        "Heden is van ons heengegaan\n{who}\nin de leeftijd van {nn} jaar.\nCorrespondentieadres: "
        "{street}, {city}\nUitvaartverzorging {company}, telefoon {P:nat}",
    ),
    (
        "kerkblad",
        "KERKBLAD {org} - week {nn}\nZiekenbezoek: geef het door aan de diaconie, tel. {P:loc}.\n"
        "Koffiedrinken na de dienst. Collecte: {N:price}.\nScriba: {who}, {E:org}",
    ),
    (
        "ledenlijst",
        "Hockeyclub {city} - telefoonlijst team {n}\n{name}\t{P:list}\n{name}\t{P:list}\n"
        "{name}\t{P:list}\nTrainer: {who}",
    ),
    (
        "woning",
        "TE HUUR: appartement {street}, {city}. {N:measure}, energielabel A. Huur {N:price} p/m. "
        "Bezichtiging: bel {P:nat} of {E:org}. Object {N:order}",
    ),
    (
        "vacature",
        "Vacature: medewerker klantenservice (32 uur) bij {org}. Vacaturenummer {N:employee}. "
        "Vragen? Bel {who} op {P:nat} of stuur je cv naar {E:org}.",
    ),
    (
        "gevonden",
        "GEVONDEN: grijze kater met wit befje, rond {date} bij {street}. Van jou? Bel {P:loc} of {P:mob}.",
    ),
    (
        "verhuurder",
        "Beste huurders,\nop {date} wordt de lift gekeurd. Storingen melden bij de huismeester, "
        "{name}: {P:loc}. Buiten kantoortijden: {P:svc}.\nMet vriendelijke groet, {org}",
    ),
    (
        "schade",
        "Schadeformulier polis {N:policy}\nNaam: {who}\nKenteken: {N:plate}\nTelefoon overdag: "
        "{P:nat}\nIBAN voor uitkering: {IBAN}",
    ),
    (
        "gouden-gids",
        "Loodgieters {city}\n{company} ........ {P:loc}\n{company} ........ {P:loc}\n{company}, 24 "
        "uur service ........ zie website",
    ),
    (
        "buurtapp",
        "Buurtpreventie {street} - wie te bellen:\n- {name} (nr {nn}): {P:list}\n- {name} (nr "
        "{nn}): {P:list}\n- {name} (nr {nn}): {P:list}\nBij nood altijd eerst 112.",
    ),
    (
        "chatbot",
        "Chatbot: Waarmee kan ik je helpen?\nKlant: ik wil teruggebeld worden\nChatbot: Op welk "
        "nummer?\nKlant: {P:mob}\nChatbot: Top! Ticket {N:order}. Vanuit het buitenland: {P:intl}.",
    ),
]
