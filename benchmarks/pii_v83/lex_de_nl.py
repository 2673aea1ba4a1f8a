"""German and Dutch sentences for v83, written fresh."""

DE = {
    "G": {
        "housekeeping": {
            "title": ["Übergabe Hausdamenbüro – {day}", "Etagenplan Frühdienst", "Notizen der Hausdame"],
            "body": [
                "Grundreinigung der Zimmer {room_range} diese Woche, die Matratzen bitte wenden.",
                "Aushilfe heute: Personalnummer {staff_id}, bitte im dritten Stock einarbeiten.",
                "Kalkreiniger nur verdünnt ({dilution}), Sicherheitsdatenblatt Stand {sds_rev}.",
                "Die Zimmerkontrolle lag am Dienstag nur bei {qa_score}.",
            ],
            "contact": [
                "Ist die Hausdame nicht am Funk, bitte auf dem Handy anrufen: {P}.",
                "Fehlende Wäsche direkt beim Lieferanten melden, Frau {name}, Tel. {P}.",
                "Technik nach 22 Uhr nur über den Bereitschaftsdienst unter {P}.",
            ],
        },
        "nightaudit": {
            "title": ["Night Audit – Tagesabschluss", "Nachtbericht Rezeption"],
            "body": [
                "Tagesabschluss um 03:05, Logisumsatz {revenue}, Auslastung {occupancy}.",
                "Durchschnittsrate {adr} Euro, leicht unter Budget wegen der Gruppe im 5. Stock.",
                "Folio {folio} zeigt eine doppelte Parkgebühr – bitte morgens stornieren.",
                "No-Show zur Buchung {confirm} mit einer Nacht belastet.",
                "Kartenterminal {tid} zweimal ausgefallen, Neustart half.",
            ],
            "contact": [
                "Bei Systemausfall die Hotline des PMS-Anbieters anrufen: {P}.",
                "Über dem Kassenlimit bitte den Direktor wecken, {P}.",
                "Der Sicherheitsdienst war um 02:40 da (Wachmann erreichbar unter {P}).",
            ],
        },
        "laundry": {
            "title": ["Lieferschein Wäscherei", "Mietwäsche – Abholplan"],
            "body": [
                "Heute abgeholt: {linen_kg} Flachwäsche und 41 Säcke Frottee.",
                "Tischwäsche läuft auf {wash_prog}, farbige Servietten im Kaltprogramm.",
                "Charge {lot} des Bleichmittels gesperrt, gemessen: {ph}.",
                "Lieferwagen {plate}, Rampe frei von {time_win}.",
            ],
            "contact": [
                "Ausgefallene Abholungen bitte bis 12 Uhr an die Disposition melden: {P}.",
                "Ihr Kundenbetreuer {name} ist unter {P} erreichbar.",
            ],
        },
        "windows": {
            "title": ["Angebot Glasreinigung", "Fensterputzer – Terminänderung"],
            "body": [
                "Die Fenster im 3. OG reinigen wir vom Boden aus mit einer {pole_m}-Teleskopstange.",
                "Reinwasser mit {tds}, also ohne Chemie und ohne Schlieren.",
                "Schlüsseltresor am Hoftor, Code {keysafe}.",
                "Der Wintergarten hat rund {area_m2} Glasfläche und wird extra berechnet.",
            ],
            "contact": [
                "Bei Regen melden wir uns am Vorabend von {P}.",
                "Fragen zum Angebot? Rufen Sie {name} an: {P}.",
            ],
        },
        "carpet": {
            "title": ["Teppichreinigung – Arbeitsbericht", "Polster- und Teppichpflege"],
            "body": [
                "Flurteppiche im Sprühextraktionsverfahren gereinigt, gesamt ca. {area_m2}.",
                "Vorsprühmittel {dilution}, Nachspülung mit {ph}.",
                "Trocknungszeit etwa {hours}, bitte gut lüften.",
                "Fleckschutz Charge {lot}, Artikel {sku}.",
            ],
            "contact": [
                "Ihr Techniker heute: {name}, direkt unter {P}.",
                "Für Treppenhaus-Termine bitte im Büro anrufen: {P}.",
            ],
        },
        "pest": {
            "title": ["Schädlingsbekämpfung – Servicebericht", "Monitoring Nager"],
            "body": [
                "Köderboxen außen kontrolliert, Befall {trap_count}, Station {bait_station} erneuert.",
                "Fraßgel in den Küchenhohlräumen ausgebracht, Zulassung {epa_reg}.",
                "Mittel nach {un_no}, angesetzt {dilution}.",
            ],
            "contact": [
                "Sehen Sie vor dem nächsten Termin Kot, rufen Sie den Notdienst an: {P}.",
                "Ihr Objektbetreuer {name} ({P}) schickt das Angebot für die Abdichtung.",
            ],
        },
        "sweep": {
            "title": ["Kehr- und Überprüfungsbescheinigung", "Feuerstättenschau – Protokoll"],
            "body": [
                "Abgasleitung {flue}, von unten gekehrt.",
                "Abgastemperatur am Kaminofen {flue_temp}, Messwert {co_ppm}.",
                "Bescheinigung Nr. {sweep_cert} – bitte für die Versicherung aufbewahren.",
            ],
            "contact": [
                "Den nächsten Kehrtermin vereinbaren Sie unter {P}.",
                "Bei Rauchgeruch Ofen aus und mich anrufen: {P}.",
            ],
        },
        "waste": {
            "title": ["Abfuhrplan Gewerbeabfall", "Containerdienst – Auftragsbestätigung"],
            "body": [
                "Zwei Behälter à {bin_litres} für Restmüll, Leerung montags und donnerstags.",
                "Glas unter Abfallschlüssel {ewc}, Begleitschein {wtn}.",
                "Wiegeschein: brutto / tara {weighbridge}.",
                "USt-IdNr. des Entsorgers: {vat}.",
                "Fahrzeug {plate} kommt zwischen {time_win}.",
            ],
            "contact": [
                "Leerung vergessen? Melden Sie es innerhalb von zwei Werktagen unter {P}.",
                "Der Fahrer, Herr {name}, bittet um Anruf unter {P}, falls das Tor zu ist.",
            ],
        },
    },
    "DAYS": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "LOCAL": [
        "Aus dem Festnetz in {town} genügt die {L}.",
        "Unser Lager in {town} erreichen Ortsansässige unter {L}.",
        "Für Anrufer aus {town}: Büro {L}, Werkstatt {L} – die Vorwahl können Sie weglassen.",
        "{L} (Ortsnetz {town}, ohne Vorwahl)",
        "Wie sie am Telefon sagte: „Wer in {town} anruft, wählt einfach {L}.“",
        "Hinweis: Die {L} funktioniert ohne Vorwahl nur innerhalb von {town}.",
        "Rezeption {town}, innerhalb der Stadt:\n{L}",
        "Sind Sie aus {town}? Dann rufen Sie direkt die {L} an.",
    ],
    "LIST_HEAD": ["Kontaktliste", "Telefonliste Dienstleister", "Notfallnummern Haus"],
    "LABELS": [
        "Nachtportier",
        "Hausdame",
        "Haustechnik",
        "Wäscherei",
        "Kammerjäger",
        "Entsorger",
        "Empfang",
        "Buchhaltung",
    ],
    "OTHER": [
        "Unser Kundenservice ist kostenfrei unter {O} erreichbar.",
        "Servicenummer für Abholaufträge: {O}.",
    ],
    "EMAIL": ["Unterschriebenen Bericht bitte an {E} zurück.", "Rechnungen bitte nur an {E}."],
    "CARD": [
        "Anzahlung per Karte {C} bei der Buchung.",
        "Kreditkarte des Gastes {C} für Nebenkosten vorautorisiert.",
    ],
    "IBAN": ["Bitte überweisen Sie auf {I} mit Angabe der Auftragsnummer.", "Lastschrift vom Konto {I}."],
    "IP": ["Der Waagen-PC in der Wäscherei hat die Adresse {IP}.", "Videorekorder Müllraum: {IP}."],
}

NL = {
    "G": {
        "housekeeping": {
            "title": ["Overdracht huishouding – {day}", "Notities afdeling housekeeping"],
            "body": [
                "Grote schoonmaak van kamers {room_range} deze week, matrassen graag keren.",
                "Uitzendkracht vandaag: personeelsnummer {staff_id}, meelopen op de derde etage.",
                "Ontkalker alleen verdund gebruiken ({dilution}), veiligheidsblad versie {sds_rev}.",
                "De kamercontrole scoorde dinsdag maar {qa_score}.",
            ],
            "contact": [
                "Is de executive housekeeper niet via de portofoon bereikbaar, bel dan {P}.",
                "Tekort aan linnen meteen doorgeven aan {name} van de leverancier: {P}.",
            ],
        },
        "nightaudit": {
            "title": ["Nachtaudit – dagafsluiting", "Verslag nachtdienst receptie"],
            "body": [
                "Dag afgesloten om 03:10, logiesomzet {revenue}, bezetting {occupancy}.",
                "Gemiddelde kamerprijs {adr} euro.",
                "Folio {folio} heeft dubbele parkeerkosten, graag corrigeren.",
                "No-show op reservering {confirm} is één nacht belast.",
            ],
            "contact": [
                "Bij een storing van het hotelsysteem de helpdesk bellen: {P}.",
                "Boven de kaslimiet de directeur wakker bellen op {P}.",
            ],
        },
        "laundry": {
            "title": ["Afleverbon wasserij", "Huurlinnen – ophaalschema"],
            "body": [
                "Vandaag opgehaald: {linen_kg} platgoed en 38 zakken badstof.",
                "Tafellinnen draait op {wash_prog}.",
                "Partij {lot} van het bleekmiddel geblokkeerd, gemeten {ph}.",
            ],
            "contact": [
                "Gemiste ophaalrit? Bel de planning vóór 12 uur op {P}.",
                "Uw accountmanager {name} is bereikbaar op {P}.",
            ],
        },
        "windows": {
            "title": ["Offerte glasbewassing", "Glazenwasser – wijziging wasronde"],
            "body": [
                "De ramen op de derde verdieping doen we vanaf de grond met een {pole_m} waterstraatsteel.",
                "Osmosewater met {tds}, dus zonder zeep en zonder strepen.",
                "Sleutelkluisje bij de poort, code {keysafe}.",
            ],
            "contact": [
                "Regent het, dan sturen we de avond ervoor een bericht vanaf {P}.",
                "Vragen over de offerte? Bel {name} op {P}.",
            ],
        },
        "pest": {
            "title": ["Servicerapport ongediertebestrijding", "Controle knaagdieren"],
            "body": [
                "Lokdozen buiten gecontroleerd, activiteit {trap_count}, station {bait_station} vervangen.",
                "Gel aangebracht in de keukenholtes, toelatingsnummer {epa_reg}.",
                "Insectenlamp in het droge magazijn: buizen vervangen, versie {sds_rev}.",
            ],
            "contact": [
                "Ziet u keutels vóór ons volgende bezoek, bel dan de storingslijn {P}.",
                "Uw adviseur {name} ({P}) stuurt de offerte voor het dichten van de kieren.",
            ],
        },
        "waste": {
            "title": ["Ophaalschema bedrijfsafval", "Containerhuur – bevestiging"],
            "body": [
                "Twee containers van {bin_litres} voor restafval, legen op maandag en donderdag.",
                "Glas onder Euralcode {ewc}, begeleidingsbrief {wtn}.",
                "Weegbon bruto / tarra: {weighbridge}.",
                "Btw-nummer van de inzamelaar: {vat}.",
                "Wagen {plate} komt tussen {time_win}.",
            ],
            "contact": [
                "Niet geleegd? Meld het binnen twee werkdagen op {P}.",
                "De chauffeur, {name}, vraagt u te bellen op {P} als het hek dicht is.",
            ],
        },
    },
    "DAYS": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "LOCAL": [
        "Belt u vanuit {town} met een vaste lijn? Dan is het gewoon {L}.",
        "Ons depot in {town} is voor bellers uit de stad bereikbaar op {L}.",
        "{L} (alleen binnen {town}, zonder kengetal)",
        "Voor klanten in {town}: kantoor {L}, werkplaats {L}.",
        'Zoals ze zei: "Wie in {town} woont, belt gewoon {L}."',
        "Let op: {L} werkt zonder netnummer alleen in {town}.",
        "Receptie {town}, lokaal gesprek:\n{L}",
    ],
    "LIST_HEAD": ["Contactlijst", "Telefoonlijst leveranciers"],
    "LABELS": [
        "Nachtportier",
        "Huishouding",
        "Technische dienst",
        "Wasserij",
        "Ongedierte",
        "Afvalinzameling",
        "Receptie",
        "Boekhouding",
    ],
    "OTHER": [
        "Onze klantenservice is gratis bereikbaar via {O}.",
        "Servicenummer voor ophaalverzoeken: {O}.",
    ],
    "EMAIL": ["Stuur het getekende rapport terug naar {E}.", "Facturen alleen naar {E}."],
    "CARD": [
        "Aanbetaling met kaart {C} bij het boeken.",
        "Creditcard van de gast ({C}) vooraf geautoriseerd.",
    ],
    "IBAN": [
        "Graag overmaken naar {I} onder vermelding van het ordernummer.",
        "Automatische incasso van {I}.",
    ],
    "IP": ["De weegschaal-pc in de wasserij zit op {IP}.", "Camerarecorder afvalruimte: {IP}."],
}
