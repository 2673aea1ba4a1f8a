"""German and French sentences, written fresh for v52."""

DE = {
    "bill": {
        "t": ["Ihre Mobilfunkrechnung", "Rechnung DSL-Anschluss"],
        "p": [
            "Fragen zur Rechnung beantwortet unser Kundenservice unter {P} (Mo–Sa 8–20 Uhr).",
            "Verbindungen zu {M} wurden als Auslandsgespräche berechnet.",
            "Der Betrag wird per SEPA-Lastschrift von {IB} eingezogen.",
            "Die Rechnung ging als PDF an {EP}.",
        ],
        "n": [
            "Kundennummer {N:customer}, Rechnungsnummer {N:invoice}, Zeitraum {N:period}.",
            "Verbrauchtes Datenvolumen: {N:allowance}.",
        ],
    },
    "porting": {
        "t": ["Bestätigung Ihrer Rufnummernmitnahme", "Anbieterwechsel"],
        "p": [
            "Ihre Rufnummer {M} wird am Portierungstag zwischen 6 und 10 Uhr umgeschaltet.",
            "Bei Problemen mit der Mitnahme erreichen Sie die Wechselhotline unter {T}.",
            "Schriftliche Rückfragen bitte an {E}.",
        ],
        "n": [
            "Neue SIM-Karte: {N:iccid}, PIN {N:simpin}, PUK {N:puk}.",
            "Netzkennung des neuen Profils {N:mccmnc}.",
        ],
    },
    "router": {
        "t": ["Einrichtung Ihres Routers", "Kurzanleitung Glasfasermodem"],
        "p": [
            "Die Benutzeroberfläche öffnen Sie im Browser unter {IP}.",
            "Leuchtet die Info-LED rot, rufen Sie die Technik-Hotline an: {T}.",
            "Ihr Techniker am Montag: {NAME}, Handy {M}.",
        ],
        "n": [
            "WLAN-Netzwerkschlüssel {N:wifi_key}, Gerät {N:model}, Firmware {N:firmware}.",
            "Seriennummer {N:serial}, MAC-Adresse {N:mac}.",
            "Gemessene Bandbreite: {N:speed}.",
        ],
    },
    "netdown": {
        "t": ["Störungsmeldung Internet und Telefonie", "Netzstörung – Zwischenstand"],
        "p": [
            "Geschäftskunden melden sich bitte direkt unter {P}.",
            "Aktuelle Informationen auch über die Bandansage {T}.",
        ],
        "n": [
            "Betroffen ist die Leitung {N:circuit}; gemessene Werte {N:latency} Paketverlust.",
            "Sender auf {N:band} laufen normal.",
        ],
    },
    "ticket": {
        "t": ["IT-Servicedesk: Ticket aktualisiert", "Eskalation an 2nd Level"],
        "p": [
            "Die Anwenderin {NAME} ist unter {P} erreichbar, ab 16 Uhr mobil unter {M}.",
            "Der Drucker im 3. OG meldet sich mit {IP}.",
            "Antworten bitte an {E} – Ticketnummer im Betreff angeben.",
        ],
        "n": [
            "Ticket {N:ticket}, Inventarnummer {N:asset}, Fehlercode {N:errcode}.",
            "Nach Update {N:kb} ist Port {N:port} geschlossen.",
        ],
    },
    "repair": {
        "t": ["Reparaturauftrag", "Abholschein Werkstatt"],
        "p": [
            "Wir benachrichtigen Sie per SMS an {M}, sobald das Gerät fertig ist.",
            "Rückfragen zur Reparatur: Werkstatt {P}.",
        ],
        "n": [
            "Gerät IMEISV {N:imeisv}, Auftrag {N:rma}, Akku {N:battery}.",
            "Display {N:screen}; Seriennummer {N:serial}.",
        ],
    },
    "forward": {
        "t": ["Rufumleitung einrichten", "Mailbox – so geht's"],
        "p": [
            "Ihre Mailbox erreichen Sie aus jedem Netz unter {P}.",
            "Umleitung aufs Handy: **21*{M}# wählen und mit der Anruftaste bestätigen.",
            "Im Ausland wählen Sie {I}.",
        ],
        "n": ["Voreingestellte Mailbox-PIN: {N:simpin}. Dauer der letzten Abfrage {N:duration}."],
    },
    "switchboard": {
        "t": ["Telefonverzeichnis Verwaltung", "Durchwahlen im Haus"],
        "p": ["Zentrale: {P}. Außerhalb der Servicezeiten: Pförtner {M}.", "Hausmeisterei per E-Mail: {E}."],
        "n": ["Personalabteilung Durchwahlen {N:ext_range}, IT {N:ext_range}; Telefone im {N:vlan}."],
    },
}

DE_LOCAL = [
    "Wer in {town} wohnt, wählt für den Shop einfach {L} – ohne Vorwahl.",
    "Vom Festnetz in {town} aus genügt die {L}.",
    "Servicepunkt {town}: Ortsgespräch unter {L}, Technik unter {L}.",
    "Innerorts ({town}) erreichen Sie die Zentrale unter {L}.",
    "Unser Team vor Ort in {town} nimmt unter {L} ab (Ortsnetz, ohne Vorwahl wählen).",
    "Telefon im Ortsnetz {town}: {L}, Rufbereitschaft {L}.",
]
DE_LIST = (
    ["Wichtige Rufnummern", "Ansprechpartner", "Eskalationsliste"],
    ["Zentrale", "Technik", "Abrechnung", "Bereitschaft", "Servicedesk", "Shop"],
)

FR = {
    "bill": {
        "t": ["Votre facture mobile", "Facture box internet"],
        "p": [
            "Pour toute question sur cette facture, appelez le service client au {P}.",
            "Appels vers le {M} facturés hors forfait.",
            "Prélèvement sur le compte {IB} le 5 du mois.",
        ],
        "n": [
            "Numéro client {N:customer}, facture {N:invoice}, période {N:period}.",
            "Consommation data : {N:allowance}.",
        ],
    },
    "porting": {
        "t": ["Portabilité de votre numéro", "Changement d'opérateur"],
        "p": [
            "Votre numéro {M} sera transféré dans les trois jours ouvrés.",
            "En cas de coupure prolongée, contactez le {T}.",
        ],
        "n": ["Carte SIM {N:iccid}, code PIN {N:simpin}, code PUK {N:puk}."],
    },
    "router": {
        "t": ["Installation de votre box", "Guide de démarrage du modem"],
        "p": [
            "L'interface d'administration est accessible à l'adresse {IP}.",
            "Votre technicien, {NAME}, vous appellera depuis le {M}.",
            "Assistance technique : {T}.",
        ],
        "n": [
            "Clé Wi-Fi {N:wifi_key}, modèle {N:model}, micrologiciel {N:firmware}.",
            "Adresse MAC {N:mac}, débit mesuré {N:speed}.",
        ],
    },
    "netdown": {
        "t": ["Incident réseau en cours", "Information panne internet"],
        "p": ["Clients professionnels : ligne dédiée au {P}.", "Depuis l'étranger, composez le {I}."],
        "n": [
            "Lien concerné {N:circuit} ; latence et pertes mesurées {N:latency}.",
            "Antennes {N:band} non affectées.",
        ],
    },
    "ticket": {
        "t": ["Support informatique – ticket", "Escalade niveau 2"],
        "p": [
            "L'utilisateur {NAME} est joignable au {P} ou au {M}.",
            "Merci de répondre à {E} en rappelant le numéro du ticket.",
        ],
        "n": ["Ticket {N:ticket}, étiquette d'inventaire {N:asset}, erreur {N:errcode}."],
    },
    "confcall": {
        "t": ["Invitation : point hebdomadaire", "Audioconférence"],
        "p": [
            "Numéro d'accès : {P} ou numéro vert {T}.",
            "Participants hors de France : {I}.",
            "Organisatrice : {NAME}, {EP}.",
        ],
        "n": ["ID de réunion {N:meeting_id}, code participant {N:passcode}."],
    },
    "smarthome": {
        "t": ["Fiche d'intervention domotique", "Compte rendu d'installation"],
        "p": [
            "Passerelle en adresse fixe {IP}.",
            "Pour toute question, l'installateur reste joignable au {M}.",
        ],
        "n": [
            "Code d'appairage {N:matter}, réseau {N:zigbee}.",
            "Numéro de série {N:serial}, version {N:firmware}.",
        ],
    },
}
FR_LIST = (
    ["Numéros utiles", "Contacts d'escalade"],
    ["Standard", "Support", "Facturation", "Astreinte", "Boutique"],
)
