"""German, French and Spanish sentences; slots as in lex_en."""

DE = {
    "phonein": {
        "titles": ["Hörertelefon – Sendeablauf", "Anruferliste Morgenmagazin", "Notizen für die Moderation"],
        "pos": [
            "Ab 10 Uhr ist das Hörertelefon unter {phone} frei geschaltet.",
            "Anrufer 2: {name} aus dem Umland, wartet auf Rückruf unter {mob}.",
            "Wer nicht durchkommt, kann auch auf die Mailbox sprechen: {phone}.",
            "Die Hörerin {name} ruft aus dem Urlaub an, Rückrufnummer {intl}.",
            "Kostenlos für alle Hörer: {free}.",
        ],
        "neg": ["Technik meldet: {neg}.", "Für das Sendeprotokoll: {neg}.", "Hinweis der Regie: {neg}."],
    },
    "newsdesk": {
        "titles": ["Planung Lokalredaktion", "Hinweis aus der Leserschaft", "Übergabe an den Spätdienst"],
        "pos": [
            "Ein Leser, {name}, hat den Unfall gesehen und ist unter {mob} erreichbar.",
            "Die Pressestelle der Polizei ist bis 18 Uhr unter {phone} besetzt.",
            "Unsere Korrespondentin im Ausland: {intl}.",
            "Bitte den Text vorab an {email} zur rechtlichen Prüfung schicken.",
            "Hinweise nimmt die Redaktion unter {phone} oder per Mail an {role} entgegen.",
        ],
        "neg": ["Archivvermerk: {neg}.", "Bildredaktion: {neg}.", "Für die Seite 3: {neg}."],
    },
    "pressoffice": {
        "titles": ["PRESSEMITTEILUNG", "Presseinformation", "Hinweis für Redaktionen"],
        "pos": [
            "Pressekontakt: {name}, Telefon {phone}, mobil {mob}.",
            "Interviewanfragen bitte an {role}.",
            "Spenden für die Aktion bitte auf das Konto {iban}.",
            "Ein Bürgertelefon ist ab Montag unter {free} geschaltet.",
            "Redaktionen im Ausland erreichen uns unter {intl}.",
        ],
        "neg": ["Sperrfrist: {neg}.", "Aktenzeichen der Mitteilung: {neg}.", "Zahlen im Überblick: {neg}."],
    },
    "audience": {
        "titles": ["Zuschauerservice – Dienstbuch", "Zuschauertelefon", "Rückmeldungen zur Sendung"],
        "pos": [
            "Zuschauer erreichen den Zuschauerservice unter {phone}, werktags bis 22 Uhr.",
            "Frau {name} bittet um Rückruf unter {mob} wegen der Untertitel.",
            "Die Spende per Karte {card} wurde doppelt gebucht, bitte stornieren.",
            "Für die Erstattung nannte der Zuschauer die IBAN {iban}.",
            "Kostenfreie Servicenummer: {free}.",
        ],
        "neg": ["Sendung: {neg}.", "Quote vom Vorabend: {neg}.", "Beschwerde betraf: {neg}."],
    },
    "shownotes": {
        "titles": ["Shownotes", "In dieser Folge", "Links und Hinweise zur Folge"],
        "pos": [
            "Fragen für die nächste Folge? Sprecht uns auf den Anrufbeantworter: {phone}.",
            "Unser Gast {name} ist für Buchungen unter {mob} erreichbar.",
            "Kooperationen und Presse: {role}.",
            "Der Feed liegt jetzt auf {ip}.",
        ],
        "neg": ["Aufgenommen mit: {neg}.", "Kapitelmarken: {neg}.", "Technik: {neg}."],
    },
}
DE_LOCAL = [
    "Aus dem Ortsnetz {town} genügt für das Studio die {l1}.",
    "Hörer in {town} wählen einfach {l1} – ohne Vorwahl.",
    "Lokalredaktion {town}, innerhalb der Stadt: {l1}, Sportredaktion {l2}.",
    "Ansage der Moderation: „Wer in {town} sitzt, ruft jetzt an unter {l1}!“",
    "Die Geschäftsstelle in {town} erreicht man im Ortsbereich unter {l1}.",
    "Redaktionsbüro {town} (Ortsgespräch):\n{l1}",
    "Neue Nummer für das Studio {town}, vom Festnetz vor Ort: {l1}.",
]
DE_LIST = (
    ["Redaktionsnummern", "Kontakte für den Sendetag", "Erreichbarkeit"],
    ["Redaktion", "Studio", "Chef vom Dienst", "Bildredaktion", "Sendeleitung", "Pressestelle"],
)

FR = {
    "phonein": {
        "titles": ["Antenne ouverte – conducteur", "Fiche d'appels des auditeurs", "Notes pour l'animateur"],
        "pos": [
            "Le standard des auditeurs ouvre à 9 h : {phone}.",
            "Auditeur en attente : {name}, à rappeler au {mob}.",
            "Pour les auditeurs à l'étranger : {intl}.",
            "Numéro gratuit de l'émission : {free}.",
        ],
        "neg": ["Régie : {neg}.", "Pour le conducteur : {neg}.", "Note technique : {neg}."],
    },
    "pressoffice": {
        "titles": ["COMMUNIQUÉ DE PRESSE", "Note aux rédactions", "Invitation presse"],
        "pos": [
            "Contact presse : {name}, {phone} / {mob}.",
            "Demandes d'interview : {role}.",
            "Les dons peuvent être versés sur le compte {iban}.",
            "Les rédactions étrangères peuvent appeler le {intl}.",
        ],
        "neg": ["Embargo : {neg}.", "Référence : {neg}.", "Chiffres clés : {neg}."],
    },
    "audience": {
        "titles": [
            "Service des téléspectateurs",
            "Main courante – relations téléspectateurs",
            "Réactions à l'émission",
        ],
        "pos": [
            "Les téléspectateurs peuvent réagir au {phone} jusqu'à minuit.",
            "Mme {name} demande à être rappelée au {mob}.",
            "Le don par carte {card} a été débité deux fois.",
            "Ligne gratuite : {free}.",
        ],
        "neg": ["Émission : {neg}.", "Audiences de la veille : {neg}.", "Plainte concernant : {neg}."],
    },
    "newsdesk": {
        "titles": ["Conférence de rédaction", "Alerte d'un lecteur", "Passation de la permanence"],
        "pos": [
            "Un lecteur, {name}, a tout vu ; joignable au {mob}.",
            "La préfecture répond au {phone} jusqu'à 18 h.",
            "Envoyer le papier à {email} pour relecture juridique.",
            "Notre correspondante à l'étranger : {intl}.",
        ],
        "neg": ["Archives : {neg}.", "Service photo : {neg}.", "Pour la page 2 : {neg}."],
    },
}
FR_LIST = (
    ["Numéros de la rédaction", "Contacts du jour"],
    ["Rédaction", "Studio", "Chef d'édition", "Service photo", "Régie"],
)

ES = {
    "phonein": {
        "titles": ["Programa de llamadas – escaleta", "Hoja de oyentes", "Notas para el locutor"],
        "pos": [
            "Los oyentes pueden llamar al estudio al {phone} a partir de las diez.",
            "Oyente en espera: {name}, devolver la llamada al {mob}.",
            "Desde fuera de España: {intl}.",
            "Línea gratuita del programa: {free}.",
        ],
        "neg": ["Control técnico: {neg}.", "Para la escaleta: {neg}.", "Aviso de realización: {neg}."],
    },
    "pressoffice": {
        "titles": ["NOTA DE PRENSA", "Convocatoria a medios", "Información para redacciones"],
        "pos": [
            "Contacto de prensa: {name}, {phone} / {mob}.",
            "Solicitudes de entrevista: {role}.",
            "Los donativos pueden ingresarse en la cuenta {iban}.",
            "Medios internacionales: {intl}.",
        ],
        "neg": ["Embargo: {neg}.", "Referencia: {neg}.", "Datos: {neg}."],
    },
    "shownotes": {
        "titles": ["Notas del episodio", "En este episodio", "Enlaces del programa"],
        "pos": [
            "¿Preguntas para el próximo episodio? Déjanos un audio en el {mob}.",
            "Nuestra invitada {name} atiende reservas en el {phone}.",
            "Colaboraciones y prensa: {role}.",
            "El feed se sirve ahora desde {ip6}.",
        ],
        "neg": ["Grabado con: {neg}.", "Capítulos: {neg}.", "Técnica: {neg}."],
    },
    "audience": {
        "titles": ["Atención a la audiencia", "Registro de llamadas de espectadores"],
        "pos": [
            "Los espectadores pueden opinar en el {phone} hasta medianoche.",
            "El Sr. {name} pide que le llamen al {mob}.",
            "El donativo con tarjeta {card} se cobró dos veces.",
            "Teléfono gratuito: {free}.",
        ],
        "neg": ["Programa: {neg}.", "Audiencias: {neg}.", "Queja sobre: {neg}."],
    },
}
ES_LIST = (
    ["Teléfonos de la redacción", "Contactos del día"],
    ["Redacción", "Estudio", "Producción", "Fotografía", "Control"],
)
