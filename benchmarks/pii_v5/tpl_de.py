"""German positive templates (de_DE, de_AT)."""

T = {
    "podcast_shownotes": [
        """Folge {n:5-180}: {pick:Vom Acker auf den Teller|Geschichten aus dem Stellwerk|Der Nachbarschaftsstreit|Alte Radios, neue Töne}
Aufgenommen am {date}, Länge {n:35-95} Min.
Zu Gast: {p1} ({org}). Erwähnt: {neg:isbn}, {neg:statute}.
Hörertelefon für die nächste Folge: {ctx} {loc}, {pick:AB läuft rund um die Uhr|Mailbox ist an}. {pick:Mails an {email:role}.|Sponsor-Hotline: {svc}.|}""",
    ],
    "gerichtstermine": [
        """Amtsgericht {town} — Terminsrolle für {date}
Saal {n:1-20}, {neg:time}: {neg:docket}  {p1:l} ./. {org}  (Mietsache, {neg:statute})
Saal {n:1-20}, {neg:time}: {neg:docket}  {p2:l} ./. {p3:l}
Prozessbevollmächtigte: RAin {name}, {ctx} {nat}, Fax {fix}{pick:, {email:role}|}
Geschäftsstelle: {pick:Durchwahl|Tel.} {loc}, {neg:hours}.{pick:
Kostenvorschuss erstattet auf {iban}.|}""",
    ],
    "studienaufruf": [
        """Probanden gesucht! {pick:Schlafstudie|Studie zu Rückenschmerzen|Heuschnupfen-Studie|Migräne-Studie}
Das {org} sucht Teilnehmende zwischen {n:18-30} und {n:55-70} Jahren. Registrierung {neg:trial_id}.
Aufwandsentschädigung bis {neg:price}, {n:4-10} Termine in {town}.
Interesse? {pick:Rufen Sie unser Studienteam an unter|Studienzentrale, Tel.|Melden Sie sich telefonisch unter} {loc}{pick: oder per Mail an {email:role}| (kostenfrei: {svc})|}.
Ethikvotum vom {neg:date}. Anfahrt: {neg:bus}, Haltestelle Klinikum.""",
    ],
    "sprechstunden": [
        """Sprechstunden im {pick:Wintersemester|Sommersemester} — Institut für {pick:Geschichte|Physik|Germanistik|Informatik}
Prof. Dr. {p1}: {day} {neg:time}, {neg:room}; {ctx} {loc}
Dr. {p2}: nach Vereinbarung{pick: per Mail an {email:p2}|}
Sekretariat: {p3}, {neg:room}, {neg:hours}, Tel. {nat}
Klausur am {neg:date} in {neg:room}.""",
    ],
    "versteigerung": [
        """Los {n:1-500}: {pick:Biedermeier-Sekretär, Kirsche|Meissener Deckeldose|Taschenuhr, Silber|Konvolut Postkarten}, {neg:year_range}. {neg:measurement}.
Schätzpreis {neg:price}. {neg:accession}.
Schriftliche und telefonische Gebote an {p1}, {ctx} {loc}{pick:, oder {email:role}|}. {pick:Telefonbieter hinterlegen eine Kreditkarte: {cc}.|Zahlung an {iban}.|}
Aufgeld {neg:percent}. Besichtigung {day} {neg:time}.""",
    ],
    "tierarzt": [
        """Tierarztpraxis {p1:l} — Patientenkarte
Tier: {pick:Bello|Minka|Hoppel|Emma|Rocky} ({pick:Dackel|EKH|Zwergkaninchen|Labrador}), {neg:microchip}
Gewicht {neg:measurement}, Temp. {neg:temperature}
Halter: {p2}, {street}, {town}. {ctx} {loc}{pick:, mobil {mob}|}
{date}: Impfung, {neg:lot}. Nächste Impfung {neg:date}.
Lastschrift von {iban}. {neg:invoice}""",
    ],
    "hofladen": [
        """Hofladen-Rundbrief {pick:Frühjahr|Herbst|Winter} — {org}
Spargel ab {neg:date}, Eier {neg:price} die Zehnerpackung. Bestand Kartoffeln: {neg:stock}.
Der Anhänger ({neg:plate}) kann ausgeliehen werden, {ctx} {loc} ({p1:f}).
Telefonliste der Genossenschaft:
{rows:2-3}
Beitrag bitte auf {iban}, Verwendungszweck {neg:account_ref}.""",
    ],
    "flohmarkt": [
        """Hofflohmarkt am {day}, {neg:time}! {street}, {town}
Kinderkleidung, {pick:Werkzeug|Schallplatten|Bücher|Gartenmöbel}, alles unter {neg:price}.
Fragen? {ctx} {loc}{pick: (ab 18 Uhr)|}. {pick:Nur Barzahlung.|Reservierung gegen Überweisung an {iban}.}""",
        """Haushaltsauflösung bis {neg:date}: Sofa {neg:price}, Waschmaschine ({neg:model}) {neg:price}.
Abholung {street}. {pick:Einfach anrufen:|Tel.|Ruf an:} {loc} oder {mob} ({p1:f}).""",
    ],
    "gaestebuch": [
        """{date} — Zimmer {n:1-25}. Herrliche Tage, das Frühstück war ein Traum! {p1} und {p2:f} aus {city}
{date} — Danke für alles! Wenn ihr mal bei uns seid: {email:p3}, Tel. {abroad}
{date} — {n:3-9} Nächte, {neg:score} beim Skat verloren. Familie {last}""",
    ],
    "kleingarten": [
        """Kleingartenverein {pick:Sonnenschein|Am Mühlbach|Eintracht} {town} e. V.
Wasser wird am {date} angestellt. Containerstellplatz bis {neg:date}.
Telefonkette (bitte weitergeben):
{rows:2-3:plot}
Schlüssel beim Vorsitzenden {p1}, {ctx} {loc}.""",
    ],
    "chor_liste": [
        """{pick:Kammerchor|Gospelchor|Singkreis} {town} — Telefonliste {n:2023-2025}
(Vorwahl {area}, falls nicht anders angegeben)
{rows:2-3:voice}
Probe {day}s {neg:time}, {neg:room}.""",
    ],
    "radio_mitschrift": [
        """[{neg:time}] MODERATORIN: ...und das Derby endet {neg:score}. Sie hören uns auf {neg:frequency}.
[{neg:time}] MODERATORIN: Unser Hörertelefon ist offen, {ctx} {loc}.
[{neg:time}] ANRUFER ({p1:f} aus {town}): Hallo, ich wollte nur sagen...
[{neg:time}] Verkehr: Die {neg:bus} fährt wegen Bauarbeiten eine Umleitung.""",
    ],
    "hundepension": [
        """Aufnahmebogen Hundepension {pick:Pfotenglück|Waldhof|Bellmann}
Hund: {pick:Bruno|Luna|Paul} · Zwinger {n:1-30} · vom {date} bis {neg:date}
Futter {neg:measurement} morgens und abends. {neg:microchip}
Besitzer: {p1}, {ctx} {loc}; Notfall: {p2:f}, {mob}
Anzahlung per Karte {cc}.""",
    ],
    "mod_changelog_de": [
        """### {neg:version} ({date})
- Absturz beim Laden großer Spielstände behoben ({neg:hash})
- Testserver jetzt auch per IPv6: {ip6}
- Danke an {p1:f} für den Bugreport! Spiegelserver: {ip4}
Kontakt: {email:p1}""",
    ],
}
