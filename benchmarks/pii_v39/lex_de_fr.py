"""German and French news and public-record text for v39."""

DE = {
    "local": [
        "Gemeinderat beschließt neue Fußgängerbrücke",
        "Der Ortsteil mit {pop} Einwohnern wartet seit {founded} auf einen sicheren Übergang.",
        "Der Rat stimmte mit {seats} Stimmen zu; Baubeginn ist am {date}.",
    ],
    "appeal": [
        "Polizei sucht Zeugen nach Einbruch in Bäckerei",
        "Die Täter verschafften sich am {date} gegen {time} Uhr Zutritt über den Hinterhof.",
        "Ein Zeuge beschrieb einen Mann von etwa {age} Jahren; Vorgangsnummer {crimeref}.",
    ],
    "obit": [
        "Traueranzeige",
        "In stiller Trauer nehmen wir Abschied von {name} ({years}).",
        "Die Urnenbeisetzung findet am {date} um {time} Uhr statt, Grabfeld {plot}.",
    ],
    "sport": [
        "Aufsteiger verliert Spitzenspiel knapp",
        "Vor {attend} Zuschauern fiel das {score} erst in der {minute} Minute.",
        "Tabelle (Sp. S U N Tore Pkt.): TSV {table}",
        "Beim Stadtlauf siegte die Favoritin in {racetime}.",
    ],
    "court": [
        "Landgericht verurteilt Betrüger zu Haftstrafe",
        "Im Verfahren {case} ging es um einen Schaden von {price}.",
        "Das Urteil vom {date} ist noch nicht rechtskräftig.",
    ],
    "encyclo": [
        "Geschichte",
        "Der Verein wurde {founded} gegründet; das Stadion fasst {capacity} Zuschauer.",
        "Die Gemeinde hat eine Fläche von {area} und liegt {elev} m über NN; Registergericht {company}.",
    ],
    "listings": [
        "Was ist los am Wochenende",
        "Samstag ab {time} Uhr Flohmarkt am Rathausplatz, Eintritt {price}.",
        "Lesung aus der neuen Ortschronik (ISBN {isbn}) am {date}.",
    ],
    "letter": [
        "Leserbriefe",
        "Zum Bericht vom {date}: Die Wahlbeteiligung von {turnout} zeigt doch, wie wenig die Bürger "
        "eingebunden sind.",
        "Seit {founded} wird über die Umgehungsstraße geredet. {name}",
    ],
    "wire": [
        "{wire} Börse Frankfurt: DAX schließt freundlich",
        "Der Leitindex ging mit {index} Punkten aus dem Handel; der Euro kostete {fx} Dollar.",
        "Der Bundestag beriet {bill} in erster Lesung.",
    ],
    "classified": [
        "KLEINANZEIGEN",
        "Verkaufe Kombi, {engine} ccm, {mileage} km, TÜV neu, VB {price}.",
        "Suche 3-Zi.-Whg., ca. {sqm}, Zuschriften unter Chiffre {boxno}.",
    ],
    "bulletin": [
        "Wetter und Verkehr",
        "Höchstwerte bis {temp}, Luftdruck {hpa}, Böen bis {wind}, in der Nacht {rain} Regen.",
        "Auf der {road} staut es sich nach einem Unfall; der {train} hat Verspätung.",
        "Verkehrsmeldungen auf {freq}.",
    ],
}

DE_SLOTS = {
    "intl": [
        "Hinweise nimmt die Kriminalpolizei unter {p} entgegen.",
        "Aus dem Ausland erreichen Sie die Redaktion unter {p}.",
        "Die Geschäftsstelle des Vereins ist unter {p} erreichbar.",
        "Eine Sprecherin des Unternehmens war unter {p} nicht zu erreichen.",
    ],
    "nat": [
        "Zeugen werden gebeten, sich unter {p} zu melden.",
        "Karten gibt es an der Abendkasse oder unter {p}.",
        "Anfragen an {name}, Tel. {p}, ab 18 Uhr.",
        "Kondolenzen bitte telefonisch an die Familie unter {p}.",
    ],
    "local": [
        "Im Stadtgebiet {town} genügt die {p}.",
        "Ortsnetz {town}: {p}",
        "Wer aus {town} anruft, wählt nur {p}, ohne Vorwahl.",
        "Telefon (innerhalb {town}) {p}",
    ],
    "service": [
        "Das Opfertelefon ist kostenfrei unter {p} geschaltet.",
        "Die Hotline der Stadtwerke: {p}.",
    ],
    "email": [
        "Leserbriefe bitte mit vollständiger Anschrift an {e}.",
        "Hinweise auch per E-Mail an {e}.",
        "Anmeldungen bis Freitag an {e}.",
    ],
    "iban": [
        "Statt Blumen bitten wir um eine Spende an den Hospizverein, IBAN {i}.",
        "Spendenkonto der Feuerwehr: {i}.",
    ],
    "card": [
        "Laut Anklage setzte er die gestohlene Kreditkarte {c} an drei Tankstellen ein.",
    ],
    "ip": [
        "Die Ermittler führten die Beiträge auf die IP-Adresse {ip} zurück.",
    ],
    "list_head": ["Wichtige Rufnummern:", "Kontakte", "Vorverkaufsstellen"],
    "list_item": ["{label}: {p}", "- {label} {p}"],
    "labels": [
        "Rathaus",
        "Stadtbücherei",
        "Hallenbad",
        "Vereinsheim",
        "Bestattungshaus",
        "Touristinfo",
        "Pfarrbüro",
        "Bürgerhaus",
    ],
}

FR = {
    "local": [
        "Le conseil municipal valide la nouvelle passerelle",
        "La commune de {pop} habitants attend un franchissement depuis {founded}.",
        "Les travaux débuteront le {date} à {time}.",
    ],
    "appeal": [
        "Appel à témoins après un vol à l'arraché",
        "Les faits se sont produits le {date} vers {time}; la victime, âgée de {age} ans, a été légèrement "
        "blessée.",
        "Le suspect a pris la fuite en direction de l'{road}.",
    ],
    "obit": [
        "Avis de décès",
        "Nous avons la tristesse de vous faire part du décès de {name} ({years}).",
        "Les obsèques seront célébrées le {date} à {time}.",
    ],
    "sport": [
        "Le promu arrache le nul",
        "Devant {attend} spectateurs, le score de {score} a été fixé à la {minute}.",
        "Classement (J G N P bp-bc Pts) : US {table}",
    ],
    "court": [
        "Le tribunal correctionnel condamne un escroc",
        "Dans le dossier {case}, le préjudice s'élève à {price}.",
        "Le jugement a été rendu le {date}.",
    ],
    "encyclo": [
        "Histoire",
        "Le club est fondé en {founded}; son stade compte {capacity} places.",
        "La commune s'étend sur {area} à une altitude de {elev} m; SIREN {company}.",
    ],
    "listings": [
        "Sortir ce week-end",
        "Samedi dès {time}, brocante place de la Mairie, entrée {price}.",
        "Dédicace du livre (ISBN {isbn}) le {date}.",
    ],
    "letter": [
        "Courrier des lecteurs",
        "Votre article du {date} évoque une participation de {turnout}: c'est bien peu.",
        "On nous promet ce contournement depuis {founded}. {name}",
    ],
    "wire": [
        "{wire} Bourse de Paris : le CAC 40 termine en hausse",
        "L'indice a clôturé à {index} points; l'euro valait {fx} dollar.",
        "Le vol {flight} a été dérouté, selon la compagnie.",
    ],
    "classified": [
        "PETITES ANNONCES",
        "Vends berline, {engine} cm3, {mileage} km, prix {price}.",
        "Loue T3 de {sqm}, libre le {date}, écrire réf. {jobref}.",
    ],
    "bulletin": [
        "Météo et circulation",
        "Jusqu'à {temp}, pression {hpa}, rafales à {wind}, {rain} de pluie.",
        "Ralentissements sur l'{road}; le {train} circule avec retard.",
    ],
}

FR_SLOTS = {
    "intl": [
        "Toute personne ayant des informations est priée d'appeler la gendarmerie au {p}.",
        "Depuis l'étranger, la rédaction répond au {p}.",
        "Le secrétariat du club est joignable au {p}.",
    ],
    "nat": [
        "Les témoins peuvent contacter le commissariat au {p}.",
        "Réservations à l'office de tourisme, {p}.",
        "Renseignements auprès de {name} au {p}.",
        "Condoléances sur le registre ou par téléphone au {p}.",
    ],
    "service": [
        "Le numéro d'aide aux victimes {p} est gratuit.",
        "Info trafic au {p}.",
    ],
    "email": [
        "Écrivez-nous à {e} en indiquant votre commune.",
        "Inscriptions par courriel : {e}.",
    ],
    "iban": [
        "Ni fleurs ni couronnes; dons à l'association, IBAN {i}.",
    ],
    "card": [
        "Selon l'enquête, la carte {c} a servi à des achats en ligne.",
    ],
    "ip": [
        "Les messages ont été attribués à l'adresse IP {ip}.",
    ],
    "list_head": ["Numéros utiles :", "Contacts", "Points de vente"],
    "list_item": ["{label} : {p}", "- {label} {p}"],
    "labels": [
        "Mairie",
        "Médiathèque",
        "Piscine",
        "Office de tourisme",
        "Pompes funèbres",
        "Salle des fêtes",
    ],
}
