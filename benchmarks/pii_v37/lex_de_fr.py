"""German and French sentences of v37."""

DE = {
    "call": [
        "Bei Produktionsstörungen die Rufbereitschaft unter {p} anrufen.",
        "Der Integrationssupport des Anbieters ist unter {p} erreichbar.",
        "Fragen zur Lizenz bitte telefonisch an {p}.",
        "Test-SMS landen auf dem QA-Diensthandy {p}.",
    ],
    "local": [
        "Aus dem Ortsnetz {t} reicht die {p}.",
        "Innerhalb von {t} einfach die Durchwahl {p} wählen, Vorwahl entfällt.",
        "(Ortsgespräch {t}) {p}",
    ],
    "service": ["Kostenlose Hotline für Rechnungsfragen: {p}.", "Servicenummer laut Rechnungsfuß: {p}"],
    "bug": [
        "Das Formular lehnt {p} ab, obwohl die Nummer existiert.",
        "Nach dem Update wird {p} im Profil doppelt angezeigt.",
        "Beim CSV-Export wird aus {p} eine Zahl in Exponentialschreibweise.",
    ],
    "neg": [
        "Auf {x} angehoben, nachdem der Parser kaputt war.",
        "Mit {x} erneut reproduziert.",
        "Siehe {x} für die ursprüngliche Diskussion.",
        "Vorerst auf {x} festgenagelt.",
    ],
    "roster": ["Bereitschaftsplan", "Ansprechpartner", "Testnutzer (Fantasiedaten)"],
    "title": ["Kontaktabgleich", "Rechnungsexport", "Terminerinnerung"],
    "contact_h": ["Kontakt", "Hilfe & Support"],
    "contrib": [
        "Bitte vor jedem Pull Request die Tests laufen lassen.",
        "Kleine Korrekturen gern direkt, größere Änderungen bitte erst als Issue.",
    ],
    "ui": ["Änderungen speichern", "Ihre Bestellung wurde versandt", "Bitte gültige Telefonnummer eingeben"],
    "nb": [
        "Kundenexport laden und Telefonspalte bereinigen.",
        "Kurzer Blick auf die fehlgeschlagenen Zustellungen.",
    ],
    "api": [
        "Legt einen Kontakt an. Das Feld phone wird unverändert gespeichert.",
        "Liefert einen Kunden samt Haupttelefonnummer.",
    ],
    "email": ["Sicherheitsmeldungen an {e}", "Fragen zum Modul: {e}"],
    "iban": ["Erstattungen gehen im Testdatensatz an {i}.", "Auszahlungskonto (Sandbox): {i}"],
    "card": ["Checkout-Tests nutzen die Karte {c}.", "Fall abgelehnte Karte: {c}"],
    "ip": ["Staging antwortet von {ip}.", "Die Anfragen kamen von {ip}."],
    "ssn": ["Der US-Testdatensatz nutzt die SSN {s}."],
}

FR = {
    "call": [
        "En cas d'incident en production, appelez l'astreinte au {p}.",
        "Le support intégration du fournisseur répond au {p}.",
        "Pour les questions de licence, joindre les mainteneurs au {p}.",
        "Les SMS de test arrivent sur le téléphone partagé de la QA : {p}.",
    ],
    "local": ["Depuis {t}, composer simplement le {p}."],
    "service": [
        "Numéro vert pour la facturation : {p}.",
        "Service client joignable au {p}, du lundi au vendredi.",
    ],
    "bug": [
        "Le formulaire refuse {p} alors que le numéro existe.",
        "Depuis la mise à jour, {p} s'affiche deux fois sur le profil.",
        "L'export CSV transforme {p} en notation scientifique.",
    ],
    "neg": [
        "Passé en {x} après la régression du parseur.",
        "Reproduit à nouveau avec {x}.",
        "Voir {x} pour la discussion d'origine.",
        "Bloqué sur {x} en attendant le correctif.",
    ],
    "roster": ["Astreinte", "Contacts de l'équipe", "Utilisateurs de test (fictifs)"],
    "title": ["Synchronisation des contacts", "Export des factures", "Rappel de rendez-vous"],
    "contact_h": ["Contact", "Assistance"],
    "contrib": [
        "Merci de lancer les tests avant toute pull request.",
        "Les petites corrections sont bienvenues ; pour le reste, ouvrez d'abord un ticket.",
    ],
    "ui": ["Enregistrer", "Votre commande a été expédiée", "Saisissez un numéro de téléphone valide"],
    "nb": [
        "Charger l'export clients et nettoyer la colonne téléphone.",
        "Coup d'œil sur les envois échoués.",
    ],
    "api": [
        "Crée un contact. Le champ phone est stocké tel quel.",
        "Renvoie un client et son téléphone principal.",
    ],
    "email": ["Signalements de sécurité : {e}", "Questions sur ce module : {e}"],
    "iban": ["Les remboursements du jeu de test vont sur {i}.", "Compte de versement (bac à sable) : {i}"],
    "card": ["Les tests de paiement utilisent la carte {c}.", "Cas carte refusée : {c}"],
    "ip": ["La préproduction répond depuis {ip}.", "Les requêtes venaient de {ip}."],
    "ssn": ["Le jeu de données américain utilise le SSN fictif {s}."],
}
