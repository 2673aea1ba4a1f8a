"""German genres: Germany, Austria, Switzerland."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

DE = [
    G(
        "kleingarten-warteliste",
        "de_DE",
        "KGV Sonnenwinkel {T} e.V.|Gartenfreunde {T}",
        """
{ORG} - Warteliste Parzellen (Stand {D})
Nr. | Name | Telefon | Wunsch
1 | {N} | {L} | Halbparzelle
2 | {N} | {L} | {K:plot}
3 | {N} | {L} | egal
4 | {N} | {L} | mit Laube
Vorstand: {P} · Wasseruhr {K:meter_reading}
""",
    ),
    G(
        "orchesterstimmen-liste",
        "de_DE",
        "Kammerorchester {T}|Sinfonieorchester {T} e.V.",
        """
{ORG} - Bratschen
Pult 1: {N}, Tel. {L}
Pult 2: {N}, Tel. {L}
Pult 3: {N}, Tel. {L}
Probe {H}, {K:room}. Notenwartin {E}
""",
    ),
    G(
        "fundbuero-aushang",
        "de_DE",
        "Fundbüro Hauptbahnhof {T}|DB Fundservice {T}",
        """
{ORG} - Fundsachen vom {D}
Brille im Etui, {K:platform}. Kinderwagen, {K:train}
Öffnungszeiten {K:hours}. Auskunft {P} oder {PL}
Bitte {KP} angeben.
""",
    ),
    G(
        "bauschild",
        "de_DE",
        "{S} Bau GmbH|Wohnbau {T}",
        """
Bauvorhaben: {n} Wohneinheiten - {K:permit}
Bauherr: {ORG}
Bauleitung: {N}, {P}
Notdienst außerhalb der Arbeitszeit: {P}
{PL} - bei Beschwerden wegen Lärm. {K:phone_ref}
""",
    ),
    G(
        "umzugsangebot",
        "de_DE",
        "{S} Umzüge|Umzugsservice {T}",
        """
{ORG} - Angebot für {N}
Umzug am {D}, {K:quantity} Umzugsgut, {n} Träger. Preis {M}
Anzahlung auf {IBAN}
Disposition {P}; kostenfrei {PO}; Fragen an {ER}
""",
    ),
    G(
        "hochzeitsdienstleister",
        "de_DE",
        "Hochzeit {S} & {S}|Unsere Hochzeit am See",
        """
{ORG} - Dienstleister
Floristin {N} · {P}
Band {N} · {E}
Konditorei {N} · {E}
Fotograf {N} · {PF}
Location {K:postcode}, Trauung {H}
""",
    ),
    G(
        "entlassbrief",
        "de_DE",
        "Klinikum {T}|St.-Elisabeth-Krankenhaus {T}",
        """
{ORG} - Entlassbrief
Patient: {N}, {K:patient}, {K:ward_bed}
Entlassung {D}. Medikation: Ramipril {K:dosage}
Rückfragen Stationsarzt {P}. Hausarzt {N}, {PL}
""",
    ),
    G(
        "klassenfahrt-einverstaendnis",
        "de_DE",
        "Gesamtschule {T}|Gymnasium am Markt {T}",
        """
{ORG} - Einverständniserklärung Klassenfahrt
Fahrt nach {T}, {D}, Abfahrt {H}. Kosten {M} an {IBAN}
Schüler/in {N}; Erziehungsberechtigte/r {N}
Tel. tagsüber {P}
Begleitlehrkraft während der Fahrt: {PL}
""",
    ),
    G(
        "tierarzt-erinnerung",
        "de_DE",
        "Tierarztpraxis Dr. {S}|Kleintierklinik {T}",
        """
{ORG} - Erinnerung
Für {F} ({K:microchip}) ist die Impfung fällig.
Termin: {P} oder online. Notdienst über die Zentrale
{PL}
""",
    ),
    G(
        "schiedsgericht-schreiben",
        "de_DE",
        "Schiedsgericht der IHK {T}|Schiedsstelle {T}",
        """
{ORG}
Schiedsverfahren {N} ./. {S} GmbH - {K:docket}
Mündliche Verhandlung am {D}, {H}, {K:room}.
Geschäftsstelle: {P}, {ER}. {K:case}
""",
    ),
    G(
        "fairteiler-putzplan",
        "de_DE",
        "Fairteiler {T}-Nord|Foodsharing {T}",
        """
{ORG} - Putzplan
Tag | Name | Festnetz
Mo | {N} | {L}
Mi | {N} | {L}
Sa | {N} | {L}
Kühlschrank {K:reading}. Ansprechperson: {PL}
""",
    ),
    G(
        "sperrmuell-anmeldung",
        "de_DE",
        "Abfallwirtschaft {T}|Stadtreinigung {T}",
        """
{ORG} - Bestätigung Sperrmüll
{K:order}, Abholung {D}. {K:quantity}
Rückfragen {P} oder {PL}. {K:customer}
""",
    ),
]

AT = [
    G(
        "almabtrieb-helferliste",
        "de_AT",
        "Almabtrieb Berchtesgadener Land|Viehscheid {T}",
        """
{ORG} - Helfer (bayerische Seite)
Aufgabe | Name | Telefon
Kranzbinden | {N} | {L}
Ordner | {N} | {L}
Ausschank | {N} | {L}
Obmann in Österreich {P}
""",
    ),
    G(
        "grenzgaenger-fahrgemeinschaft",
        "de_AT",
        "Fahrgemeinschaft Salzburg-Freilassing|Pendler Braunau-Simbach",
        """
{ORG}
Abfahrt {H} beim Bahnhof, Rückfahrt {H}. Kosten {M} pro Woche
Fahrer {N}: {P}
Fahrerin {N} (Büro in Bayern): {PL}
Auto {K:plate}. E-Mail {E}
""",
    ),
    G(
        "zahnarzt-recall-at",
        "de_AT",
        "Zahnarztpraxis Dr. {S}|Ordination {S}",
        """
{ORG} - Recall
Liebe/r {N}, Ihre Kontrolle ist fällig. Anmeldung {P}
Zweitordination Passau: {PL}
Honorar {M}, Konto {IBAN}
""",
    ),
]

CH = [
    G(
        "grenzgaenger-mitfahrliste",
        "de_CH",
        "Mitfahrbörse Basel-Lörrach|Pendler Kreuzlingen-Konstanz",
        """
{ORG} - Mitfahrliste
Wer | ab | Telefon (D)
{N} | {H} | {L}
{N} | {H} | {L}
{N} | {H} | {L}
Koordination Schweiz {P}
""",
    ),
    G(
        "raebeliechtli-elternliste",
        "de_CH",
        "Räbeliechtli-Umzug Kindergarten {T}|Laternenumzug {T}",
        """
{ORG} - Elternliste
Umzug {D}, Besammlung {H}. {K:bus_line}
Leitung {N}: {P}; {E}
Helfer aus Deutschland: {PL}
""",
    ),
    G(
        "handwerker-offerte",
        "de_CH",
        "{S} Sanitär AG|Malergeschäft {S}",
        """
{ORG} - Offerte {K:order}
Arbeiten: Badsanierung, {K:quantity}. Total {M}
Zahlbar auf {IBAN}
Werkstatt {P}; Filiale Lörrach: {PL}
MWST {K:vat}
""",
    ),
]
